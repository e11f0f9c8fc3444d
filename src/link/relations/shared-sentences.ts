import type { Span } from '../../doc/news-doc.js';

/** A document's text and sentences, as copy detection reads them. */
export interface SentenceSource {
  text: string;
  sentences: readonly Span[];
}

/** A document's distinct sentences with their shingles, worked out once however often it is compared. */
export interface ShingledText {
  /** Sentence index → its words, first occurrences only. */
  distinct: ReadonlyMap<number, readonly string[]>;
  /** Sentence index → its shingles. */
  shingles: ReadonlyMap<number, ReadonlySet<string>>;
  /** Shingle → the first distinct sentence that has it. */
  owner: ReadonlyMap<string, number>;
  /** A distinct sentence's words joined → its index (sentences shorter than a shingle are matched whole). */
  whole: ReadonlyMap<string, number>;
}

/** Sentences of two documents in one language that say the same words, counted once each. */
export interface SharedSentences {
  /** Pairs of sentence indexes [in a, in b], one per distinct sentence of a. */
  pairs: Array<[number, number]>;
  /** Distinct sentences of each document ("Read more…" three times is one). */
  distinct: [number, number];
  /** Words of a's sentences found in b. */
  words: number;
}

/** Word n-grams compared within a language (unit: words). */
export const SHINGLE = 5;
/** A sentence is shared when this share of its shingles is in one sentence of the other document. */
export const SHARED_SENTENCE = 0.5;

/**
 * Sentences of `a` found in `b`, each distinct sentence once: a sentence
 * repeated in either text (a standfirst that opens the body again, a
 * boilerplate line) counts one. A sentence shorter than a shingle is found
 * when `b` has the same sentence word for word.
 */
export function sharedSentences(a: ShingledText, b: ShingledText): SharedSentences {
  const pairs: Array<[number, number]> = [];
  let words = 0;
  for (const [x, sentenceWords] of a.distinct) {
    const y = bestOwner(a.shingles.get(x)!, b.owner) ?? b.whole.get(sentenceWords.join(' '));
    if (y === undefined) continue;
    pairs.push([x, y]);
    words += sentenceWords.length;
  }
  return { pairs, distinct: [a.distinct.size, b.distinct.size], words };
}

/** A document's distinct sentences and shingles. */
export function shingleText(source: SentenceSource): ShingledText {
  const distinct = distinctSentences(source);
  const shingled = new Map([...distinct].map(([index, words]) => [index, shingles(words)]));
  const owner = new Map<string, number>();
  for (const [y, set] of shingled) for (const shingle of set) if (!owner.has(shingle)) owner.set(shingle, y);
  const whole = new Map([...distinct].map(([y, words]) => [words.join(' '), y]));
  return { distinct, shingles: shingled, owner, whole };
}

/** The sentence of b that owns at least half of this sentence's shingles, if any. */
function bestOwner(set: ReadonlySet<string>, owner: ReadonlyMap<string, number>): number | undefined {
  if (set.size === 0) return undefined;
  const votes = new Map<number, number>();
  for (const shingle of set) {
    const y = owner.get(shingle);
    if (y !== undefined) votes.set(y, (votes.get(y) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const vote of votes) if (!best || vote[1] > best[1] || (vote[1] === best[1] && vote[0] < best[0])) best = vote;
  return best && best[1] / set.size >= SHARED_SENTENCE ? best[0] : undefined;
}

/**
 * Sentences read per document for copies (unit: sentences). The longest development article has about 300; a book or
 * a feed read as one document would otherwise be shingled, printed and stored whole, a third of the linking of 1 MB.
 */
export const MAX_SHINGLED_SENTENCES = 1000;

/**
 * The first occurrence of each distinct sentence (by its lower-case words) among the first MAX_SHINGLED_SENTENCES,
 * index → words; wordless sentences are left out.
 */
export function distinctSentences(source: SentenceSource): Map<number, string[]> {
  const seen = new Set<string>();
  const distinct = new Map<number, string[]>();
  const count = Math.min(source.sentences.length, MAX_SHINGLED_SENTENCES);
  for (let index = 0; index < count; index++) {
    const [start, end] = source.sentences[index]!;
    const words = wordsOf(source.text.slice(start, end));
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    distinct.set(index, words);
  }
  return distinct;
}

function wordsOf(sentence: string): string[] {
  return sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The word 5-grams of a sentence's words. */
export function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}
