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
 * by span for one sentence and by the list itself for several (a region's list of sentences is made once). The tokens
 * returned are shared: callers do not change them.
 */
export function tokenize(text: string, sentences: readonly Span[]): Token[] {
  if (text !== cachedText) {
    cachedText = text;
    cache.clear();
    listCache = new WeakMap();
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
  sentences.forEach(([start, end], sentence) => {
    let first = true;
    for (const match of text.slice(start, end).matchAll(WORD)) {
      tokens.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length, sentenceStart: first, sentence });
      first = false;
    }
  });
  made += tokens.length;
  return tokens;
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
