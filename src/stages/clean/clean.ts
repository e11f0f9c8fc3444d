import type { NewsDoc, Span } from '../../doc/news-doc.js';
import { warn } from '../../doc/news-doc.js';
import type { RemovedKind } from '../../lang/index.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { hasMarker, isCommentHeading, readThread, commentAuthor } from './comments.js';
import type { Comment } from './comments.js';
import { MAX_GLUE_LINE, splitGlued } from './glue.js';
import { isProse, longLines, overlapsAny, splitLines, STOP, TERMINAL, wordCount } from './lines.js';
import { emptyBodyReason } from './empty-body.js';
import { withStandfirst } from './standfirst.js';
import type { Line } from './lines.js';
import { parseBylineLine, parseDateLine, parseLabelledDateLine, parseLeadIn } from './metadata-lines.js';
import type { Dateline } from './metadata-lines.js';
import { phrasesOf } from './phrases.js';
import { creditName, isBoilerplate, lineKind, MAX_NAV_WORDS, normalise, saysRepublished, titleRepeats } from './line-kind.js';
import type { LineKind } from './line-kind.js';
import { articleFooter, boxedLines, isLinkLine } from './region.js';
import type { PageMarks } from './region.js';
import { addressLine } from '../../text/web-address.js';

/** What cleaning found: the article's own prose, the comments, what was cut and the metadata lines. */
export interface CleanResult {
  body: Span[];
  comments: Comment[];
  removed: Array<{ span: Span; kind: RemovedKind }>;
  title: string | null;
  /** Where the title line stands in the text, when the text holds it. */
  titleSpan: Span | null;
  published: string | null;
  byline: string | null;
  dateline: Dateline | null;
  credit: string | null;
  /** The publisher a "Reposted from …" line names: the text is a copy of theirs. */
  republishedFrom: string | null;
  /** The web address on a line of its own above the article (a scrape's first line): the page the text was taken from. */
  address: string | null;
  truncated: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    clean: CleanResult;
    /** Readability's article paragraphs in an HTML page's visible text. */
    articleSpans: Span[];
    /** Text inside an HTML page's list items, in order. */
    listed: Span[];
    /** Text inside an HTML page's reader-comment sections, in order. */
    commented: Span[];
    /** Text inside an HTML page's links, in order. */
    linked: Span[];
    /** Text inside an HTML page's boilerplate boxes (named by ids and classes), in order. */
    boxed: Span[];
    /** The summary an HTML page gives of itself (JSON-LD or meta description). */
    summary: string;
  }
}

const commentUi = phrasesOf('commentUi');

/** The cleaning stage: splits a document's text into body, comments and removed boilerplate, and reads its metadata lines. */
export function createClean(): NamedStage {
  return {
    name: 'clean',
    run(doc: NewsDoc) {
      const { listed, commented, linked, boxed, summary } = doc.data;
      doc.data.clean = cleanText(doc.text, doc.data.articleSpans ?? null, doc.meta.title ?? null, { listed, commented, linked, boxed, summary });
      const emptied = emptyBodyReason(doc.text, doc.data.clean);
      if (emptied) warn(doc, emptied);
      for (const line of longLines(doc.text, MAX_GLUE_LINE)) {
        warn(doc, `line ${line.number} has ${line.length} characters; it was kept as one paragraph without looking for glued boilerplate`, line.number);
      }
    },
  };
}

/** Cleans one text; `article` limits the work to spans (an HTML page's article), `knownTitle` comes from metadata, `marks` from the page. */
export function cleanText(text: string, article: readonly Span[] | null, knownTitle: string | null, marks: PageMarks = {}): CleanResult {
  const result: CleanResult = { body: [], comments: [], removed: [], title: null, titleSpan: null, published: null, byline: null, dateline: null, credit: null, republishedFrom: null, address: null, truncated: false };
  const { listed = [], commented = [], linked = [] } = marks;
  const knownTitleKey = normalise(knownTitle ?? '');
  const region = article && article.length > 0 ? withStandfirst(text, article, marks.summary ?? null, {
    isBody: (line) => lineKind(line.text, knownTitleKey) === 'body' && !isLinkLine(line.span, line.text, linked),
    isTitle: (line) => knownTitleKey !== '' && normalise(line.text) === knownTitleKey,
  }) : null;
  const lines = splitLines(text, region);
  const remove = (span: Span, kind: RemovedKind) => result.removed.push({ span, kind });
  // A web address heading the text says where it was taken from: the headline and the prose start below it.
  const opening = lines.findIndex((line) => addressLine(line.text) === null);
  const headline = region === null && !knownTitle && opening >= 0 && isHeadlineParagraph(text, lines.slice(opening));
  const firstProse = lines.findIndex((line, index) => !(index === opening && headline) && isProse(line.text) && !isBoilerplate(line.text) && addressLine(line.text) === null);
  const bodyStart = firstProse < 0 ? lines.length : firstProse;
  const inArticleList = (span: Span) => region !== null && region.length > 0 && overlapsAny(span, listed);
  const isLink = (line: Line) => isLinkLine(line.span, line.text, linked);
  readHeader(lines.slice(0, bodyStart), knownTitle, result, remove, (line) => !isLink(line) && (wordCount(line.text, MAX_NAV_WORDS) > MAX_NAV_WORDS || TERMINAL.test(line.text) || inArticleList(line.span)));
  const title = normalise(knownTitle ?? result.title ?? '');
  let sawFooter = false;
  let leadInDone = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = lineKind(line.text, title);
    if (kind === 'form' && promoInside(lines, i, title)) {
      remove(line.span, 'form');
      continue;
    }
    if (kind === 'form') {
      // A comment form ends the article; a thread may still follow it.
      const end = threadAfter(lines, i + 1);
      for (const rest of lines.slice(i, end)) remove(rest.span, 'form');
      i = end - 1;
      sawFooter = true;
      continue;
    }
    if (isCommentHeading(line.text) || (sawFooter && hasMarker(line.text)) || commentAuthor(line.text) || startsThread(lines, i)) {
      if (isCommentHeading(line.text)) remove(line.span, 'other');
      const thread = readThread(lines, isCommentHeading(line.text) ? i + 1 : i);
      result.comments.push(...thread.comments);
      for (const span of thread.ui) remove(span, 'other');
      i = thread.end - 1;
      sawFooter = true;
      continue;
    }
    if (kind === 'credit') {
      noteCredit(result, line.text);
      sawFooter = true;
      remove(line.span, 'credit');
      continue;
    }
    if (kind === 'truncation') {
      result.truncated = true;
      remove(line.span, 'other');
      continue;
    }
    if (kind === 'related-list') {
      remove(line.span, 'related');
      while (i + 1 < lines.length && !isProse(lines[i + 1]!.text) && wordCount(lines[i + 1]!.text, 20) <= 20) remove(lines[++i]!.span, 'related');
      continue;
    }
    if (kind !== 'body' || isLink(line)) {
      remove(line.span, kind === 'body' ? 'related' : kind);
      continue;
    }
    const date = i - bodyStart < DATE_LINES_IN_LEAD ? parseLabelledDateLine(line.text) : null;
    if (date) {
      result.published ??= date;
      remove(line.span, 'other');
      continue;
    }
    let span = line.span;
    if (!leadInDone) {
      leadInDone = true;
      const leadIn = parseLeadIn(line.text);
      if (leadIn) {
        result.dateline = leadIn.dateline;
        result.byline ??= leadIn.byline;
        result.credit ??= leadIn.agency;
        remove([span[0], span[0] + leadIn.length], 'credit');
        span = [span[0] + leadIn.length, span[1]];
      }
    }
    for (const segment of splitGlued(text.slice(span[0], span[1]), span[0])) {
      if (segment.kind === 'body') result.body.push(segment.span);
      else remove(segment.span, segment.kind);
    }
  }
  if (region) {
    const boxes = new Set(boxedLines(result.body, marks.boxed ?? []));
    for (const span of boxes) remove(span, 'other');
    result.body = result.body.filter((span) => !boxes.has(span));
    const footer = new Set(articleFooter(text, result.body, listed));
    for (const span of footer) remove(span, 'other');
    result.body = result.body.filter((span) => !footer.has(span));
    readPageComments(text, region, commented, result, remove);
  }
  result.truncated ||= endsMidSentence(text, result.body);
  result.removed.sort((a, b) => a.span[0] - b.span[0]);
  return result;
}

/**
 * A line of a date and a label among the body's first lines (below the lead or a standfirst: "PUBLISHED: THURSDAY,
 * MAY 2, 2013, 1:32 PM") says when the article was published or updated; it is not prose (unit: lines).
 */
const DATE_LINES_IN_LEAD = 4;

/** A headline is a line of a few words; a one-sentence lead runs longer (unit: words; wmt21 and polnear headlines: 4-15). */
const MAX_HEADLINE_WORDS = 15;
/** A sentence ending inside a line: a word of four letters or more, its stop, a capital ("on Monday. Then"; not "Dr. Ben", "Carl XVI. Gustaf"). */
const INNER_SENTENCE_END = new RegExp(String.raw`\p{L}{4}${STOP}\s+\p{Lu}`, 'u');

/**
 * Whether a plain text opens with a headline that reads as a sentence ("Young forward to play in Sweden.", "Hire a
 * driver!"): a first line of one sentence and a few words, either standing as a paragraph of its own with a longer
 * one after it, or with a date line or byline right below it (no article's first sentence is followed by its date).
 * Such a line would otherwise count as the first paragraph of prose and the text would have no title.
 */
function isHeadlineParagraph(text: string, lines: readonly Line[]): boolean {
  const [first, next] = lines;
  if (first === undefined || next === undefined || INNER_SENTENCE_END.test(first.text)) return false;
  const words = wordCount(first.text, MAX_HEADLINE_WORDS);
  if (words > MAX_HEADLINE_WORDS) return false;
  if (parseDateLine(next.text) !== null || parseBylineLine(next.text) !== null) return true;
  if (!/\n[^\S\n]*\n/u.test(text.slice(first.span[1], next.span[0]))) return false;
  // A paragraph as short as the next one or shorter is a first paragraph like the others ("It reopened on Wednesday.").
  return wordCount(next.text, words) > words;
}

/**
 * Comments of an HTML page sit in sections the page marks as comments (ids,
 * classes, `itemprop`; see read/page-text.ts), outside the article
 * Readability keeps; they are read like a plain-text thread. Related lists,
 * sidebars and cookie notices after an article are not comments.
 */
function readPageComments(text: string, region: readonly Span[], commented: readonly Span[], result: CleanResult, remove: (span: Span, kind: RemovedKind) => void): void {
  if (commented.length === 0) return;
  const lines = splitLines(text, commented).filter((line) => !overlapsAny(line.span, region));
  const thread = readThread(lines, 0);
  result.comments.push(...thread.comments);
  for (const span of thread.ui) remove(span, 'other');
}

/**
 * Reads the lines before the first paragraph of prose: the title (a line the
 * scrape repeats, else the first line of three words or more), the date, the
 * byline; menus before the title are navigation, a standfirst after it is body.
 */
function readHeader(lines: readonly Line[], knownTitle: string | null, result: CleanResult, remove: (span: Span, kind: RemovedKind) => void, standsInArticle: (line: Line) => boolean): void {
  const facts = new HeaderFacts(lines);
  const titleIndex = knownTitle ? -1 : findTitle(lines, facts);
  let titleText: string | null = null;
  let title = '';
  lines.forEach((line, index) => {
    if (index === 0 || titleText !== (knownTitle ?? result.title)) title = normalise((titleText = knownTitle ?? result.title) ?? '');
    const address = facts.address(index);
    if (address !== null) {
      result.address ??= address;
      remove(line.span, 'other');
      return;
    }
    const kind = titleRepeats(line.text, title) ? 'title-repeat' : facts.kind(index);
    const date = kind === 'body' ? facts.date(index) : null;
    const byline = kind === 'body' ? facts.byline(index) : null;
    if (kind === 'credit') noteCredit(result, line.text);
    if (kind === 'title-repeat') result.titleSpan ??= line.span;
    if (kind !== 'body') remove(line.span, kind === 'truncation' ? 'other' : kind === 'related-list' ? 'related' : kind);
    else if (date && !result.published) {
      result.published = date;
      remove(line.span, 'other');
    } else if (date && parseLabelledDateLine(line.text)) {
      // Another date line ("Last Updated: Jul 07, 2012 8:44 PM ET" below "Posted: …"): when the article changed.
      remove(line.span, 'other');
    } else if (byline) {
      result.byline ??= byline;
      remove(line.span, 'credit');
    } else if (index === titleIndex) {
      result.title = line.text;
      result.titleSpan = line.span;
      remove(line.span, 'other');
    } else if (index < titleIndex || !standsInArticle(line)) remove(line.span, 'navigation');
    else result.body.push(line.span);
  });
}

/**
 * What readHeader and findTitle ask of each header line, found once per line: a header of 80,000 short lines
 * (a random or binary-like text without prose) overflows the line-kind cache between the two passes.
 */
class HeaderFacts {
  private readonly kinds: Array<LineKind | undefined>;
  private readonly dates: Array<string | null | undefined>;
  private readonly bylines: Array<string | null | undefined>;
  private readonly addresses: Array<string | null | undefined>;

  constructor(private readonly lines: readonly Line[]) {
    this.kinds = new Array(lines.length);
    this.dates = new Array(lines.length);
    this.bylines = new Array(lines.length);
    this.addresses = new Array(lines.length);
  }

  /** The web address the line is, or null. */
  address(index: number): string | null {
    const known = this.addresses[index];
    return known !== undefined ? known : (this.addresses[index] = addressLine(this.lines[index]!.text));
  }

  /** The line's kind, without the title test. */
  kind(index: number): LineKind {
    return (this.kinds[index] ??= lineKind(this.lines[index]!.text, ''));
  }

  /** The date the line is, or null. */
  date(index: number): string | null {
    const known = this.dates[index];
    return known !== undefined ? known : (this.dates[index] = parseDateLine(this.lines[index]!.text));
  }

  /** The name the line is a byline of, or null. */
  byline(index: number): string | null {
    const known = this.bylines[index];
    return known !== undefined ? known : (this.bylines[index] = parseBylineLine(this.lines[index]!.text));
  }
}

function findTitle(lines: readonly Line[], facts: HeaderFacts): number {
  const candidates = lines
    .map((line, index) => ({ index, line }))
    .filter(({ line, index }) => facts.kind(index) === 'body' && !facts.address(index) && !facts.date(index) && !facts.byline(index) && wordCount(line.text, 3) >= 3)
    .map(({ index, line }) => ({ index, key: normalise(line.text), line }));
  const seen = new Map<string, number>();
  for (const { key } of candidates) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeated = candidates.find((c) => seen.get(c.key)! > 1);
  if (repeated) return repeated.index;
  // A menu ("Home | Local | Weather") or a masthead ("The Saxon Courier") right above the headline is not the title.
  const headings = candidates.filter(({ line }) => !MENU.test(line.text));
  const [first, second] = headings;
  const masthead = first && second && second.index === first.index + 1 && wordCount(first.line.text) <= MASTHEAD_WORDS && isTitleCase(first.line.text) && !TERMINAL.test(second.line.text);
  return (masthead ? second : first)?.index ?? -1;
}

/** Two or more separators between short items: a menu line. */
const MENU = /\S\s+[|•·]\s+\S.*\s[|•·]\s+\S/u;
/** A publication's name is short. */
const MASTHEAD_WORDS = 4;

/** Every word capitalised or a short function word ("The Saxon Courier", "Diario del Levante"). */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.every((w) => /^\p{Lu}/u.test(w) || (w.length <= 3 && /^\p{Ll}+$/u.test(w)));
}

/** Lines looked at after a form line for the article going on (unit: lines). */
const PROMO_LOOKAHEAD = 3;

/**
 * A form line ("Subscribe to our newsletter", "Sign up for alerts") with the
 * article's prose going on right after it is a promo inside the article, not
 * the comment form that ends it.
 */
function promoInside(lines: readonly Line[], i: number, title: string): boolean {
  for (const line of lines.slice(i + 1, i + 1 + PROMO_LOOKAHEAD)) {
    if (hasMarker(line.text) || commentAuthor(line.text) || isCommentHeading(line.text)) return false;
    const kind = lineKind(line.text, title);
    if (kind === 'body' && isProse(line.text)) return true;
    if (kind !== 'form' && kind !== 'share' && kind !== 'ad') return false;
  }
  return false;
}

/** The first line from `from` on that opens a comment (a marker or an author line), or the end: looked for from `from` only, so that a page of forms and comments is read in one pass. */
function threadAfter(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && !hasMarker(lines[j]!.text) && commentAuthor(lines[j]!.text) === null) j++;
  return j;
}

/** A marked list item followed closely by comment UI ("Reply", "Liked by 3 people") opens a thread. */
function startsThread(lines: readonly Line[], i: number): boolean {
  return hasMarker(lines[i]!.text) && lines.slice(i + 1, i + 4).some((line) => commentUi.test(line.text));
}


/** A credit line names the agency or outlet credited; a repost line also says the text is theirs. */
function noteCredit(result: CleanResult, text: string): void {
  const name = creditName(text);
  result.credit ??= name;
  if (saysRepublished(text)) result.republishedFrom ??= name;
}





function endsMidSentence(text: string, body: readonly Span[]): boolean {
  const last = body.at(-1);
  if (!last) return false;
  const tail = text.slice(Math.max(last[0], last[1] - 20), last[1]);
  return /(\.\.\.|…|\[…\]|\[\.\.\.\])["»”’)]?\s*$/u.test(tail) || !TERMINAL.test(tail);
}

