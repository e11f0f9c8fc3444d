import type { StoryFeature } from './features.js';

/** A sparse vector: key → weight. */
export type Vector = Map<string, number>;

/**
 * Documents assumed beside those counted, none of them with the key: in a
 * small batch about one event the event's own words are in every document,
 * and plain idf would call them common (five articles on one story). A
 * batch of thousands barely notices them.
 */
export const PRIOR_DOCUMENTS = 100;

/** How rare each key is: the documents counted and how many of them have the key. */
export interface Rarity {
  documents: number;
  frequency(key: string): number;
}

/**
 * A document's tf-idf vector, unit length: sublinear counts (1 + ln count),
 * times the rarity of the key over the documents (ln(1 + N / df)), times the
 * kind's scale. A key only this document has still counts in its length.
 */
export function weighVector(features: readonly StoryFeature[], rarity: Rarity): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const { key, count, scale } of features) {
    const frequency = Math.max(1, rarity.frequency(key));
    const weight = (1 + Math.log(count)) * Math.log(1 + (rarity.documents + PRIOR_DOCUMENTS) / frequency) * scale;
    if (weight <= 0) continue;
    vector.set(key, weight);
    norm += weight * weight;
  }
  if (norm > 0) for (const [key, weight] of vector) vector.set(key, weight / Math.sqrt(norm));
  return vector;
}

/** Rarity over a batch of documents' features. */
export function batchRarity(documents: ReadonlyArray<readonly StoryFeature[]>): Rarity {
  const frequencies = new Map<string, number>();
  for (const features of documents) for (const { key } of features) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
  return { documents: documents.length, frequency: (key) => frequencies.get(key) ?? 0 };
}

/** Dot product, iterating the smaller vector. */
export function dot(a: Vector, b: Vector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let sum = 0;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Adds `b` into `a` (a story's sum of member vectors). */
export function addInto(a: Vector, b: Vector): void {
  for (const [key, value] of b) a.set(key, (a.get(key) ?? 0) + value);
}
