/** A page source rebuilt as one `html` with one `head` and one `body`, and how many documents it held. */
export interface RepairedHtml {
  html: string;
  /** More than one means several `<html>` or `<body>` (pages pasted together) were read as one. */
  documents: number;
  /** Tags dropped because they were nested deeper than MAX_SOURCE_DEPTH. */
  dropped: number;
}

/** Tag names that shape the skeleton; raw-text elements, whose content is never read as tags. */
const SKELETON = new Set(['html', 'head', 'body', '!doctype']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/**
 * Raw-text elements nobody reads, left out of the page before it is parsed: neither the page text, nor the metadata,
 * nor Readability (which removes them first) reads scripts and styles, except JSON-LD scripts, kept for the metadata.
 * Comments go too. On the article-extraction benchmark they are 59 % of the bytes and 5 % of the nodes. Only those
 * with no text beside them go (see betweenTags).
 */
const UNREAD = new Set(['script', 'style']);
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;
/** Elements without content, and those a browser closes by itself when the next one opens: they do not nest. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/**
 * Tags are matched ignoring case in the source itself: a lower-cased copy
 * of the page cost half the repair on pages in two-byte strings, and is not
 * as long as the page when it holds "İ" (lower-cased to two characters), so
 * positions in the copy no longer matched the page after one.
 */
const TAG = /<(\/?)([a-zA-Z][\w:-]*|!doctype)(?=[\s>/]|$)/iy;
/** The closing tags of raw-text elements, by name, ignoring case. */
const RAW_TEXT_CLOSE = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * Tags nested deeper than this are dropped, their text kept (unit: element
 * levels): linkedom builds 15,000 nested `<div>` in half a second and grows
 * with the depth, while real pages stay under a hundred levels.
 */
export const MAX_SOURCE_DEPTH = 400;

/**
 * Rebuilds a page's skeleton before parsing: linkedom takes the first
 * element as the document root, so text before `<html>` ("Warning: …" from
 * PHP) left `body` empty, a second `<html>`/`<body>` was dropped, and plain
 * text named `.html` had no root at all. Head content goes to one `head`,
 * everything else, in order, to one `body`; tags nested past
 * MAX_SOURCE_DEPTH are dropped, and so are scripts, styles and comments (see
 * UNREAD). One pass over the source: raw-text elements and comments are
 * skipped by searching their end once.
 */
export function repairHtml(source: string): RepairedHtml {
  const parts = { head: [] as string[], body: [] as string[] };
  const attributes = { html: '', body: '' };
  const count = { html: 0, body: 0 };
  let inHead = false;
  let headClosed = false;
  let copied = 0;
  let depth = 0;
  let dropped = 0;
  const lastGt = source.lastIndexOf('>');
  const drop = (from: number, to: number) => {
    if (from > copied) (inHead ? parts.head : parts.body).push(source.slice(copied, from));
    copied = to;
  };
  let at = source.indexOf('<');
  while (at >= 0 && at < source.length) {
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at + 4);
      if (end >= 0 && betweenTags(source, at, end + 3)) drop(at, end + 3);
      at = end < 0 ? -1 : source.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(source);
    if (!match) {
      at = source.indexOf('<', at + 1);
      continue;
    }
    const closing = match[1]!;
    const name = match[2]!.toLowerCase();
    const end = at < lastGt ? source.indexOf('>', at) + 1 : source.length;
    if (SKELETON.has(name)) {
      drop(at, end);
      if ((name === 'html' || name === 'body') && !closing) {
        count[name]++;
        attributes[name] ||= source.slice(at + 1 + name.length, end - 1).replace(/\/$/, '');
      }
      if (name === 'head') inHead = !closing;
      if (name === 'head' && closing) headClosed = true;
      if (name === 'body') inHead = false;
    } else if (RAW_TEXT.has(name) && !closing) {
      const rawEnd = rawTextEnd(source, at, name);
      if (UNREAD.has(name) && !JSON_LD.test(source.slice(at, end)) && betweenTags(source, at, rawEnd)) drop(at, rawEnd);
      at = source.indexOf('<', rawEnd);
      continue;
    } else if (!NOT_NESTING.has(name)) {
      if (!closing) depth++;
      if (depth > MAX_SOURCE_DEPTH) {
        drop(at, end);
        dropped++;
      }
      if (closing) depth = Math.max(0, depth - 1);
    }
    at = end >= source.length ? -1 : source.indexOf('<', end);
  }
  if (copied < source.length) (inHead ? parts.head : parts.body).push(source.slice(copied));
  // A head never closed and no body opened (a stray `</body>` at the end does not count): browsers end the head at the
  // first content, so all of it is read as the body.
  if (!headClosed && count.body === 0) parts.body = [...parts.head.splice(0), ...parts.body];
  // One join for the whole page: joining head and body apart and then putting them in a template copied the page twice.
  return {
    html: [`<!doctype html><html${attributes.html}><head>`, ...parts.head, `</head><body${attributes.body}>`, ...parts.body, '</body></html>'].join(''),
    documents: Math.max(count.html, count.body, 1),
    dropped,
  };
}

/** Where a raw-text element (`<script>`, `<style>`, …) ends: after its closing tag, or at the end of the source when unclosed. */
function rawTextEnd(source: string, at: number, name: string): number {
  const closing = RAW_TEXT_CLOSE.get(name)!;
  closing.lastIndex = at + name.length + 1;
  const close = closing.exec(source)?.index ?? -1;
  if (close < 0) return source.length;
  const end = source.indexOf('>', close);
  return end < 0 ? source.length : end + 1;
}

/**
 * True when only white space separates `from`..`to` from the tags on either side: leaving it out then joins no text
 * nodes ("Harbour <!-- x --> closed" stays two nodes, as the article search and the marks of boxes and links saw it).
 */
function betweenTags(source: string, from: number, to: number): boolean {
  let before = from - 1;
  while (before >= 0 && isSpace(source.charCodeAt(before))) before--;
  let after = to;
  while (after < source.length && isSpace(source.charCodeAt(after))) after++;
  return (before < 0 || source[before] === '>') && (after >= source.length || source[after] === '<');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 12;
}
