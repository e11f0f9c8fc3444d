import type { Span } from '../../doc/news-doc.js';
import { lexiconFor } from '../../stages/extract-entities/lexicon.js';
import { cognateStem } from '../../text/name-key.js';
import { measureStems } from './compare-figures.js';

/** A figure of a sentence, with what it counts. */
export interface ClaimFigure {
  value: number;
  unit: string | null;
  /** Stems of the words naming what is counted ("people died" → "peopl", "died" is too short). */
  measure: ReadonlySet<string>;
}

/** A sentence that may state a claim: its participants (entities, days), its figures and its predicate words. */
export interface ClaimSentence {
  doc: string;
  story: string | null;
  language: string | null;
  /** The sentence, or the sentence with the one before it when it names nobody ("The forces began their withdrawal"). */
  span: Span;
  text: string;
  /** "e:<entity id>", "n:<value>", "d:<yyyy-mm-dd>". */
  anchors: ReadonlySet<string>;
  /** The figures of the sentence itself (not of the one it is read with). */
  figures: readonly ClaimFigure[];
  /** Romanised stems of the words that are not names, grammar, speech verbs or calendar words: what is said to happen. */
  stems: ReadonlySet<string>;
}

/** A document as claim comparison reads it. */
export interface ClaimSource {
  id: string;
  story: string | null;
  language: string | null;
  text: string;
  sentences: readonly Span[];
  anchors: ReadonlyArray<ReadonlySet<string>>;
  /** Spans of the names and of the descriptions of people ("fugitive banker"): participants, not predicates. */
  names: readonly Span[];
  figures: ReadonlyArray<{ span: Span; value: number; unit: string | null; about: string }>;
}

/**
 * Sentences read per document, from its start: a news article states its claims long before this (as relation
 * detection aligns at most 300 sentences), and past the analysis budget a flood's sentences carry no names or
 * figures to compare, only the cost of reading them (a 0.7 MB one-line page: a third of its CPU).
 */
export const MAX_CLAIM_SENTENCES = 300;

/** Words shorter than this say little about what happens ("the", "has", "said"); unit: letters. */
const MIN_PREDICATE_WORD = 5;

/**
 * The sentences of a document as claims compare them. A sentence that names
 * no entity is read with the sentence before it, whose participants it
 * continues: "… called for assistance from peacekeeping forces from the
 * CSTO alliance. The forces began their withdrawal last Thursday."
 */
export function claimSentences(source: ClaimSource): ClaimSentence[] {
  const own = source.sentences.slice(0, MAX_CLAIM_SENTENCES).map((span, k) => ({ span, anchors: source.anchors[k]!, stems: predicateStems(source, span) }));
  return own.map(({ span, anchors, stems }, k) => {
    const before = k > 0 && ![...anchors].some((a) => a.startsWith('e:')) ? own[k - 1] : undefined;
    const whole: Span = before ? [before.span[0], span[1]] : span;
    return {
      doc: source.id,
      story: source.story,
      language: source.language,
      span: whole,
      text: source.text.slice(whole[0], whole[1]),
      anchors: before ? new Set([...before.anchors, ...anchors]) : anchors,
      figures: source.figures.filter((f) => f.span[0] >= span[0] && f.span[0] < span[1]).map((f) => ({ value: f.value, unit: f.unit, measure: new Set(measureStems(f.about)) })),
      stems: before ? new Set([...before.stems, ...stems]) : stems,
    };
  });
}

function predicateStems(source: ClaimSource, [start, end]: Span): Set<string> {
  const lexicon = lexiconFor(source.language);
  const stems = new Set<string>();
  const names = source.names.filter(([s, e]) => s < end && e > start);
  for (const match of source.text.slice(start, end).matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const at = start + match.index;
    if (word.length < MIN_PREDICATE_WORD || names.some(([s, e]) => at < e && at + word.length > s)) continue;
    const lower = word.toLowerCase();
    if ([lexicon.functionWords, lexicon.speechVerbs, lexicon.calendar, lexicon.complementizers, lexicon.roleNouns, lexicon.titles].some((words) => words.has(lower))) continue;
    stems.add(cognateStem(lower));
  }
  return stems;
}

/** A figure of ten or more, or a fraction: "n:4" or "d:2022-01" (a month) tie nothing. */
export function isDistinctiveFigure(value: number): boolean {
  return value >= 10 || !Number.isInteger(value);
}

/**
 * Whether two sentences state the same thing: the same figure for the same
 * measure (its unit or the words after it, a second shared figure: "225
 * people died, including 19 police officers", or a shared actor), or the same participants (an
 * entity and another entity or day, one of them not the story's main actor or
 * country) doing the same thing (a shared predicate word that is not
 * everywhere in the story: `storyWide` holds those anchors and stems). A shared day or name alone is
 * not enough: "By January 5, the rallies escalated into riots" and "a state
 * of emergency was introduced from January 5" are two claims.
 */
export function sameContent(a: ClaimSentence, b: ClaimSentence, storyWide: ReadonlySet<string>): boolean {
  const shared = a.figures.flatMap((x) => b.figures.filter((y) => y.value === x.value && isDistinctiveFigure(x.value)).map((y) => [x, y] as const));
  if (shared.some(([x, y]) => (x.unit !== null && x.unit === y.unit) || [...x.measure].some((stem) => y.measure.has(stem)))) return true;
  // Across languages the words after a figure rarely share a stem ("workers", "trabajadores"): a second shared figure or a shared actor ties it.
  if (new Set(shared.map(([x]) => x.value)).size >= 2) return true;
  if (shared.length > 0 && [...a.anchors].some((anchor) => anchor.startsWith('e:') && b.anchors.has(anchor))) return true;
  let entities = 0;
  let days = 0;
  let particular = 0;
  for (const anchor of a.anchors) {
    if (!b.anchors.has(anchor)) continue;
    if (anchor.startsWith('e:')) entities++;
    else if (/^d:\d{4}-\d{2}-\d{2}$/.test(anchor)) days++;
    else continue;
    if (!storyWide.has(anchor)) particular++;
  }
  if (entities === 0 || entities + days < 2 || particular === 0) return false;
  return [...a.stems].some((stem) => b.stems.has(stem));
}
