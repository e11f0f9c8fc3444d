import type { InputMeta, NewsDoc } from '../doc/news-doc.js';
import { createNewsDoc, warn } from '../doc/news-doc.js';
import { parseHtmlPage } from './html.js';
import type { RawRecord } from './read-inputs.js';

/** Turns a raw record into a document: HTML is parsed into visible text and Readability's article spans. */
export function toNewsDoc(record: RawRecord): NewsDoc {
  const base = { id: record.id, source: record.source, format: record.format, hash: record.hash };
  if (record.format !== 'html') return createNewsDoc({ ...base, text: record.content, meta: record.meta });
  const page = parseHtmlPage(record.content);
  const doc = createNewsDoc({ ...base, text: page.text, meta: mergeMeta(page.meta, record.meta) });
  doc.data.articleSpans = page.articleSpans;
  doc.data.listed = page.listed;
  doc.data.commented = page.commented;
  doc.data.linked = page.linked;
  doc.data.boxed = page.boxed;
  if (page.summary) doc.data.summary = page.summary;
  for (const message of page.warnings) warn(doc, message, record.line);
  return doc;
}

/** Fields the input stated outright win over what the page's meta tags say. */
function mergeMeta(page: InputMeta, given: InputMeta): InputMeta {
  const merged: InputMeta = { ...page };
  for (const [key, value] of Object.entries(given) as Array<[keyof InputMeta, string | null | undefined]>) if (value) merged[key] = value;
  return merged;
}
