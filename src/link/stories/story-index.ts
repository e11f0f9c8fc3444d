import { STORY_LINK } from './cluster-stories.js';
import type { StoryFeature } from './features.js';
import { TOP_KEYS, MAX_POSTING } from './story-candidates.js';
import { PRIOR_DOCUMENTS } from './vectors.js';

/** One story's summed member weights for some keys, by language (a key's weight before its rarity, over its document's length). */
export interface StoryTerms {
  size: number;
  /** language → key → [sum of full weights, sum of portable weights]. */
  terms: Map<string, Map<string, [number, number]>>;
}

/** A document to place: its features and language. */
export interface StoryPlacement {
  features: readonly StoryFeature[];
  language: string | null;
}

/**
 * Where the story index keeps its postings and story sums (SQLite for the
 * store: src/store/sqlite-stories.ts). Documents are identified by an id
 * the caller chooses (the store uses content hashes).
 */
export interface StoryPostings {
  /** How many documents have each key (absent: none). One call for many keys: a store answers in one query. */
  frequencies(keys: readonly string[]): Map<string, number>;
  /** Counts a document's keys (each once) and returns how many documents had each before it: one statement does both. */
  countKeys(keys: readonly string[]): Map<string, number>;
  /**
   * The stories and the documents holding the given keys ([key, full weight, portable weight]), each scored by the
   * summed full weights of the keys it holds (postings keep at most MAX_POSTING + 1 documents a key), best first; and
   * the documents with the largest sums of portable weights (what a translation shares). At most as many as `limits` says.
   */
  hits(weighted: ReadonlyArray<readonly [string, number, number]>, limits: HitLimits): { stories: Array<[string, number]>; docs: Hit[]; portableDocs: Hit[] };
  /** The sums of the given stories over the given keys. */
  storyTerms(stories: readonly string[], keys: readonly string[]): Map<string, StoryTerms>;
  storyOf(doc: string): string | undefined;
  documentCount(): number;
  /** Adds a document, its keys counted already (countKeys), to a story: its weights to the story's sums, its heaviest keys to the postings. */
  add(doc: string, story: string, entry: IndexEntry): void;
  newStory(): string;
  /** The `limit` keys of a story's sums with the largest summed weight. */
  keysOfStory(story: string, limit: number): string[];
  /** Moves every document of story `from` to story `into`, adding its sums to theirs. */
  merge(from: string, into: string): void;
  /** The documents of the given stories. */
  membersOf(stories: readonly string[]): string[];
  /**
   * Replaces the given stories by new groups of their members: each member's story and weights (before rarity) as
   * given, the stories' sums and sizes rebuilt from them; each alias [old story, story] sends an old id on.
   */
  regroup(stories: readonly string[], members: readonly RegroupedMember[], aliases: ReadonlyArray<readonly [string, string]>): void;
}

/** A stored document holding keys of the one placed, scored by their summed weights. */
export interface Hit {
  doc: string;
  story: string;
  score: number;
}

/** How many stories, documents by full weight and documents by portable weight `hits` returns at most. */
export interface HitLimits {
  stories: number;
  docs: number;
  portableDocs: number;
}

/** A document placed again by regrouping: its story, language and weights before rarity ([key, full, portable]). */
export interface RegroupedMember {
  doc: string;
  story: string;
  language: string;
  weights: ReadonlyArray<[string, number, number]>;
}

/** What the index keeps of a placed document. */
export interface IndexEntry {
  language: string;
  /** Its keys' weights before rarity, [key, full, portable], added to the story's sums. */
  weights: ReadonlyArray<[string, number, number]>;
  /** Its keys that look candidates up (the TOP_KEYS heaviest), kept in the postings. */
  proposing: readonly string[];
}

/** Each document is compared with at most this many stories, those holding the most of its heaviest keys. */
const MAX_STORIES = 5;
/** The stored documents sharing the most of its heaviest keys that placement returns, to compare texts with. */
const MAX_MATCHES = 10;
/**
 * And those sharing the most of its portable keys (names, figures, days, concepts), when not among the above: a
 * translation shares only these, so the documents of its own language outrank it on all keys in a big story.
 */
const MAX_PORTABLE_MATCHES = 3;
/** After a placement, the story is compared as a whole with this many of the next closest stories, to merge. */
const MERGE_CHECKS = 3;
/** Two stories are compared over this many of the first one's heaviest keys: a story of thousands of members has tens of thousands of keys, nearly all too light to matter. */
const MERGE_KEYS = 2048;

/**
 * Incremental story placement for the store: a new document joins the
 * stored story it is most similar to on average (average link over all the
 * story's members, computed from the story's summed weights), or opens a new
 * story. Candidate stories come from an inverted index over its heaviest
 * keys. Rarity is read at placement time, and story sums are kept without
 * it, so that a key's weight follows the store's statistics as they drift:
 * only the members' lengths stay as they were measured.
 */
export class StoryIndex {
  constructor(private readonly index: StoryPostings) {}

  /** Indexes a document: its story, and the stored documents it shares most keys with, in any story (worth comparing its text with). */
  place(doc: string, placement: StoryPlacement): { story: string; matches: string[] } {
    const known = this.index.storyOf(doc);
    if (known) return { story: known, matches: [] };
    const keys = placement.features.map((f) => f.key);
    // Its keys are counted at once; their rarity is read from the counts before it.
    const frequencies = this.index.countKeys(keys);
    const total = this.index.documentCount() + 1 + PRIOR_DOCUMENTS;
    const rarity = (key: string) => Math.log(1 + total / ((frequencies.get(key) ?? 0) + 1));
    const raw = lengthless(placement.features, rarity);
    const weights = new Map(raw.map(([key, full, portable]) => [key, [full * rarity(key), portable * rarity(key)] as const]));
    const ranked = [...weights].sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
    const top = ranked.slice(0, TOP_KEYS);
    const proposing = top.filter((key) => (frequencies.get(key) ?? 0) > 0 && (frequencies.get(key) ?? 0) <= MAX_POSTING);
    const hits = this.index.hits(
      proposing.map((key) => [key, ...weights.get(key)!] as const),
      { stories: MAX_STORIES, docs: MAX_MATCHES, portableDocs: MAX_PORTABLE_MATCHES },
    );
    const candidates = hits.stories.map(([story]) => story);
    const language = placement.language ?? '';
    // A key no stored document had is in no story's sums: only the others are looked up.
    const sums = this.index.storyTerms(candidates, keys.filter((key) => (frequencies.get(key) ?? 0) > 0));
    const links = candidates.map((story) => [story, averageLink(weights, sums.get(story), language, rarity)] as const);
    links.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const joined = links[0] && links[0][1] >= STORY_LINK.threshold;
    const story = joined ? links[0]![0] : this.index.newStory();
    // Story sums keep every key: sums of each member's 64 heaviest keys placed faster (3,000 resampled documents: 7.0 →
    // 4.5 ms CPU a document) but split stories told with other names (B-cubed recall 0.96 → 0.92 there; 0.63 at 10,000).
    this.index.add(doc, story, { language, weights: raw, proposing: top });
    // Evidence accumulates: with this document, the story may now be as alike on average as one of the next closest.
    // Only near misses are worth it (a story this document is nearly as like as it is like a member).
    for (const [other, link] of links.slice(joined ? 1 : 0, MERGE_CHECKS)) if (link >= STORY_LINK.attach && this.storyLink(story, other) >= STORY_LINK.threshold) this.index.merge(other, story);
    // A copy or translation may have been put in another story: its text is compared all the same.
    const matches = [...new Set([...hits.docs, ...hits.portableDocs].map((hit) => hit.doc))];
    return { story, matches };
  }

  /** The average similarity of the members of two stories, with the store's rarity now. */
  private storyLink(one: string, other: string): number {
    // The sum runs over the keys the two stories share, so the smaller story's keys are enough (a big story's are many).
    const sizes = this.index.storyTerms([one, other], []);
    const [a, b] = sizes.get(one)!.size <= sizes.get(other)!.size ? [one, other] : [other, one];
    const keys = this.index.keysOfStory(a, MERGE_KEYS);
    const frequencies = this.index.frequencies(keys);
    const total = this.index.documentCount() + PRIOR_DOCUMENTS;
    const sums = this.index.storyTerms([a, b], keys);
    const [first, second] = [sums.get(a)!, sums.get(b)!];
    const [firstLanguages, secondLanguages] = [languagesOf(first), languagesOf(second)];
    let sum = 0;
    // In the order of `keys` and of languages, not of the maps (see languagesOf).
    for (const key of keys) {
      const rarity = Math.log(1 + total / Math.max(1, frequencies.get(key) ?? 0)) ** 2;
      for (const [language, byKey] of firstLanguages) {
        const own = byKey.get(key);
        if (!own) continue;
        for (const [otherLanguage, otherKeys] of secondLanguages) {
          const other = otherKeys.get(key);
          if (other) sum += language === otherLanguage ? own[0] * other[0] * rarity : STORY_LINK.crossLanguage * own[1] * other[1] * rarity;
        }
      }
    }
    return sum / (first.size * second.size);
  }
}

/** The average similarity of a document to the members of a story, from the story's sums over the document's keys. */
function averageLink(weights: ReadonlyMap<string, readonly [number, number]>, sums: StoryTerms | undefined, language: string, rarity: (key: string) => number): number {
  if (!sums) return 0;
  const languages = languagesOf(sums);
  let sum = 0;
  // In the order of the document's keys and of languages, not of the maps (see languagesOf).
  for (const [key, own] of weights)
    for (const [lang, byKey] of languages) {
      const story = byKey.get(key);
      if (story) sum += lang === language ? own[0] * story[0] * rarity(key) : STORY_LINK.crossLanguage * own[1] * story[1] * rarity(key);
    }
  return sum / sums.size;
}

/**
 * A story's sums by language, in the languages' order. Sums read from the store, from its cache or with entries not
 * yet folded hold the same values (see QUANTUM) but not in the same order: links add their products in a fixed order,
 * so that two stories with the same sums tie exactly, however they were read.
 */
function languagesOf(sums: StoryTerms): Array<[string, ReadonlyMap<string, [number, number]>]> {
  return [...sums.terms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Weights kept in story sums are multiples of this (2^-32): sums of them are exact below 2^21, whatever the order of
 * the additions. A story's sums are then the same whether its members were added one by one, folded together
 * (store/pending-postings.ts), merged or read back after a crash; rounding moves a weight by at most 1.2e-10.
 */
const QUANTUM = 2 ** -32;
const quantized = (weight: number) => Math.round(weight / QUANTUM) * QUANTUM;

/**
 * The document's weights before rarity, over its length measured with the
 * current rarity: [key, full, portable], where the portable weight is over
 * the length of the portable keys alone (see LinkItem).
 */
export function lengthless(features: readonly StoryFeature[], rarity: (key: string) => number): Array<[string, number, number]> {
  const base = features.map((f) => (1 + Math.log(f.count)) * f.scale);
  let full = 0;
  let portable = 0;
  features.forEach((f, i) => {
    const weight = base[i]! * rarity(f.key);
    full += weight * weight;
    if (f.portable) portable += weight * weight;
  });
  return features.map((f, i) => [f.key, full > 0 ? quantized(base[i]! / Math.sqrt(full)) : 0, f.portable && portable > 0 ? quantized(base[i]! / Math.sqrt(portable)) : 0]);
}
