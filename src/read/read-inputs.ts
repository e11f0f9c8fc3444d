import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
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
  // Real paths already listed: a file reached twice (a link, or named twice) is read once, and a link back to a folder
  // being listed is not followed again (a loop).
  const seen = new Set<string>();
  for (const path of paths) {
    for (const file of listFiles(path, { errors: result.errors, seen, cwd })) if (!isSkipped(file)) readListedFile(file, displayPath(file, cwd), result);
  }
  return result;
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return isAbsolute(file) && rel.startsWith('..') ? file : rel || file;
}

/** What listing carries down the folders: problems met, real paths seen, the folder paths are shown relative to. */
interface Listing {
  errors: DocMessage[];
  seen: Set<string>;
  cwd: string;
}

function listFiles(path: string, listing: Listing, depth = 0): string[] {
  const { errors, seen } = listing;
  // A path as the user gave it is named as given; one found in a folder, like the files read.
  const source = depth === 0 ? path : displayPath(path, listing.cwd);
  let real: string;
  let stat: Stats;
  let names: string[] = [];
  try {
    real = realpathSync(path);
    stat = statSync(real);
    if (stat.isDirectory() && !seen.has(real)) names = readdirSync(real);
  } catch (error) {
    errors.push({ source, line: null, message: unreadable(error), fatal: true });
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) {
    errors.push({ source, line: null, message: `${specialKind(stat)}, not a file of articles; skipped`, fatal: true });
    return [];
  }
  if (depth > MAX_FOLDER_DEPTH) return [];
  const files: string[] = [];
  for (const name of names.filter((entry) => !entry.startsWith('.')).sort()) for (const file of listFiles(join(path, name), listing, depth + 1)) files.push(file);
  return files;
}

/**
 * Reads a listed file, which may have changed since it was listed: gone, or
 * replaced by a FIFO (opened without waiting for a writer, then refused).
 * Each problem is a message on `source`.
 */
export function readListedFile(file: string, source: string, result: ReadResult): void {
  let bytes: Buffer;
  try {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return void result.errors.push({ source, line: null, message: `${specialKind(stat)}, not a file of articles; skipped`, fatal: true });
      if (stat.size > MAX_FILE_BYTES) {
        return void result.errors.push({ source, line: null, message: `the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; split it into smaller files`, fatal: true });
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return void result.errors.push({ source, line: null, message: gone ? 'was listed but is gone (deleted or moved before it was read)' : unreadable(error), fatal: true });
  }
  readBytes(bytes, source, result);
}

/** Why a path cannot be read, in words. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ELOOP') return 'is a link that leads back to itself';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
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
    if (records.length === 0 && errors.length === 0) return fail('the JSON holds no record (an empty list)');
    for (const record of records) result.records.push({ ...record, hash: hashRecord(record.format, record.content, record.meta) });
    for (const error of errors) result.errors.push(error);
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
