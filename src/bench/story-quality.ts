/** How well found stories match true ones: B-cubed over documents, purity of found stories, completeness of true ones. */
export interface StoryQuality {
  found: number;
  truth: number;
  purity: number;
  completeness: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores `found` stories (lists of document ids) against each document's true story; documents without one count as a story of their own. */
export function storyQuality(found: ReadonlyArray<{ documents: readonly string[] }>, truthOf: ReadonlyMap<string, number>): StoryQuality {
  const bestShare = new Map<number, number>();
  const truthSizes = new Map<number, number>();
  for (const truth of truthOf.values()) truthSizes.set(truth, (truthSizes.get(truth) ?? 0) + 1);
  let [pure, precision, recall] = [0, 0, 0];
  for (const story of found) {
    const counts = new Map<number, number>();
    for (const doc of story.documents) counts.set(truthOf.get(doc) ?? -1, (counts.get(truthOf.get(doc) ?? -1) ?? 0) + 1);
    let largest = 0;
    for (const [truth, n] of counts) {
      largest = Math.max(largest, n);
      bestShare.set(truth, Math.max(bestShare.get(truth) ?? 0, n));
      // Each document's share of its found story that is its true story, and of its true story that it was found with.
      precision += (n * n) / story.documents.length;
      recall += (n * n) / (truthSizes.get(truth) ?? n);
    }
    pure += largest;
  }
  const documents = truthOf.size || 1;
  const [p, r] = [precision / documents, recall / documents];
  const complete = [...truthSizes.keys()].reduce((sum, truth) => sum + (bestShare.get(truth) ?? 0), 0);
  return { found: found.length, truth: truthSizes.size, purity: pure / documents, completeness: complete / documents, precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** One line for a bench's output. */
export function describeQuality(q: StoryQuality): string {
  const f = (x: number) => x.toFixed(3);
  return `stories found: ${q.found} (true: ${q.truth}); purity ${f(q.purity)}, completeness ${f(q.completeness)}; B-cubed P ${f(q.precision)} R ${f(q.recall)} F1 ${f(q.f1)}`;
}
