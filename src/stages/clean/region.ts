import type { Span } from '../../doc/news-doc.js';
import { firstEndingAfter, isProse, overlapsAny } from './lines.js';

/** What an HTML page marks in its text: list items, reader-comment sections and links (see read/page-text.ts). */
export interface PageMarks {
  listed?: readonly Span[];
  commented?: readonly Span[];
  linked?: readonly Span[];
  /** The page's summary of itself (meta description): a standfirst before the article repeats it. */
  summary?: string | null;
}

/** A line this much inside links, and not prose, is a link list entry ("Bistum Hildesheim: Das 2G-Virus breitet sich aus"). */
const LINK_LINE_SHARE = 0.8;

/** True for a line that is not prose and whose text is nearly all link text: an entry of a link list. */
export function isLinkLine(span: Span, lineText: string, linked: readonly Span[]): boolean {
  return linked.length > 0 && overlapsAny(span, linked) && !isProse(lineText) && linkShare(span, linked) >= LINK_LINE_SHARE;
}

/** Share of a span's characters inside the sorted, disjoint link spans. */
function linkShare(span: Span, linked: readonly Span[]): number {
  let inside = 0;
  for (let i = firstEndingAfter(linked, span[0]); i < linked.length && linked[i]![0] < span[1]; i++) inside += Math.min(linked[i]![1], span[1]) - Math.max(linked[i]![0], span[0]);
  return span[1] > span[0] ? inside / (span[1] - span[0]) : 0;
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
