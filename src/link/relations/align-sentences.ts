import type { KeyedDocument, KeyedSentence } from './sentence-keys.js';

/** Sentences of one document aligned with sentences of the other (1-1, 1-2 or 2-1), with their lexical score. */
export interface AlignedPair {
  a: number[];
  b: number[];
  /** Weighted share of the two sides' units that find their key on the other side (0–1). */
  score: number;
  /** How many units of the two sides found their key on the other side. */
  matched: number;
}

/**
 * A pair aligns only when its lexical score beats this (unit: share of
 * weighted units): below it, skipping both sentences costs less. Unrelated
 * sentences of two articles on one event share a name and a verb, about
 * 0.05–0.15; translated ones 0.3–0.7 (wmt21 development set).
 */
export const PAIR_OFFSET = 0.12;
/**
 * Cost of a length mismatch: this times the squared log ratio of the two
 * sides' shares of their documents' length (Gale and Church 1993 model the
 * same ratio as a normal variable; a sentence twice as long as its partner
 * costs about 0.05).
 */
const LENGTH_WEIGHT = 0.1;
/** The alignment stays within this many sentences of the diagonal… */
const MIN_BAND = 6;
/** …or this share of the longer document, whichever is more: a translation keeps its source's order. */
const BAND_SHARE = 0.15;
/** A 1-2 or 2-1 pair must beat the best 1-1 pair by this much (a sentence split in two in translation). */
const MERGE_MARGIN = 0.02;

/**
 * Aligns two documents sentence by sentence in the spirit of Gale–Church and
 * Bleualign: a dynamic programme over sentence pairs, within a band around the
 * diagonal, with 1-1, 1-2, 2-1 and skip moves, where a pair gains its lexical
 * score (shared concepts, names, figures) less an offset and a length cost.
 * Pairs are scored only within the band: work grows with the sentences times
 * the band, not with their product.
 */
export function alignSentences(a: KeyedDocument, b: KeyedDocument): AlignedPair[] {
  const n = a.sentences.length;
  const m = b.sentences.length;
  if (n === 0 || m === 0) return [];
  const score = groupScorer(a.sentences, b.sentences);
  const band = Math.max(MIN_BAND, Math.ceil(BAND_SHARE * Math.max(n, m)));
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  const scores = new Map<number, GroupScore>();
  const cell = (i: number, j: number, kind: number) => (i * (m + 1) + j) * 8 + kind;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      let value = 0;
      let from = 0;
      if (i > 0 && best[i - 1]![j]! >= value) [value, from] = [best[i - 1]![j]!, SKIP_A];
      if (j > 0 && best[i]![j - 1]! > value) [value, from] = [best[i]![j - 1]!, SKIP_B];
      // Within the band: j no further than `band` sentences from i·m/n, nor i from j·n/m.
      if (i > 0 && j > 0 && Math.abs(i * m - j * n) <= band * Math.max(n, m)) {
        for (const [di, dj, kind] of MOVES) {
          if (i < di || j < dj) continue;
          const pair = score(i - di, i, j - dj, j);
          const gain = pair.score - PAIR_OFFSET - pair.lengthCost - (di + dj > 2 ? MERGE_MARGIN : 0);
          if (gain > 0 && best[i - di]![j - dj]! + gain > value) {
            [value, from] = [best[i - di]![j - dj]! + gain, kind];
            scores.set(cell(i, j, kind), { score: pair.score, matched: pair.matched });
          }
        }
      }
      best[i]![j] = value;
      move[i]![j] = from;
    }
  const pairs: AlignedPair[] = [];
  for (let i = n, j = m; move[i]![j]! !== 0; ) {
    const kind = move[i]![j]!;
    if (kind === SKIP_A) i--;
    else if (kind === SKIP_B) j--;
    else {
      const [di, dj] = MOVES.find(([, , k]) => k === kind)!;
      pairs.push({ a: range(i - di, i), b: range(j - dj, j), ...scores.get(cell(i, j, kind))! });
      i -= di;
      j -= dj;
    }
  }
  return pairs.reverse();
}

const SKIP_A = 1;
const SKIP_B = 2;
/** Moves that pair sentences: [sentences of a, sentences of b, kind]. */
const MOVES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 3],
  [1, 2, 4],
  [2, 1, 5],
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

interface GroupScore {
  score: number;
  matched: number;
}

/**
 * Scores groups of consecutive sentences (a[x0..x1) with b[y0..y1)): the
 * weighted share of their units whose key is found on the other side, unit
 * weights ln(1 + sentences / sentences with the key) over both documents (a
 * unit weighs as its commonest key: "die" is "the" more often than anything
 * rare). Which sentences of the other side hold a key of each unit is worked
 * out once, as a bit set over those sentences.
 */
function groupScorer(a: readonly KeyedSentence[], b: readonly KeyedSentence[]): (x0: number, x1: number, y0: number, y1: number) => GroupScore & { lengthCost: number } {
  const keysA = a.map(sentenceKeys);
  const keysB = b.map(sentenceKeys);
  const frequency = new Map<string, number>();
  for (const set of [...keysA, ...keysB]) for (const key of set) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const idf = (key: string) => Math.log(1 + (a.length + b.length) / (frequency.get(key) ?? 1));
  const weights = (sentences: readonly KeyedSentence[]) => sentences.map((s) => s.units.map((u) => Math.min(...u.keys.map(idf))));
  const [weightsA, weightsB] = [weights(a), weights(b)];
  const totalsA = weightsA.map(sum);
  const totalsB = weightsB.map(sum);
  const shares = (sentences: readonly KeyedSentence[]) => {
    const length = sentences.reduce((total, s) => total + s.length, 0) || 1;
    return sentences.map((s) => s.length / length);
  };
  const [shareA, shareB] = [shares(a), shares(b)];
  const [foundA, foundB] = [unitsFoundIn(a, keysB), unitsFoundIn(b, keysA)];
  return (x0, x1, y0, y1) => {
    if (x1 - x0 > 2 || y1 - y0 > 2) throw new Error('sentence groups are of one or two sentences');
    // Each unit of a's sentences [x0, x1) that finds a key in any of b's [y0, y1) (a group is one or two sentences), and
    // the same of b's in a's: its weight and one match, counted once.
    const [left, right] = [{ weight: 0, matched: 0, total: 0 }, { weight: 0, matched: 0, total: 0 }];
    for (let x = x0; x < x1; x++) addSide(left, weightsA[x]!, totalsA[x]!, foundA, x, y0, y1);
    for (let y = y0; y < y1; y++) addSide(right, weightsB[y]!, totalsB[y]!, foundB, y, x0, x1);
    const [weight, matched, total] = [left.weight + right.weight, left.matched + right.matched, left.total + right.total];
    const ratio = Math.log((sumRange(shareA, x0, x1) || 1e-6) / (sumRange(shareB, y0, y1) || 1e-6));
    return { score: total > 0 ? weight / total : 0, matched, lengthCost: LENGTH_WEIGHT * ratio * ratio };
  };
}

function sentenceKeys(sentence: KeyedSentence): Set<string> {
  return new Set(sentence.units.flatMap((u) => u.keys));
}

/** For each unit of one side's sentences, the other side's sentences holding any of its keys: one bit set of `words` 32-bit words per unit. */
interface FoundBits {
  bits: Uint32Array;
  words: number;
  /** Index of each sentence's first unit among all units of its side. */
  firstUnit: number[];
}

/** Which of the other side's sentences (their key sets) hold a key of each unit of these sentences. */
function unitsFoundIn(sentences: readonly KeyedSentence[], otherKeys: ReadonlyArray<ReadonlySet<string>>): FoundBits {
  const words = Math.ceil(otherKeys.length / 32);
  const sentencesOf = new Map<string, Uint32Array>();
  otherKeys.forEach((keys, y) => {
    for (const key of keys) {
      let set = sentencesOf.get(key);
      if (!set) sentencesOf.set(key, (set = new Uint32Array(words)));
      set[y >>> 5] = set[y >>> 5]! | (1 << (y & 31));
    }
  });
  const firstUnit: number[] = [];
  let units = 0;
  for (const sentence of sentences) {
    firstUnit.push(units);
    units += sentence.units.length;
  }
  const bits = new Uint32Array(units * words);
  sentences.forEach((sentence, x) => {
    sentence.units.forEach((unit, k) => {
      const at = (firstUnit[x]! + k) * words;
      for (const key of unit.keys) {
        const set = sentencesOf.get(key);
        if (set) for (let w = 0; w < words; w++) bits[at + w] = bits[at + w]! | set[w]!;
      }
    });
  });
  return { bits, words, firstUnit };
}

/**
 * Adds sentence `own` of one side to a group's sums: its total weight, and the weight and number of its units found in
 * any of the other side's sentences [from, to).
 */
function addSide(sum: { weight: number; matched: number; total: number }, weights: readonly number[], total: number, found: FoundBits, own: number, from: number, to: number): void {
  sum.total += total;
  const { bits, words } = found;
  const first = found.firstUnit[own]!;
  for (let k = 0; k < weights.length; k++) {
    const at = (first + k) * words;
    for (let other = from; other < to; other++)
      if ((bits[at + (other >>> 5)]! >>> (other & 31)) & 1) {
        sum.weight += weights[k]!;
        sum.matched++;
        break;
      }
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function sumRange(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) total += values[k]!;
  return total;
}

/**
 * The share of the two documents' units whose key is found anywhere in the
 * other: a cheap bound on how much of them can align, to skip the alignment
 * of documents that share little.
 */
export function unitCover(a: KeyedDocument, b: KeyedDocument): number {
  const total = unitCount(a) + unitCount(b);
  return total > 0 ? (unitsFoundAnywhere(a, b.keys) + unitsFoundAnywhere(b, a.keys)) / total : 0;
}

/**
 * Whether `unitCover(a, b)` reaches `share`, reading only as far as needed: the count stops as soon as the share is
 * reached, or can no longer be with every unit left found (most candidate pairs across languages share little).
 */
export function coversAtLeast(a: KeyedDocument, b: KeyedDocument, share: number): boolean {
  const total = unitCount(a) + unitCount(b);
  if (total === 0) return 0 >= share;
  let found = 0;
  let left = total;
  for (const [sentences, other] of [[a.sentences, b.keys], [b.sentences, a.keys]] as const)
    for (const sentence of sentences) {
      for (const unit of sentence.units) if (holdsAny(other, unit.keys)) found++;
      left -= sentence.units.length;
      if (found / total >= share) return true;
      if ((found + left) / total < share) return false;
    }
  return found / total >= share;
}

function unitCount(document: KeyedDocument): number {
  let count = 0;
  for (const sentence of document.sentences) count += sentence.units.length;
  return count;
}

/** How many units of a document have a key in the set. */
function unitsFoundAnywhere(document: KeyedDocument, keys: ReadonlySet<string>): number {
  let found = 0;
  for (const sentence of document.sentences) for (const unit of sentence.units) if (holdsAny(keys, unit.keys)) found++;
  return found;
}

function holdsAny(keys: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (keys.has(wanted[i]!)) return true;
  return false;
}
