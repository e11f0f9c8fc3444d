import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { InputMeta, Span } from '../doc/news-doc.js';

/** What an HTML page gives: its visible text, where Readability found the article in it, and its metadata. */
export interface ParsedHtml {
  text: string;
  /** Readability's article paragraphs located in `text`; empty when Readability found no article. */
  articleSpans: Span[];
  meta: InputMeta;
}

/** Deeper nesting than this is not a real page; such input is read as tag-stripped text instead (unit: element depth). */
export const MAX_HTML_DEPTH = 512;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL', 'BODY', 'HTML', 'CAPTION', 'DETAILS', 'SUMMARY',
]);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

/** Parses a page: visible text with one line per block, the article by Readability, and metadata. */
export function parseHtmlPage(html: string): ParsedHtml {
  const page = parseHTML(html).document;
  const text = visibleText(page.body ?? page.documentElement);
  const meta = readMetadata(page);
  const article = runReadability(html);
  const articleSpans = article ? locateLines(text, visibleText(parseHTML(`<!doctype html><html><head></head><body>${article}</body></html>`).document.body)) : [];
  return { text, articleSpans, meta };
}

/** Rough depth of the deepest element, counted on the source without parsing it. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>/g)) {
    const name = match[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || match[3]) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li']);

/** Text of a page without parsing it into a tree: for input too deeply nested to parse safely. */
export function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template)\b[^]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?(p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n\n')
    .trim();
}

function decodeEntities(text: string): string {
  return parseHTML(`<p>${text.replace(/</g, '&lt;')}</p>`).document.querySelector('p')?.textContent ?? text;
}

function runReadability(html: string): string | null {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.content ?? null;
  } catch {
    return null; // Readability gives up on some pages; the cleaner then works on the whole text
  }
}

/** Visible text, one line per block element, blank line between paragraphs, runs of space folded. */
function visibleText(root: MinimalNode | null | undefined): string {
  if (!root) return '';
  const parts: string[] = [];
  const stack: Array<MinimalNode | 'break'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'break') {
      parts.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName.toUpperCase())) continue;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) stack.push('break');
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    if (block) stack.push('break');
  }
  return parts
    .join('')
    .replace(/ *\n[\n ]*/g, (run) => (run.split('\n').length > 2 ? '\n\n' : '\n'))
    .replace(/^ +| +$/gm, '')
    .trim();
}

/** Finds each line of the article text in the page text, in order; lines not found are skipped. */
function locateLines(pageText: string, articleText: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const line of articleText.split('\n')) {
    const wanted = line.trim();
    if (!wanted) continue;
    const span = findExact(pageText, wanted, cursor) ?? findByEnds(pageText, wanted, cursor);
    if (!span) continue;
    spans.push(span);
    cursor = span[1];
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function findExact(pageText: string, wanted: string, cursor: number): Span | null {
  let at = pageText.indexOf(wanted, cursor);
  if (at < 0) at = pageText.indexOf(wanted);
  return at < 0 ? null : [at, at + wanted.length];
}

/** Length of the start and end pieces used to find a paragraph whose inner line breaks differ (unit: characters). */
const END_PIECE = 40;

/**
 * Finds a paragraph by its first and last characters when Readability joined
 * blocks that the page shows on separate lines (a `<div>` turned into `<p>`).
 */
function findByEnds(pageText: string, wanted: string, cursor: number): Span | null {
  if (wanted.length < END_PIECE * 2) return null;
  const start = pageText.indexOf(wanted.slice(0, END_PIECE), cursor);
  if (start < 0) return null;
  const tail = wanted.slice(-END_PIECE);
  const end = pageText.indexOf(tail, start + END_PIECE);
  if (end < 0 || end + END_PIECE - start > wanted.length * 1.5 + 200) return null;
  return [start, end + tail.length];
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

function readMetadata(page: MetaDocument): InputMeta {
  const metaContent = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = page.querySelector(selector)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = readJsonLd(page);
  return {
    title: ld.headline ?? metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? page.querySelector('title')?.textContent?.trim() ?? null,
    published:
      ld.datePublished ??
      metaContent('meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]'),
    byline: ld.author ?? metaContent('meta[name="author"]', 'meta[property="article:author"]'),
    url: metaContent('meta[property="og:url"]') ?? page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    outlet: metaContent('meta[property="og:site_name"]'),
    language: null,
  };
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
}

function readJsonLd(page: MetaDocument): JsonLdArticle {
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; other metadata still applies
    }
    const article = findArticle(data);
    if (article) return article;
  }
  return {};
}

function findArticle(data: unknown): JsonLdArticle | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item);
      if (found) return found;
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record['@graph'])) return findArticle(record['@graph']);
  if (typeof record.headline !== 'string' && typeof record.datePublished !== 'string') return null;
  const author = Array.isArray(record.author) ? record.author[0] : record.author;
  const authorName = typeof author === 'string' ? author : typeof author === 'object' && author ? (author as { name?: unknown }).name : undefined;
  return {
    headline: typeof record.headline === 'string' ? record.headline.trim() : undefined,
    datePublished: typeof record.datePublished === 'string' ? record.datePublished : undefined,
    author: typeof authorName === 'string' ? authorName.trim() : undefined,
  };
}
