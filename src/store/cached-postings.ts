import { MAX_POSTING } from '../link/stories/story-candidates.js';
import type { HitLimits, IndexEntry, RegroupedMember, StoryPostings, StoryTerms } from '../link/stories/story-index.js';
import { Generations } from '../text/memo.js';
import { scoreHits } from './hits.js';
import { heaviestKeys } from './story-sums.js';

/**
 * Keys whose count and postings are kept in memory at most (unit: keys). About 120 bytes a key with its postings;
 * past the limit those used longest ago are dropped (see Generations in text/memo.ts) and read again as needed.
 */
const MAX_KEYS = 1_500_000;
/** Documents whose story is kept in memory at most (unit: documents). */
const MAX_DOCS = 1_000_000;
/** Story sums kept in memory at most (unit: [story, language, key] entries, about 100 bytes each); the stories used longest ago go first. */
const MAX_TERMS = 1_500_000;
/**
 * A story not kept is read whole only while the sums kept are below this share of MAX_TERMS; past it, only the keys
 * asked are read. Stories come back in no order that an LRU could follow (100,000 resampled documents hold 7 M
 * entries): reading one whole to make room by dropping another cost more than it saved.
 */
const ADMIT_BELOW = 0.9;

/** The reads of a store's postings that the cache fills itself from, besides those of StoryPostings. */
export interface StoredPostings extends StoryPostings {
  /** Counts a document's keys (see StoryPostings.countKeys); those in `known` have the count given there, and are not read. */
  countKeys(keys: readonly string[], known?: ReadonlyMap<string, number>): Map<string, number>;
  /** Drops what it keeps in memory of the store's rows, to read them again (after a rollback, or another connection's write). */
  forget(): void;
  /** The posted documents of each key (absent: none). */
  postingsOf(keys: readonly string[]): Map<string, string[]>;
  /** The story of each document that has one. */
  storiesOf(docs: readonly string[]): Map<string, string>;
  /** A story's size and its sums over all its keys. */
  allTerms(story: string): StoryTerms;
}

/** How much is kept at most (see MAX_KEYS, MAX_DOCS, MAX_TERMS); tests set small ones to exercise dropping. */
export interface CacheLimits {
  keys: number;
  docs: number;
  terms: number;
}

/** What is known of a key: how many documents hold it, and its postings when they have been read. */
interface KeyState {
  n: number;
  docs: string[] | null;
}

/**
 * The story index's reads answered from memory, its writes passed on to the
 * store and applied to what is kept: placing a document read the same keys,
 * postings and story sums from SQLite's B-trees again and again (at 20,000
 * resampled documents, 3.4 ms of a document's 13.7 on the thread that links).
 * What is kept is read from the store when it is needed (a story's sums whole
 * the second time, while there is room), or made as it is written (a new
 * key's postings, a new story's sums), so that it is always what the store
 * holds; what is not kept is read as the store alone would. `forget` drops it
 * all: the store calls it when a transaction or savepoint rolls back, and
 * before reading when another connection has written. Answers are those of
 * the store, up to the last bit of a sum of floating-point weights.
 */
export class CachedPostings implements StoryPostings {
  private keys: Generations<KeyState>;
  /** Document → its story when it was read or placed; follow `merged` from there. */
  private docs: Generations<string>;
  /** Story merged away → the story it went into. */
  private merged = new Map<string, string>();
  /** Story → its size and sums over all its keys, the most recently used last. */
  private sums = new Map<string, StoryTerms>();
  private terms = 0;
  /** Stories whose sums were asked for once, not kept. */
  private asked = new Set<string>();

  constructor(
    private readonly store: StoredPostings,
    /** Whether another connection may have written since the last call (SQLite's data_version): then all is dropped. */
    private readonly changedElsewhere: () => boolean,
    private readonly limits: CacheLimits = { keys: MAX_KEYS, docs: MAX_DOCS, terms: MAX_TERMS },
  ) {
    this.keys = new Generations(limits.keys);
    this.docs = new Generations(limits.docs);
  }

  /** Drops everything kept: the next reads go to the store. */
  forget(): void {
    this.store.forget();
    this.keys = new Generations(this.limits.keys);
    this.docs = new Generations(this.limits.docs);
    this.merged = new Map();
    this.sums = new Map();
    this.terms = 0;
    this.asked = new Set();
  }

  frequencies(keys: readonly string[]): Map<string, number> {
    this.check();
    const found = new Map<string, number>();
    const missing: string[] = [];
    for (const key of keys) {
      const known = this.keys.get(key);
      if (known) found.set(key, known.n);
      else missing.push(key);
    }
    for (const [key, n] of this.store.frequencies(missing)) {
      found.set(key, n);
      this.keyState(key, n);
    }
    return found;
  }

  countKeys(keys: readonly string[]): Map<string, number> {
    this.check();
    const known = new Map<string, number>();
    for (const key of keys) {
      const state = this.keys.get(key);
      if (state) known.set(key, state.n);
    }
    const before = this.store.countKeys(keys, known);
    for (const [key, n] of before) {
      const known = this.keys.get(key);
      if (known) known.n = n + 1;
      // A key no document had has no postings yet: this document's are added with it (see add).
      else this.keyState(key, n + 1, n === 0 ? [] : null);
    }
    return before;
  }

  hits(weighted: ReadonlyArray<readonly [string, number, number]>, limits: HitLimits): ReturnType<StoryPostings['hits']> {
    this.check();
    return scoreHits(weighted, this.postingsOf(weighted.map(([key]) => key)), (docs) => this.storiesOf(docs), limits);
  }

  storyTerms(stories: readonly string[], keys: readonly string[]): Map<string, StoryTerms> {
    this.check();
    const found = new Map<string, StoryTerms>();
    // A story asked for the first time has only the keys asked read (as from the store alone); from the second time,
    // all its sums are read and kept. One more document into a large store then reads no more than before.
    const once: string[] = [];
    for (const story of stories) {
      if (!this.sums.has(story) && (keys.length === 0 || !this.hasRoom() || !this.askedBefore(story))) {
        once.push(story);
        continue;
      }
      const all = this.storySums(story);
      const terms = new Map<string, Map<string, [number, number]>>();
      for (const [language, byKey] of keys.length ? all.terms : []) {
        const some = new Map<string, [number, number]>();
        for (const key of keys) {
          const sums = byKey.get(key);
          if (sums) some.set(key, [sums[0], sums[1]]);
        }
        if (some.size) terms.set(language, some);
      }
      found.set(story, { size: all.size, terms });
    }
    for (const [story, terms] of this.store.storyTerms(once, keys)) found.set(story, terms);
    return new Map(stories.map((story) => [story, found.get(story)!]));
  }

  storyOf(doc: string): string | undefined {
    this.check();
    const kept = this.storyOfKept(doc);
    if (kept) return kept;
    const story = this.store.storyOf(doc);
    if (story) this.keepStory(doc, story);
    return story;
  }

  documentCount(): number {
    return this.store.documentCount();
  }

  add(doc: string, story: string, entry: IndexEntry): void {
    this.check();
    this.store.add(doc, story, entry);
    this.keepStory(doc, story);
    // The store posts the document under each proposing key still held by at most MAX_POSTING + 1 documents.
    for (const key of entry.proposing) {
      const known = this.keys.get(key);
      if (known?.docs && known.n <= MAX_POSTING + 1 && !known.docs.includes(doc)) known.docs.push(doc);
    }
    const sums = this.sums.get(story);
    if (!sums) return;
    sums.size++;
    this.addSums(sums, entry.language, entry.weights);
    this.trimSums();
  }

  newStory(): string {
    this.check();
    const story = this.store.newStory();
    // A new story's sums are known: none yet (kept if there is room).
    if (this.hasRoom()) this.sums.set(story, { size: 0, terms: new Map() });
    return story;
  }

  keysOfStory(story: string, limit: number): string[] {
    this.check();
    if (!this.sums.has(story)) return this.store.keysOfStory(story, limit);
    return heaviestKeys(this.storySums(story), limit);
  }

  merge(from: string, into: string): void {
    this.check();
    this.store.merge(from, into);
    this.merged.set(from, into);
    const [source, target] = [this.sums.get(from), this.sums.get(into)];
    this.dropSums(from);
    if (!target) return;
    if (!source) return this.dropSums(into);
    target.size += source.size;
    for (const [language, byKey] of source.terms) this.addSums(target, language, [...byKey].map(([key, [full, portable]]) => [key, full, portable] as const));
    this.trimSums();
  }

  membersOf(stories: readonly string[]): string[] {
    return this.store.membersOf(stories);
  }

  regroup(stories: readonly string[], members: readonly RegroupedMember[], aliases: ReadonlyArray<readonly [string, string]>): void {
    // Rare (once a run, over the stories it touched): what is kept is read again afterwards.
    this.check();
    this.store.regroup(stories, members, aliases);
    this.forget();
  }

  private check(): void {
    if (this.changedElsewhere()) this.forget();
  }

  /** Adds weights ([key, full, portable]) to a kept story's sums in one language, as the store adds them to its rows. */
  private addSums(sums: StoryTerms, language: string, weights: Iterable<readonly [string, number, number]>): void {
    const byKey = sums.terms.get(language) ?? sums.terms.set(language, new Map()).get(language)!;
    for (const [key, full, portable] of weights) {
      const known = byKey.get(key);
      if (known) {
        known[0] += full;
        known[1] += portable;
      } else {
        byKey.set(key, [full, portable]);
        this.terms++;
      }
    }
  }

  /** Whether another story's sums may be kept without dropping one. */
  private hasRoom(): boolean {
    return this.terms < ADMIT_BELOW * this.limits.terms;
  }

  /** Whether a story's sums were asked for before (and notes that they are now). */
  private askedBefore(story: string): boolean {
    if (this.asked.has(story)) return true;
    if (this.asked.size >= this.limits.docs) this.asked = new Set();
    this.asked.add(story);
    return false;
  }

  private keyState(key: string, n: number, docs: string[] | null = null): KeyState {
    const state = { n, docs };
    this.keys.set(key, state);
    return state;
  }

  /** The postings of the given keys: those kept, the others read in one query (and kept). */
  private postingsOf(keys: readonly string[]): Map<string, readonly string[]> {
    const found = new Map<string, readonly string[]>();
    const missing: string[] = [];
    for (const key of keys) {
      const docs = this.keys.get(key)?.docs;
      if (docs) found.set(key, docs);
      else missing.push(key);
    }
    if (missing.length === 0) return found;
    const read = this.store.postingsOf(missing);
    const counts = this.store.frequencies(missing.filter((key) => !this.keys.has(key)));
    for (const key of missing) {
      const docs = read.get(key) ?? [];
      found.set(key, docs);
      const known = this.keys.get(key) ?? this.keyState(key, counts.get(key) ?? 0);
      known.docs = docs;
    }
    return found;
  }

  /** The stories of the given documents: those kept, the others read in one query (and kept). */
  private storiesOf(docs: readonly string[]): Map<string, string> {
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const doc of docs) {
      const story = this.storyOfKept(doc);
      if (story !== undefined) found.set(doc, story);
      else missing.push(doc);
    }
    if (missing.length)
      for (const [doc, story] of this.store.storiesOf(missing)) {
        found.set(doc, story);
        this.keepStory(doc, story);
      }
    return found;
  }

  private storyOfKept(doc: string): string | undefined {
    const placed = this.docs.get(doc);
    if (placed === undefined) return undefined;
    let story = placed;
    for (let next = this.merged.get(story); next !== undefined; next = this.merged.get(story)) story = next;
    // The next look-up goes straight to the story it is in now.
    if (story !== placed) this.docs.set(doc, story);
    return story;
  }

  private keepStory(doc: string, story: string): void {
    this.docs.set(doc, story);
  }

  /** A story's size and sums over all its keys: kept, else read whole from the store; now the most recently used. */
  private storySums(story: string): StoryTerms {
    const kept = this.sums.get(story);
    if (kept) {
      this.sums.delete(story);
      this.sums.set(story, kept);
      return kept;
    }
    const read = this.store.allTerms(story);
    this.sums.set(story, read);
    for (const byKey of read.terms.values()) this.terms += byKey.size;
    this.trimSums();
    return read;
  }

  private dropSums(story: string): void {
    const kept = this.sums.get(story);
    if (!kept) return;
    for (const byKey of kept.terms.values()) this.terms -= byKey.size;
    this.sums.delete(story);
  }

  /** Drops the sums used longest ago past MAX_TERMS, keeping at least the one used last. */
  private trimSums(): void {
    for (const story of this.sums.keys()) {
      if (this.terms <= this.limits.terms || this.sums.size <= 1) return;
      this.dropSums(story);
    }
  }
}
