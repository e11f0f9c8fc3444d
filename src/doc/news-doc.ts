/** A `[start, end)` range in UTF-16 code units over a document's `text`. */
export type Span = [number, number];

/** The input formats Triangulate reads. */
export type DocFormat = 'text' | 'html' | 'json';

/** A problem found in one input: shown in the dossier's `errors` and on stderr. */
export interface DocMessage {
  source: string;
  line: number | null;
  message: string;
  /** `fatal` means the input could not be read and is left out of the documents. */
  fatal: boolean;
}

/** Metadata that came with the input itself (JSON fields, HTML meta tags). */
export interface InputMeta {
  title?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  outlet?: string | null;
  byline?: string | null;
}

/**
 * Typed slots that stages fill, one slot per stage (extended by declaration
 * merging in each stage's module, like vfile's `DataMap`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DataMap {}

/** One article flowing through the pipeline: its text, its metadata and what stages found. */
export interface NewsDoc {
  id: string;
  source: string;
  format: DocFormat;
  /** Content hash of the input record; the store's key. */
  hash: string;
  text: string;
  meta: InputMeta;
  data: Partial<DataMap>;
  messages: DocMessage[];
}

/** Creates a document with empty data and no messages. */
export function createNewsDoc(fields: Omit<NewsDoc, 'data' | 'messages'>): NewsDoc {
  return { ...fields, data: {}, messages: [] };
}

/** Adds a non-fatal message to a document. */
export function warn(doc: NewsDoc, message: string, line: number | null = null): void {
  doc.messages.push({ source: doc.source, line, message, fatal: false });
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span[0], span[1]);
}

/** Shrinks a span so that it starts and ends on non-space characters; null when only space is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let [start, end] = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0xfeff;
}
