import type { Span } from '../../doc/news-doc.js';
import { firstEndingAfter, isProse, overlapsAny } from './lines.js';

/** What an HTML page marks in its text: list items, reader-comment sections and links (see read/page-text.ts). */
export interface PageMarks {
  listed?: readonly Span[];
  commented?: readonly Span[];
  linked?: readonly Span[];
  /** Text inside elements whose ids or classes name boilerplate (share bars, newsletter and author boxes, captions). */
  boxed?: readonly Span[];
  /** The page's summary of itself (meta description): a standfirst before the article repeats it. */
  summary?: string | null;
}

/** A line this much inside links, and not prose, is a link list entry ("Bistum Hildesheim: Das 2G-Virus breitet sich aus"). */
const LINK_LINE_SHARE = 0.8;

/** True for a line that is not prose and whose text is nearly all link text: an entry of a link list. */
export function isLinkLine(span: Span, lineText: string, linked: readonly Span[]): boolean {
  return linked.length > 0 && overlapsAny(span, linked) && !isProse(lineText) && coveredShare(span, linked) >= LINK_LINE_SHARE;
}

/** Share of a span's characters inside the sorted, disjoint spans. */
function coveredShare(span: Span, sorted: readonly Span[]): number {
  let inside = 0;
  for (let i = firstEndingAfter(sorted, span[0]); i < sorted.length && sorted[i]![0] < span[1]; i++) inside += Math.min(sorted[i]![1], span[1]) - Math.max(sorted[i]![0], span[0]);
  return span[1] > span[0] ? inside / (span[1] - span[0]) : 0;
}

/** A body line this much inside boilerplate boxes is the box's text (unit: share of its characters). */
const BOXED_LINE_SHARE = 0.8;
/**
 * Boxes may take at most this share of the body's characters: a page whose
 * article itself sits in an element named like a box ("post-with-sidebar")
 * keeps its text.
 */
const MAX_BOXED_BODY_SHARE = 0.5;

/**
 * Body lines inside elements the page names as furniture (a share bar, a
 * newsletter or author box, a caption: see read/page-text.ts) that
 * Readability kept inside the article; none when they would be most of it.
 */
export function boxedLines(body: readonly Span[], boxed: readonly Span[]): Span[] {
  if (boxed.length === 0) return [];
  const inside = body.filter((span) => overlapsAny(span, boxed) && coveredShare(span, boxed) >= BOXED_LINE_SHARE);
  const size = (spans: readonly Span[]) => spans.reduce((sum, [start, end]) => sum + end - start, 0);
  return size(inside) <= size(body) * MAX_BOXED_BODY_SHARE ? inside : [];
}

/**
 * A footer is a few lines; a longer run of short lines after the last
 * paragraph is the article's own list (tour dates, a product list written
 * as paragraphs) (unit: lines).
 */
const MAX_FOOTER_LINES = 4;

/**
 * Where an HTML article's own text ends: after its last paragraph of prose,
 * up to MAX_FOOTER_LINES lines that are not list items are its footer (tags,
 * "Weiterführende Links", a teaser title, a share label), not its text; list
 * items there (ingredients, key facts) stay. Returns the footer's body spans.
 */
export function articleFooter(text: string, body: readonly Span[], listed: readonly Span[]): Span[] {
  let lastProse = body.length - 1;
  while (lastProse >= 0 && !isProse(text.slice(body[lastProse]![0], body[lastProse]![1]))) lastProse--;
  if (lastProse < 0) return [];
  const footer = body.slice(lastProse + 1).filter((span) => !overlapsAny(span, listed));
  return footer.length <= MAX_FOOTER_LINES ? footer : [];
}
