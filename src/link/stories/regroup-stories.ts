import { clusterStories } from './cluster-stories.js';
import type { StorySource } from './cluster-stories.js';
import { lengthless } from './story-index.js';
import type { StoryPostings } from './story-index.js';
import { PRIOR_DOCUMENTS } from './vectors.js';

/** A stored document as regrouping reads it: its features, language and date. */
export type RegroupSource = Omit<StorySource, 'id' | 'title'>;

/** What a regrouping did: the stories it read, the documents they held, and how many of them changed story. */
export interface Regrouped {
  stories: number;
  documents: number;
  moved: number;
}

/**
 * Groups the stories holding `docs` again, from all their members at once, as the batch clustering of a dossier does
 * (clusterStories, which the order of arrival does not change). Placement one document at a time depends on that
 * order: the first members of a story decide where the next ones go. Run after a batch of arrivals, this lets the
 * evidence of the whole batch decide, and splits or merges the stories it touched.
 *
 * Stories are taken smallest first while their members stay within `budget` (the work is one clustering of them and a
 * read of each member); a story with a member that cannot be read is left as it is. A group keeps the id of the story
 * holding most of its members (largest groups choose first); a story whose id no group keeps becomes an alias of the
 * group holding most of its members, as a merged story does. A member left alone joins the story of its copy or
 * translation among them (`related`, read from the store), as in the dossier.
 */
export function regroupStories(
  index: StoryPostings,
  docs: readonly string[],
  read: (doc: string) => RegroupSource | null,
  budget: number,
  related: (docs: readonly string[]) => ReadonlyArray<readonly [string, string]> = () => [],
): Regrouped {
  const touched = [...new Set(docs.map((doc) => index.storyOf(doc)).filter((story): story is string => story !== undefined))];
  const sizes = index.storyTerms(touched, []);
  const sizeOf = (story: string) => sizes.get(story)?.size ?? 0;
  touched.sort((a, b) => sizeOf(a) - sizeOf(b) || (a < b ? -1 : 1));
  const sources = new Map<string, StorySource>();
  const storyOf = new Map<string, string>();
  let total = 0;
  for (const story of touched) {
    if (total + sizeOf(story) > budget) break;
    const members = index.membersOf([story]);
    const readMembers = members.map((doc) => [doc, read(doc)] as const);
    if (readMembers.some(([, source]) => source === null)) continue;
    for (const [doc, source] of readMembers) {
      sources.set(doc, { ...source!, id: doc, title: null });
      storyOf.set(doc, story);
    }
    total += members.length;
  }
  if (sources.size === 0) return { stories: 0, documents: 0, moved: 0 };
  const groups = clusterStories([...sources.values()], related([...sources.keys()])).stories.map((story) => story.documents);
  const assigned = assignIds(groups, storyOf, () => index.newStory());
  const keys = [...new Set([...sources.values()].flatMap((source) => source.features.map((f) => f.key)))];
  const frequencies = index.frequencies(keys);
  const count = index.documentCount() + PRIOR_DOCUMENTS;
  const rarity = (key: string) => Math.log(1 + count / Math.max(1, frequencies.get(key) ?? 0));
  const members = assigned.flatMap(([story, group]) =>
    group.map((doc) => {
      const source = sources.get(doc)!;
      return { doc, story, language: source.language ?? '', weights: lengthless(source.features, rarity) };
    }),
  );
  const kept = new Set(assigned.map(([story]) => story));
  const old = [...new Set(storyOf.values())];
  const aliases = old.filter((story) => !kept.has(story)).map((story) => [story, largestShare(story, assigned, storyOf)] as [string, string]);
  index.regroup(old, members, aliases);
  return { stories: old.length, documents: sources.size, moved: members.filter((m) => storyOf.get(m.doc) !== m.story).length };
}

/** Each group's story id: the old story holding most of its members and not yet kept by a larger group, else a new one. */
function assignIds(groups: string[][], storyOf: ReadonlyMap<string, string>, newStory: () => string): Array<[string, string[]]> {
  const ordered = [...groups].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const taken = new Set<string>();
  return ordered.map((group) => {
    const counts = new Map<string, number>();
    for (const doc of group) counts.set(storyOf.get(doc)!, (counts.get(storyOf.get(doc)!) ?? 0) + 1);
    const best = [...counts].filter(([story]) => !taken.has(story)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const id = best ?? newStory();
    taken.add(id);
    return [id, group];
  });
}

/** The new story holding most of an old story's members. */
function largestShare(story: string, assigned: ReadonlyArray<[string, string[]]>, storyOf: ReadonlyMap<string, string>): string {
  let best = assigned[0]![0];
  let most = -1;
  for (const [id, group] of assigned) {
    const share = group.filter((doc) => storyOf.get(doc) === story).length;
    if (share > most) [best, most] = [id, share];
  }
  return best;
}
