import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import type { DocMessage, InputMeta } from '../doc/news-doc.js';
import type { RawRecord } from './read-inputs.js';

/** Field names tried, in order, for each part of a record: scrapers name them differently. */
const FIELDS = {
  text: ['text', 'content', 'body', 'articleBody', 'article', 'maintext', 'fulltext'],
  html: ['html', 'raw_html', 'rawHtml'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'datePublished', 'published_at', 'publishedAt', 'pubDate', 'date_publish'],
  url: ['url', 'link', 'href'],
  language: ['language', 'lang'],
  outlet: ['source', 'outlet', 'site', 'publisher', 'source_domain', 'domain'],
  byline: ['byline', 'author', 'authors'],
} as const;

let recordSchema: Zod.ZodType<Record<string, unknown>> | null = null;

/**
 * A record is an object; its fields are checked one by one below. Zod (its CommonJS build, a synchronous `require`)
 * loads on the first JSON record: its 95 modules took about 0.08 CPU-s at every start, and a batch of pages or
 * text files never needs them.
 */
function recordSchemaOnce(): Zod.ZodType<Record<string, unknown>> {
  if (!recordSchema) {
    const { z } = createRequire(import.meta.url)('zod') as typeof Zod;
    recordSchema = z.record(z.string(), z.unknown());
  }
  return recordSchema;
}

type Partial = Omit<RawRecord, 'hash'>;

/** Splits a JSON (object or array) or JSONL file into records; a broken line is an error, the others are read. */
export function readRecords(content: string, format: 'json' | 'jsonl', stem: string, source: string): { records: Partial[]; errors: DocMessage[] } {
  const records: Partial[] = [];
  const errors: DocMessage[] = [];
  const add = (value: unknown, line: number | null, id: string) => {
    const record = toRecord(value, id, source, line);
    if (typeof record === 'string') errors.push({ source, line, message: record, fatal: true });
    else records.push(record);
  };
  if (format === 'jsonl') {
    const lines = content.split('\n');
    lines.forEach((text, index) => {
      if (!text.trim()) return;
      const parsed = parseJson(text);
      if (!parsed.ok) errors.push({ source, line: index + 1, message: `line ${index + 1} is not valid JSON (${parsed.message}); the other lines were read`, fatal: true });
      else add(parsed.value, index + 1, `${stem}#${index + 1}`);
    });
    return { records, errors };
  }
  const parsed = parseJson(content);
  if (!parsed.ok) return { records, errors: [{ source, line: null, message: `not valid JSON (${parsed.message})`, fatal: true }] };
  if (Array.isArray(parsed.value)) parsed.value.forEach((item, index) => add(item, index + 1, `${stem}#${index + 1}`));
  else add(parsed.value, null, stem);
  return { records, errors };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function toRecord(value: unknown, id: string, source: string, line: number | null): Partial | string {
  const parsed = recordSchemaOnce().safeParse(value);
  const where = line === null ? 'the record' : `record ${line}`;
  if (!parsed.success) return `${where} is not a JSON object`;
  const fields = parsed.data;
  const text = pick(fields, FIELDS.text);
  const html = pick(fields, FIELDS.html);
  if (!text && !html) return `${where} has no text: expected one of the fields ${FIELDS.text.join(', ')}`;
  const meta: InputMeta = {
    title: pick(fields, FIELDS.title),
    published: pick(fields, FIELDS.published),
    url: pick(fields, FIELDS.url),
    language: pick(fields, FIELDS.language),
    outlet: pick(fields, FIELDS.outlet),
    byline: pick(fields, FIELDS.byline),
  };
  return text
    ? { id, source, line, format: 'json', content: text, meta }
    : { id, source, line, format: 'html', content: html!, meta };
}

function pick(fields: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim()) return value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string') && value.length > 0) return value.join(', ');
    if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  }
  return null;
}
