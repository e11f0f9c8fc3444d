import type { Vector } from './vectors.js';

/** Each document proposes candidates through its this many heaviest keys (the rarest, most repeated, in the title or lead). */
export const TOP_KEYS = 40;
/** Keys held by more documents than this propose no candidates: at that point they name a topic, not an event. */
export const MAX_POSTING = 200;
/** Each document keeps at most this many candidates, those with the largest partial similarity. */
const MAX_CANDIDATES = 30;
/** Documents published further apart than this are not compared: one story's news runs for weeks, not seasons. */
export const STORY_WINDOW_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * Candidate neighbours of each document from an inverted index over their
 * heaviest keys, ranked by the partial dot product over those keys; work
 * grows with the documents times MAX_POSTING, not with their square. Two
 * documents with publication dates further apart than STORY_WINDOW_DAYS are
 * never candidates. The result does not depend on the order of documents.
 */
export function storyCandidates(vectors: readonly Vector[], published: ReadonlyArray<string | null>, topKeys = TOP_KEYS): number[][] {
  const postings = new Map<string, Array<[number, number]>>();
  const tops = vectors.map((vector) => [...vector].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, topKeys));
  tops.forEach((top, i) => {
    for (const [key, weight] of top) (postings.get(key) ?? postings.set(key, []).get(key)!).push([i, weight]);
  });
  const times = published.map((date) => (date ? Date.parse(date) : NaN));
  return tops.map((top, i) => {
    const scores = new Map<number, number>();
    for (const [key, weight] of top) {
      const list = postings.get(key)!;
      if (list.length > MAX_POSTING) continue;
      for (const [j, other] of list) if (j !== i) scores.set(j, (scores.get(j) ?? 0) + weight * other);
    }
    return [...scores]
      .filter(([j]) => !(Math.abs(times[i]! - times[j]!) > STORY_WINDOW_DAYS * DAY_MS))
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_CANDIDATES)
      .map(([j]) => j);
  });
}
