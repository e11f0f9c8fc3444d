/** Keys held by more items than this are too common to propose candidates (they still count in the similarity itself). */
export const MAX_POSTING = 50;
/** Each document is compared with at most this many candidates, those sharing the most keys. */
export const MAX_CANDIDATES = 20;

/**
 * Candidate pairs from an inverted index over keys: each item is compared
 * only with the items sharing the most rare keys with it, earlier in `order`.
 * Work grows with the number of items times MAX_CANDIDATES, not its square.
 */
export function candidatePairs(keysOf: ReadonlyArray<readonly string[]>, order: readonly number[] = keysOf.map((_, i) => i)): Map<number, number[]> {
  const frequency = new Map<string, number>();
  for (const keys of keysOf) for (const key of new Set(keys)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  const candidates = new Map<number, number[]>();
  for (const i of order) {
    const counts = new Map<number, number>();
    const rare = [...new Set(keysOf[i]!)].filter((key) => (frequency.get(key) ?? 0) <= MAX_POSTING);
    for (const key of rare) for (const j of postings.get(key) ?? []) counts.set(j, (counts.get(j) ?? 0) + 1);
    candidates.set(i, [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([j]) => j));
    for (const key of rare) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  }
  return candidates;
}
