import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, isAbsolute, resolve } from 'node:path';
import type { DocFormat, DocMessage, InputMeta } from '../doc/news-doc.js';
import { decodeBytes } from './decode.js';
import { readRecords } from './json-records.js';

/** One article as read from disk, before any analysis: the unit the store keys by hash. */
export interface RawRecord {
  id: string;
  source: string;
  /** 1-based line (JSONL) or record number (JSON array); null for a whole file. */
  line: number | null;
  format: DocFormat;
  /** Decoded content: plain text, HTML source, or a JSON record's text field. */
  content: string;
  meta: InputMeta;
  hash: string;
}

/** Everything read from the inputs: records to analyse and the problems met. */
export interface ReadResult {
  records: RawRecord[];
  errors: DocMessage[];
}

/** Files larger than this are refused before reading (unit: bytes; 50 MiB holds thousands of articles). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Folders deeper than this are not followed (unit: directory levels), which also stops symlink loops. */
const MAX_FOLDER_DEPTH = 32;

const EXTENSION_FORMATS: Readonly<Record<string, 'text' | 'html' | 'json' | 'jsonl'>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** Reads files and folders (recursively) into raw records; never throws for bad input. */
export function readInputs(paths: readonly string[], cwd = process.cwd(), exclude: readonly string[] = []): ReadResult {
  const result: ReadResult = { records: [], errors: [] };
  const skipped = exclude.map((folder) => resolve(cwd, folder));
  const isSkipped = (file: string) => skipped.some((folder) => !relative(folder, resolve(cwd, file)).startsWith('..'));
  for (const path of paths) {
    for (const file of listFiles(path, result.errors)) if (!isSkipped(file)) readFile(file, displayPath(file, cwd), result);
  }
  return result;
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return isAbsolute(file) && rel.startsWith('..') ? file : rel || file;
}

function listFiles(path: string, errors: DocMessage[], depth = 0): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    errors.push({ source: path, line: null, message: 'no such file or folder', fatal: true });
    return [];
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory() || depth > MAX_FOLDER_DEPTH) return [];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => listFiles(join(path, name), errors, depth + 1));
}

function readFile(file: string, source: string, result: ReadResult): void {
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    result.errors.push({ source, line: null, message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; split it into smaller files`, fatal: true });
    return;
  }
  readBytes(readFileSync(file), source, result);
}

/**
 * Reads one file's bytes (from disk or an upload) into records, exactly as a
 * file of that name would be read: the extension of `fileName` picks the
 * format, else the content does; `source` names it in messages.
 */
export function readBytes(bytes: Uint8Array, source: string, result: ReadResult, fileName: string = source): void {
  const fail = (message: string, line: number | null = null): void => {
    result.errors.push({ source, line, message, fatal: true });
  };
  if (bytes.length > MAX_FILE_BYTES) return fail(`the input is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
  const kind = EXTENSION_FORMATS[extname(fileName).toLowerCase()] ?? null;
  const decoded = decodeBytes(bytes, kind === 'html' || kind === null ? declaredCharset(bytes) : null);
  if (!decoded.ok) return fail(decoded.message);
  if (decoded.warning) result.errors.push({ source, line: null, message: decoded.warning, fatal: false });
  const content = decoded.text;
  if (!content.trim()) return fail('the file has no text (only white space)');
  const stem = basename(fileName, extname(fileName));
  const format = kind ?? sniffFormat(content);
  if (format === 'json' || format === 'jsonl') {
    const { records, errors } = readRecords(content, format, stem, source);
    for (const record of records) result.records.push({ ...record, hash: hashRecord(record.format, record.content, record.meta) });
    result.errors.push(...errors);
    return;
  }
  const meta: InputMeta = {};
  result.records.push({ id: stem, source, line: null, format, content, meta, hash: hashRecord(format, content, meta) });
}

/** A content hash over what analysis depends on. */
export function hashRecord(format: DocFormat, content: string, meta: InputMeta): string {
  return createHash('sha256').update(`${format}\0${JSON.stringify(meta)}\0`).update(content).digest('hex').slice(0, 32);
}

function sniffFormat(content: string): 'text' | 'html' | 'json' | 'jsonl' {
  const head = content.trimStart().slice(0, 512);
  if (/^(<!doctype html|<html|<head|<body|<article|<div|<p[ >])/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return /\}\s*\r?\n\s*\{/.test(content.slice(0, 100_000)) ? 'jsonl' : 'json';
  return 'text';
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}
