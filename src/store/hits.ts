import type { Hit, HitLimits, StoryPostings } from '../link/stories/story-index.js';

/**
 * The stories and documents holding the weighted keys ([key, full weight, portable weight]), scored by the summed
 * weights of the keys each holds (see StoryPostings.hits), from the keys' postings and the posted documents' stories.
 */
export function scoreHits(
  weighted: ReadonlyArray<readonly [string, number, number]>,
  postings: ReadonlyMap<string, readonly string[]>,
  storiesOf: (docs: readonly string[]) => ReadonlyMap<string, string>,
  limits: HitLimits,
): ReturnType<StoryPostings['hits']> {
  const scores = new Map<string, { full: number; portable: number }>();
  for (const [key, full, portable] of weighted)
    for (const doc of postings.get(key) ?? []) {
      const score = scores.get(doc);
      if (score) {
        score.full += full;
        score.portable += portable;
      } else scores.set(doc, { full, portable });
    }
  const stories = storiesOf([...scores.keys()]);
  const scored: Array<{ doc: string; story: string; full: number; portable: number }> = [];
  for (const [doc, { full, portable }] of scores) {
    const story = stories.get(doc);
    if (story !== undefined) scored.push({ doc, story, full, portable });
  }
  const byStory = new Map<string, number>();
  for (const { story, full } of scored) byStory.set(story, (byStory.get(story) ?? 0) + full);
  const hit = ({ doc, story }: { doc: string; story: string }, score: number): Hit => ({ doc, story, score });
  return {
    docs: best(scored, limits.docs, (s) => s.full, (s) => s.doc).map((s) => hit(s, s.full)),
    stories: best(byStory, limits.stories, ([, score]) => score, ([story]) => story),
    portableDocs: best(scored.filter((s) => s.portable > 0), limits.portableDocs, (s) => s.portable, (s) => s.doc).map((s) => hit(s, s.portable)),
  };
}

/**
 * The `limit` items of highest score, ties by name, best first (as SQL's ORDER BY score DESC, name LIMIT n): kept in a
 * short sorted list as the items go by, rather than sorting hundreds of scored documents to take ten.
 */
function best<T>(items: Iterable<T>, limit: number, score: (item: T) => number, name: (item: T) => string): T[] {
  const before = (a: T, b: T) => score(a) > score(b) || (score(a) === score(b) && name(a) < name(b));
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit) {
      if (!before(item, top[limit - 1]!)) continue;
      top.pop();
    }
    let i = top.length;
    top.push(item);
    for (; i > 0 && before(item, top[i - 1]!); i--) top[i] = top[i - 1]!;
    top[i] = item;
  }
  return top;
}
