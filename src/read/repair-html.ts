/** A page source rebuilt as one `html` with one `head` and one `body`, and how many documents it held. */
export interface RepairedHtml {
  html: string;
  /** More than one means several `<html>` or `<body>` (pages pasted together) were read as one. */
  documents: number;
}

/** Tags that shape the skeleton, and raw-text elements whose content is never read as tags. */
const TAG = /<(\/?)(html|head|body|script|style|textarea|title|!doctype)(?=[\s>/]|$)/iy;
const SKELETON = new Set(['html', 'head', 'body', '!doctype']);

/**
 * Rebuilds a page's skeleton before parsing: linkedom takes the first
 * element as the document root, so text before `<html>` ("Warning: …" from
 * PHP) left `body` empty, a second `<html>`/`<body>` was dropped, and plain
 * text named `.html` had no root at all. Head content goes to one `head`,
 * everything else, in order, to one `body`. One pass over the source:
 * raw-text elements and comments are skipped by searching their end once.
 */
export function repairHtml(source: string): RepairedHtml {
  const lower = source.toLowerCase();
  const parts = { head: [] as string[], body: [] as string[] };
  const attributes = { html: '', body: '' };
  const count = { html: 0, body: 0 };
  let inHead = false;
  let copied = 0;
  let at = source.indexOf('<');
  while (at >= 0 && at < source.length) {
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at + 4);
      at = end < 0 ? source.length : source.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(source);
    const name = match?.[2]!.toLowerCase() ?? '';
    if (!match || (!SKELETON.has(name) && match[1])) {
      at = source.indexOf('<', at + 1);
      continue;
    }
    if (!SKELETON.has(name)) {
      at = source.indexOf('<', rawTextEnd(lower, at, name));
      continue;
    }
    const tagEnd = source.indexOf('>', at);
    const end = tagEnd < 0 ? source.length : tagEnd + 1;
    if (at > copied) (inHead ? parts.head : parts.body).push(source.slice(copied, at));
    copied = end;
    if ((name === 'html' || name === 'body') && !match[1]) {
      count[name]++;
      attributes[name] ||= source.slice(at + 1 + name.length, end - 1).replace(/\/$/, '');
    }
    if (name === 'head') inHead = !match[1];
    if (name === 'body') inHead = false;
    at = source.indexOf('<', end);
  }
  if (copied < source.length) (inHead ? parts.head : parts.body).push(source.slice(copied));
  // A head never closed and no body: browsers end the head at the first content, so all of it is read as the body.
  if (inHead && count.body === 0) parts.body = [...parts.head.splice(0), ...parts.body];
  return {
    html: `<!doctype html><html${attributes.html}><head>${parts.head.join('')}</head><body${attributes.body}>${parts.body.join('')}</body></html>`,
    documents: Math.max(count.html, count.body, 1),
  };
}

/** Where a raw-text element (`<script>`, `<style>`, …) ends: after its closing tag, or at the end of the source when unclosed. */
function rawTextEnd(lower: string, at: number, name: string): number {
  const close = lower.indexOf(`</${name}`, at + name.length + 1);
  if (close < 0) return lower.length;
  const end = lower.indexOf('>', close);
  return end < 0 ? lower.length : end + 1;
}
