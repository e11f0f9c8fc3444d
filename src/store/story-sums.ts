import type { StoryTerms } from '../link/stories/story-index.js';

/** The `limit` keys of a story's sums with the largest full weight summed over languages, ties by key (as the SQL of keysOfStory orders them). */
export function heaviestKeys({ terms }: StoryTerms, limit: number): string[] {
  const totals = new Map<string, number>();
  for (const byKey of terms.values()) for (const [key, [full]] of byKey) totals.set(key, (totals.get(key) ?? 0) + full);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([key]) => key);
}
