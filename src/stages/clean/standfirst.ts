import type { Span } from '../../doc/news-doc.js';
import { isProse, splitLines } from './lines.js';
import type { Line } from './lines.js';

/** Lines looked at before the article for its standfirst (unit: lines): a date, a byline, a caption and share buttons sit between. */
const LEAD_LOOKBACK = 8;
/** Standfirst paragraphs taken before the article (unit: paragraphs): a page that shows its summary twice gives it once. */
const MAX_LEAD_PARAGRAPHS = 1;
/**
 * Characters of a line and of the page's summary compared (unit: characters):
 * summaries are cut short ("…") or run on into the first paragraph, so only
 * their openings must agree.
 */
const SUMMARY_PREFIX = 50;

/** What decides whether a line before the article may join it. */
export interface Joinable {
  /** True for a line that no boilerplate rule cuts and that is not a link list entry. */
  isBody(line: Line): boolean;
  /** True for the page's title line: the standfirst stands below it. */
  isTitle(line: Line): boolean;
}

/**
 * Readability keeps the largest block of paragraphs and drops the standfirst
 * the page sets apart between the headline and the article ("Penalties for
 * those who refuse to self-isolate are to be increased…" above a byline and
 * a date). Prose lines just before the article join it when they open like
 * the summary the page gives of itself (JSON-LD or meta description): a
 * caption, a market-data notice or a site blurb in the same place does not.
 */
export function withStandfirst(text: string, region: readonly Span[], summary: string | null, joinable: Joinable): Span[] {
  if (region.length === 0 || !summary) return [...region];
  const key = summaryKey(summary);
  if (key.length < SUMMARY_PREFIX / 2) return [...region];
  const before = splitLines(text.slice(0, region[0]![0])).slice(-LEAD_LOOKBACK);
  const lead: Span[] = [];
  for (let i = before.length - 1; i >= 0 && lead.length < MAX_LEAD_PARAGRAPHS; i--) {
    const line = before[i]!;
    if (joinable.isTitle(line)) break;
    if (isProse(line.text) && joinable.isBody(line) && opensAlike(summaryKey(line.text), key)) lead.push(line.span);
  }
  return lead.length === 0 ? [...region] : [...lead.reverse(), ...region];
}

/** True when one text opens with the other's first characters (either may be the shorter). */
function opensAlike(line: string, summary: string): boolean {
  const length = Math.min(SUMMARY_PREFIX, line.length, summary.length);
  return length >= SUMMARY_PREFIX / 2 && (line.slice(0, length) === summary.slice(0, length) || line.includes(summary.slice(0, length)));
}

/** Letters and digits only, lower-case: entities, quotes and spacing differ between a meta tag and the page. */
function summaryKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
