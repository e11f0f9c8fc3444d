import type { NewsDoc, Span } from '../../doc/news-doc.js';
import { languageTable } from '../../lang/index.js';
import type { LanguageTable } from '../../lang/index.js';
import { lemmatize } from '../../lexicon/index.js';
import type { NamedStage } from '../../pipeline/compose.js';

declare module '../../doc/news-doc.js' {
  interface DataMap {
    /** Sentences of the body, in order. */
    sentences: Span[];
  }
}

/** Splits the body into sentences; needs clean and detect-language first. */
export function createSegment(): NamedStage {
  return {
    name: 'segment',
    run(doc: NewsDoc) {
      const code = doc.data.language?.code ?? null;
      doc.data.sentences = (doc.data.clean?.body ?? []).flatMap((span) => sentenceSpans(doc.text, span, code));
    },
  };
}

const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationSets = new Map<string, Set<string>>();
const ordinalOpenerSets = new Map<string, Set<string>>();

/**
 * Intl.Segmenter is quadratic on one very long paragraph (16,000 short
 * sentences in one line: 13 s), so a paragraph is given to it in pieces of
 * about this many characters, cut after a sentence stop (unit: characters).
 */
export const SEGMENTER_CHUNK = 2_000;
/** Joining across abbreviations stops at this length ("J. R. R. " repeated is not one sentence; unit: characters). */
export const MAX_JOINED_SENTENCE = 1_500;
/** A piece cut where no stop was found joins the next one up to this sentence length (unit: characters). */
export const MAX_CUT_SENTENCE = 10_000;
/** Longest token looked at for an abbreviation before a stop (unit: characters). */
const MAX_ABBREVIATION = 12;

/** Work a segmentation did, for tests that bound it: calls to the segmenter and the longest piece given to it. */
export interface SegmentWork {
  pieces: number;
  longestPiece: number;
}

/**
 * Sentences of one paragraph by Intl.Segmenter, re-joined where the segmenter
 * split after an abbreviation of the language ("Mr. Jones", "M. Macron",
 * "1 янв. 2022 г. в Москве"), after an initial ("J. K. Rowling"), or after
 * an ordinal written with a full stop ("dem 28. Juli", "der 15. Sieg").
 */
export function sentenceSpans(text: string, span: Span, language: string | null, work?: SegmentWork): Span[] {
  const segmenter = segmenterFor(language);
  const abbreviations = abbreviationsOf(language);
  const months = languageTable(language)?.months;
  const openers = ordinalOpenersOf(language);
  const spans: Span[] = [];
  let joinLimit = 0;
  let dayBefore = false;
  let ordinalBefore = false;
  for (const [pieceStart, pieceEnd, cut] of chunks(text, span)) {
    if (work) {
      work.pieces++;
      work.longestPiece = Math.max(work.longestPiece, pieceEnd - pieceStart);
    }
    for (const piece of segmenter.segment(text.slice(pieceStart, pieceEnd))) {
      const trimmed = piece.segment.trimEnd();
      const start = pieceStart + piece.index;
      const end = start + trimmed.length;
      if (end <= start) continue;
      const last = spans.at(-1);
      // "am Dienstag, dem 28. Juli, mit": a day's number and its full stop before a month's name end no sentence; nor
      // does an ordinal after an article before what follows it ("am 2. Spieltag", "Der 1. FC"), unless a word that
      // is capitalised only as a sentence's first ("am 3. Danach") says that a sentence starts there.
      const joined = (dayBefore && startsWithMonth(trimmed, months)) || (ordinalBefore && language !== null && !opensSentence(trimmed, language));
      const limit = joined ? MAX_JOINED_SENTENCE : joinLimit;
      if (last && end - last[0] <= limit) last[1] = end;
      else spans.push([start, end]);
      joinLimit = endsWithAbbreviation(trimmed, abbreviations) ? MAX_JOINED_SENTENCE : 0;
      dayBefore = DAY_NUMBER_END.test(trimmed);
      ordinalBefore = openers.size > 0 && endsWithOrdinal(trimmed, openers);
    }
    if (cut) joinLimit = MAX_CUT_SENTENCE;
  }
  return spans;
}

function segmenterFor(language: string | null): Intl.Segmenter {
  const code = language ?? 'und';
  let segmenter = segmenters.get(code);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'sentence' });
    segmenters.set(code, segmenter);
  }
  return segmenter;
}

/** Cuts a paragraph into pieces of about SEGMENTER_CHUNK characters, each ending after a sentence stop and space when there is one (else `cut`). */
function chunks(text: string, span: Span): Array<[number, number, boolean]> {
  const pieces: Array<[number, number, boolean]> = [];
  let start = span[0];
  while (span[1] - start > SEGMENTER_CHUNK) {
    const window = text.slice(start + SEGMENTER_CHUNK / 2, start + SEGMENTER_CHUNK);
    const stop = lastStop(window);
    const end = stop < 0 ? start + SEGMENTER_CHUNK : start + SEGMENTER_CHUNK / 2 + stop;
    pieces.push([start, end, stop < 0]);
    start = end;
  }
  pieces.push([start, span[1], false]);
  return pieces;
}

/** Index just after the last "stop + space" in a window, or -1. */
function lastStop(window: string): number {
  for (let i = window.length - 1; i > 0; i--) {
    if (/\s/.test(window[i]!) && /[\p{Sentence_Terminal}]/u.test(window[i - 1]!)) return i + 1;
  }
  return -1;
}

function abbreviationsOf(language: string | null): Set<string> {
  return lowerCaseSet(abbreviationSets, language, (table) => table.abbreviations);
}

function ordinalOpenersOf(language: string | null): Set<string> {
  return lowerCaseSet(ordinalOpenerSets, language, (table) => table.ordinalOpeners ?? []);
}

/** Words of a language's table as a lower-case set, made once per language (none where the language has no table). */
function lowerCaseSet(sets: Map<string, Set<string>>, language: string | null, words: (table: LanguageTable) => readonly string[]): Set<string> {
  const code = language ?? 'und';
  let set = sets.get(code);
  if (!set) {
    const table = languageTable(language);
    set = new Set(table ? words(table).map((word) => word.toLowerCase()) : []);
    sets.set(code, set);
  }
  return set;
}

/** A day of the month written as an ordinal at the end of a segment: "dem 28.", not "1.5." or "Nr. 2018.". */
const DAY_NUMBER_END = /(?:^|[\s(])(?:0?[1-9]|[12]\d|3[01])\.$/u;
const FIRST_WORD = /^[\s"«„“(]*(\p{L}+)/u;

/** Whether a segment starts with a month name of the language's table (its records have no prototype: see lang/index.ts). */
function startsWithMonth(sentence: string, months: Readonly<Record<string, number>> | undefined): boolean {
  const word = FIRST_WORD.exec(sentence)?.[1];
  return word !== undefined && months?.[word.toLowerCase()] !== undefined;
}

/** An opener, a number of up to three figures and its stop, at the end of a segment ("der 145."; its last characters only are read). */
const ORDINAL_END = /(?:^|[\s(„"«])(\p{L}+)\s+\d{1,3}\.$/u;
/** The characters read at the end of a segment for ORDINAL_END: the longest opener, a space and three figures with room to spare. */
const ORDINAL_TAIL = 32;

function endsWithOrdinal(sentence: string, openers: Set<string>): boolean {
  const word = ORDINAL_END.exec(sentence.slice(-ORDINAL_TAIL))?.[1];
  return word !== undefined && openers.has(word.toLowerCase());
}

/**
 * Whether a segment starts as a sentence does: with no word, or with a capitalised word the dictionary knows in lower
 * case only ("Danach", "Die", "Er"). A noun or a name ("Spieltag", "FC") may follow an ordinal.
 */
function opensSentence(sentence: string, language: string): boolean {
  const word = FIRST_WORD.exec(sentence)?.[1];
  if (word === undefined) return true;
  const found = lemmatize(word, language);
  return found.source === 'dictionary' && found.lemma === found.lemma.toLowerCase();
}

/** True when a sentence ends with an initial or an abbreviation of the language; reads only the last token (no scan of the whole sentence). */
function endsWithAbbreviation(sentence: string, abbreviations: Set<string>): boolean {
  if (!sentence.endsWith('.')) return false;
  let start = sentence.length - 1;
  while (start > 0 && sentence.length - start <= MAX_ABBREVIATION + 1 && !/[\s(«"“]/.test(sentence[start - 1]!)) start--;
  if (start > 0 && !/[\s(«"“]/.test(sentence[start - 1]!)) return false;
  const token = sentence.slice(start, -1);
  if (!/^[\p{L}.]+$/u.test(token)) return false;
  return /^\p{Lu}$/u.test(token) || abbreviations.has(token.toLowerCase());
}
