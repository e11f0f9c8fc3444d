import type { Span } from '../doc/news-doc.js';

/** A word of the text with where it stands. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** First token of its sentence (after any opening quote or dash). */
  sentenceStart: boolean;
  /** Index of its sentence among the region's sentences. */
  sentence: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu;

/**
 * Tokens of the given sentences, in order. Several stages ask for the same sentences: the last text's tokens are kept,
 * by span for one sentence and by the list itself for several (a region's list of sentences is made once). Stages list
 * a text's sentences differently (by region, paragraph or the whole body), so the words themselves are read once for
 * the whole text, on the first request, and a sentence takes those inside it (a news text's words were read three
 * times). The tokens returned are shared: callers do not change them.
 */
export function tokenize(text: string, sentences: readonly Span[]): Token[] {
  if (text !== cachedText) {
    cachedText = text;
    cache.clear();
    listCache = new WeakMap();
    textWords = null;
  }
  const key = sentences.length === 1 ? `${sentences[0]![0]}:${sentences[0]![1]}` : null;
  const hit = key ? cache.get(key) : listCache.get(sentences);
  if (hit) return hit;
  const tokens = tokenizeAll(text, sentences);
  if (key) cache.set(key, tokens);
  else listCache.set(sentences, tokens);
  return tokens;
}

let cachedText = '';
const cache = new Map<string, Token[]>();
let listCache = new WeakMap<readonly Span[], Token[]>();
/** The words of the whole cached text, in order: their texts and offsets (start, end, start, end…). */
let textWords: { words: string[]; offsets: number[] } | null = null;

let made = 0;

/** Tokens made so far, all texts together: the work done, for tests of its bounds. */
export function tokensMade(): number {
  return made;
}

let scanned = 0;

/** Characters `firstTokens` was given to read so far (its spans' lengths): the work done, for tests of its bounds. */
export function charactersScanned(): number {
  return scanned;
}

function tokenizeAll(text: string, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  const words = (textWords ??= readWords(text, 0, text.length));
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const [start, end] = sentences[sentence]!;
    let w = firstWordFrom(words.offsets, start);
    const cut = (w > 0 && words.offsets[2 * w - 1]! > start) || crossesEnd(words.offsets, end);
    // A word across the sentence's edge ("U.S" of "U.S.The" split after the stop) is read in the sentence alone.
    const own = cut ? readWords(text, start, end) : words;
    if (cut) w = 0;
    for (let first = w; w < own.words.length && own.offsets[2 * w + 1]! <= end; w++) {
      tokens.push({ text: own.words[w]!, start: own.offsets[2 * w]!, end: own.offsets[2 * w + 1]!, sentenceStart: w === first, sentence });
    }
  }
  made += tokens.length;
  return tokens;
}

/** The words of text[start, end) read alone, with their offsets in the text. */
function readWords(text: string, start: number, end: number): { words: string[]; offsets: number[] } {
  const found: { words: string[]; offsets: number[] } = { words: [], offsets: [] };
  for (const match of text.slice(start, end).matchAll(WORD)) {
    found.words.push(match[0]);
    found.offsets.push(start + match.index, start + match.index + match[0].length);
  }
  return found;
}

/** The index of the first word starting at or after `at` (binary search over the offsets). */
function firstWordFrom(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[2 * middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a word of the text begins before `end` and goes on past it. */
function crossesEnd(offsets: readonly number[], end: number): boolean {
  const w = firstWordFrom(offsets, end) - 1;
  return w >= 0 && offsets[2 * w + 1]! > end;
}

/**
 * The first `limit` tokens of one span, the same as `tokenize(text, [span]).slice(0, limit)`, read lazily: a
 * quotation's attribution reads 16 words after it, not the rest of a 5,000-character paragraph for every quotation in it.
 */
export function firstTokens(text: string, span: Span, limit: number): Token[] {
  const tokens: Token[] = [];
  if (limit <= 0) return tokens;
  scanned += span[1] - span[0];
  for (const match of text.slice(span[0], span[1]).matchAll(WORD)) {
    const start = span[0] + match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, sentenceStart: tokens.length === 0, sentence: 0 });
    if (tokens.length === limit) break;
  }
  made += tokens.length;
  return tokens;
}

/** The characters between two tokens (punctuation and space). */
export function gap(text: string, left: Token, right: Token): string {
  return text.slice(left.end, right.start);
}

/** True when a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A roman numeral from II to XXXIX, as it follows a ruler's or a war's name ("Elizabeth II", "World War II", "Louis XIV"). */
export function isRomanNumeral(word: string): boolean {
  return word.length >= 2 && /^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})$/.test(word);
}

/** True when a word is written in capitals only ("CSTO", "RFE/RL"). */
export function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d/&.-]{2,8}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}
