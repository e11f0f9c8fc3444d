import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type { InputMeta, Span } from '../doc/news-doc.js';
import { findArticle } from './find-article.js';
import { readMetadata } from './html-meta.js';
import type { ElementNames, MetaDocument } from './html-meta.js';
import { readPageText } from './page-text.js';
import type { PageNode } from './page-text.js';
import { MAX_SOURCE_DEPTH, repairHtml } from './repair-html.js';
import { escapeHtml } from '../text/escape-html.js';

let linkedom: typeof Linkedom | null = null;

/**
 * linkedom's `parseHTML`, its CommonJS build loaded on the first page (a synchronous `require`): its 190 modules took
 * about 0.1 CPU-s to compile at every start, and a batch of text, Markdown or JSON records never parses a page.
 */
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(html);
}

/** What an HTML page gives: its visible text, where Readability found the article in it, its metadata and what went wrong. */
export interface ParsedHtml {
  text: string;
  /** Readability's article paragraphs located in `text`; empty when Readability found no article. */
  articleSpans: Span[];
  meta: InputMeta;
  /** Text inside list items. */
  listed: Span[];
  /** Text inside the page's reader-comment sections. */
  commented: Span[];
  /** Text inside links. */
  linked: Span[];
  /** Text inside elements whose ids or classes name boilerplate (share bars, newsletter and author boxes). */
  boxed: Span[];
  /** The summary the page gives of itself (JSON-LD or meta description), or null: a standfirst repeats it. */
  summary: string | null;
  /** Problems worth a message on the document (a repaired page, an article search skipped). */
  warnings: string[];
}

/**
 * Parses a page once: the skeleton repaired, then its visible text (one
 * line per block), its metadata, and the article Readability finds in the
 * same tree, mapped back onto the text.
 */
export function parseHtmlPage(html: string): ParsedHtml {
  const repaired = repairHtml(html);
  const warnings: string[] = [];
  if (repaired.documents > 1) warnings.push(`the page holds ${repaired.documents} <html> or <body> elements; they were read as one page`);
  if (repaired.dropped > 0) warnings.push(`${repaired.dropped} tags nested deeper than ${MAX_SOURCE_DEPTH} levels were dropped; their text was kept`);
  let source = repaired.html;
  let { document } = parseHTML(source);
  if (!document.documentElement) {
    // A page cut inside its first tag (an attribute left open) gives linkedom no root element at all.
    warnings.push('the page is cut off inside a tag, so it has no element to read; its text was read without the markup');
    source = `<html><head></head><body>${escapeHtml(html.replace(/<[^>]*>?/g, ' '))}</body></html>`;
    ({ document } = parseHTML(source));
  }
  const page = readPageText(document.body as unknown as PageNode);
  const tagNames: ElementNames = { names: new Set(), complete: false };
  const { summary, ...meta } = readMetadata(document as unknown as MetaDocument, tagNames);
  const article = findArticle(document, page, tagNames.complete ? tagNames.names : undefined, () => parseHTML(source).document);
  if (article.skipped) warnings.push(`the article was not searched for because the page has ${article.skipped}; the whole page text was cleaned`);
  if (!page.text) warnings.push('the page has no visible text (its body is empty or holds only scripts, styles or markup)');
  return { text: page.text, articleSpans: article.spans, listed: page.listed, commented: page.commented, linked: page.linked, boxed: page.boxed, meta, summary, warnings };
}
