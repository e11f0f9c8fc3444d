import type { Span } from '../doc/news-doc.js';
import { createArticleReader } from './article-reader.js';
import { readPageText, SKIPPED_ELEMENTS } from './page-text.js';
import type { PageNode, PageText } from './page-text.js';
import { nextOutside } from './tree-walk.js';

/**
 * Limits of the article search. Readability over linkedom grows faster than
 * the page on some shapes (1,000 nested `<div/>`: 38 s; 8,000 links side by
 * side: 6 s), while the pages of the extraction benchmarks stay far below
 * these, so past them the whole page text is cleaned instead.
 */
export const ARTICLE_BUDGET = {
  /** Elements in the page (unit: elements; news pages in the benchmarks have at most a few thousand). */
  elements: 30_000,
  /** Nesting (unit: element levels; real pages stay under 100). */
  depth: 200,
  /** Children of one element (unit: nodes; a flood of `<br>`, `<wbr>` or links). */
  widest: 2_500,
};

/** Where the article is in the page text, or why it was not looked for. */
export type ArticleResult = { spans: Span[]; skipped: null } | { spans: []; skipped: string };

/**
 * Runs Readability on the parsed page (after its text was read: Readability
 * changes the tree) and maps the article back to the page text through its
 * text nodes, which Readability moves rather than copies; text it rebuilt
 * (a retry re-parses the page) is found by its words instead. `tagNames`,
 * the lower-case names of all the page's elements when known, spare the
 * search a walk to find them; `remakePage` parses the page again from its
 * source, for Readability's copy of it (see ArticleReader).
 */
export function findArticle(document: unknown, page: PageText, tagNames?: ReadonlySet<string>, remakePage?: () => unknown): ArticleResult {
  const over = overBudget(page.shape);
  if (over) return { spans: [], skipped: over };
  let article: PageNode | null = null;
  try {
    // Classes are kept: the article is only mapped back to the page text, and Readability's removing them read and
    // rewrote every element's class list. Readability's copy of the page is made only when needed where its first
    // attempt will likely find the article (see FIRST_ATTEMPT_PROSE).
    const remake = remakePage && (page.prose?.chars ?? 0) >= FIRST_ATTEMPT_PROSE ? remakePage : undefined;
    const reader = createArticleReader(document, { serializer: (element: unknown) => element, keepClasses: true }, tagNames, remake);
    article = (reader.parse()?.content ?? null) as PageNode | null;
  } catch {
    return { spans: [], skipped: '' }; // Readability gives up on some pages; the cleaner then works on the whole text
  }
  const spans = article ? articleSpans(article, page) : [];
  return { spans: proseInstead(spans, page) ?? spans, skipped: null };
}

/**
 * Paragraph text in one element (PageText.prose) from which Readability's first attempt is expected to find the
 * article, so that its copy of the page, kept to start again, is made only if that attempt fails (by parsing the page
 * again, dearer than the copy). On the article-extraction benchmark, 148 of 181 pages have this much and 2 of them
 * needed a second attempt; 11 of the 33 others did (unit: characters).
 */
const FIRST_ATTEMPT_PROSE = 500;

/** When proseInstead doubts Readability's article, and how much more the page's prose must hold. */
const PROSE_INSTEAD = {
  /** Readability's article shorter than this is doubted (unit: characters of page text). */
  shortArticle: 1000,
  /** The paragraphs must hold this many times its text… */
  ratio: 2,
  /** …and at least this much (unit: characters outside links). */
  minimum: 500,
};

/**
 * When Readability's article is short and one element of the page holds far more paragraph text (see PageText.prose),
 * that element's lines instead. Readability scores the page's blocks by their commas, classes and link density, and
 * on some pages a disclosure box or a table outscores the story's own paragraphs.
 */
function proseInstead(spans: readonly Span[], page: PageText): Span[] | null {
  const prose = page.prose;
  if (!prose) return null;
  const articleChars = spans.reduce((sum, [start, end]) => sum + end - start, 0);
  if (articleChars >= PROSE_INSTEAD.shortArticle || prose.chars < PROSE_INSTEAD.minimum || prose.chars < PROSE_INSTEAD.ratio * articleChars) return null;
  return linesIn(page.text, prose.span);
}

/** The non-empty lines of `text` within a span, each as a span. */
function linesIn(text: string, [start, end]: Span): Span[] {
  const lines: Span[] = [];
  let at = start;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const stop = newline < 0 ? end : Math.min(end, newline);
    const line = text.slice(at, stop);
    const first = line.search(/\S/);
    if (first >= 0) lines.push([at + first, at + line.trimEnd().length]);
    at = stop + 1;
  }
  return lines;
}

function overBudget(shape: PageText['shape']): string | null {
  if (shape.elements > ARTICLE_BUDGET.elements) return `${shape.elements} elements (more than ${ARTICLE_BUDGET.elements})`;
  if (shape.depth > ARTICLE_BUDGET.depth) return `elements nested ${shape.depth} deep (more than ${ARTICLE_BUDGET.depth})`;
  if (shape.widest > ARTICLE_BUDGET.widest) return `one element with ${shape.widest} children (more than ${ARTICLE_BUDGET.widest})`;
  return null;
}

/** Spans of the article in the page text: its own text nodes where they are known, its lines found by their words otherwise. */
function articleSpans(article: PageNode, page: PageText): Span[] {
  const known = knownSpans(article, page);
  if (known) return mergeLines(page.text, known);
  const own = readPageText(article);
  const found: Span[] = [];
  let unknownChars = 0;
  for (const [node, span] of own.spans) {
    const at = page.spans.get(node);
    if (at) found.push(at);
    else unknownChars += span[1] - span[0];
  }
  const spans = unknownChars > own.text.length / 2 ? locateLines(page.text, own.text) : found;
  return mergeLines(page.text, spans);
}

/**
 * Where the article's text nodes are in the page text when all of them are
 * known (Readability moved them, the usual case), or null: the text nodes
 * readPageText would give a span (some text beside white space, outside
 * SKIPPED_ELEMENTS), without folding the article's text anew.
 */
function knownSpans(article: PageNode, page: PageText): Span[] | null {
  const spans: Span[] = [];
  let node: PageNode | null = article;
  while (node) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) {
      const at = page.spans.get(node);
      if (!at) return null;
      spans.push(at);
    }
    const child: PageNode | null = node.nodeType === 1 && !SKIPPED_ELEMENTS.has((node.localName ?? node.nodeName).toUpperCase()) ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    node = nextOutside(node, article);
  }
  return spans;
}

/** Joins spans of one page line into one span, so the cleaner sees whole paragraphs. */
function mergeLines(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span[0] >= last[0] && !breaksBetween(text, last[1], span[0])) last[1] = Math.max(last[1], span[1]);
    else if (!last || span[0] >= last[1]) merged.push([span[0], span[1]]);
  }
  return merged;
}

/** True when a line break lies in `text` between `from` and `to` (none when they overlap). */
function breaksBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const next = text.indexOf('\n', from);
  return next >= 0 && next < to;
}

/** Finds each line of the article text in the page text, in order; lines not found are skipped. */
function locateLines(pageText: string, articleText: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const line of articleText.split('\n')) {
    const wanted = line.trim();
    if (!wanted) continue;
    const at = pageText.indexOf(wanted, cursor);
    if (at < 0) continue;
    spans.push([at, at + wanted.length]);
    cursor = at + wanted.length;
  }
  return spans;
}
