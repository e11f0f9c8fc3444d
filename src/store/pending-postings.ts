import { MAX_POSTING } from '../link/stories/story-candidates.js';
import type { HitLimits, IndexEntry, RegroupedMember, StoryPostings, StoryTerms } from '../link/stories/story-index.js';
import type { StoredPostings } from './cached-postings.js';
import { scoreHits } from './hits.js';
import { heaviestKeys } from './story-sums.js';

/**
 * Documents whose entries wait in memory (and in their rows of story_entries) before they are folded into the index's tables
 * (unit: documents). Folding writes each table in key order, a page once for many documents; at about 170 keys a
 * document, 2,048 documents keep some 350,000 counts and sums in memory, and a store opened after a crash reads as many
 * entries back.
 */
export const FOLD_DOCUMENTS = 2048;

/** A placed document whose entry is not in the tables yet: its story now, and what it adds. */
export interface PendingEntry {
  doc: string;
  story: string;
  entry: IndexEntry;
}

/** What the waiting entries add to the tables: key counts, postings, and story sums (story → language → key → [full, portable]). */
export interface PendingIndex {
  counts: ReadonlyMap<string, number>;
  postings: ReadonlyMap<string, readonly string[]>;
  sums: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, readonly [number, number]>>>;
}

/** The story index's tables (src/store/sqlite-stories.ts): what they hold without the waiting entries, and writes that need no look-up. */
export interface StoryTables {
  frequencies(keys: readonly string[]): Map<string, number>;
  postingsOf(keys: readonly string[]): Map<string, string[]>;
  storiesOf(docs: readonly string[]): Map<string, string>;
  storyTerms(stories: readonly string[], keys: readonly string[]): Map<string, StoryTerms>;
  allTerms(story: string): StoryTerms;
  keysOfStory(story: string, limit: number): string[];
  storyOf(doc: string): string | undefined;
  documentCount(): number;
  membersOf(stories: readonly string[]): string[];
  newStory(): string;
  merge(from: string, into: string): void;
  regroup(stories: readonly string[], members: readonly RegroupedMember[], aliases: ReadonlyArray<readonly [string, string]>): void;
  /** Places a document in a story, its entry waiting in its row until the next fold. */
  addDocument(doc: string, story: string, entry: IndexEntry): void;
  /** The entries waiting, in the order they were placed. */
  pendingEntries(): PendingEntry[];
  /** Adds what the waiting entries add to the tables, and marks them folded. */
  fold(index: PendingIndex): void;
}

/**
 * The story index over its SQLite tables, with the entries of the last documents placed kept in memory and added to
 * every answer, and written into the tables together every FOLD_DOCUMENTS documents (and when the store closes or
 * regroups). Writing each document's 170 keys, postings and sums at once rewrote pages at random all over three
 * B-trees, at every commit: at 20,000 resampled documents, 2.5 of the 8 ms a document took on the thread that links.
 *
 * A document's row in story_entries holds its entry until it is folded, written in the same transaction as its story: a
 * rollback takes both away, a crash leaves both, and the entries are read back on opening (and whenever the store
 * changed under this connection: `forget`). The tables plus the waiting rows are the index; every connection sees the
 * same. Story sums are the same as writing each entry at once up to the rounding of their additions' order.
 */
export class PendingPostings implements StoredPostings {
  private counts = new Map<string, number>();
  private postings = new Map<string, string[]>();
  private sums = new Map<string, Map<string, Map<string, [number, number]>>>();
  private documents = 0;
  /** The counts, this document included, of the keys of the document counted last (what its postings are decided on). */
  private counted = new Map<string, number>();

  constructor(
    private readonly tables: StoryTables,
    private readonly foldAt = FOLD_DOCUMENTS,
  ) {
    this.reload();
  }

  /** Whether entries wait to be folded. */
  get pending(): boolean {
    return this.documents > 0;
  }

  forget(): void {
    this.reload();
  }

  frequencies(keys: readonly string[]): Map<string, number> {
    const found = this.tables.frequencies(keys);
    for (const key of keys) {
      const waiting = this.counts.get(key);
      if (waiting) found.set(key, (found.get(key) ?? 0) + waiting);
    }
    return found;
  }

  countKeys(keys: readonly string[], known: ReadonlyMap<string, number> = new Map()): Map<string, number> {
    const before = this.frequencies(keys.filter((key) => !known.has(key)));
    for (const [key, n] of known) before.set(key, n);
    this.counted = new Map();
    for (const key of keys) {
      const n = before.get(key) ?? 0;
      before.set(key, n);
      this.counted.set(key, n + 1);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    return before;
  }

  hits(weighted: ReadonlyArray<readonly [string, number, number]>, limits: HitLimits): ReturnType<StoryPostings['hits']> {
    return scoreHits(weighted, this.postingsOf(weighted.map(([key]) => key)), (docs) => this.storiesOf(docs), limits);
  }

  postingsOf(keys: readonly string[]): Map<string, string[]> {
    const found = this.tables.postingsOf(keys);
    for (const key of keys) {
      const waiting = this.postings.get(key);
      if (waiting) found.set(key, [...(found.get(key) ?? []), ...waiting]);
    }
    return found;
  }

  storyTerms(stories: readonly string[], keys: readonly string[]): Map<string, StoryTerms> {
    const found = this.tables.storyTerms(stories, keys);
    for (const story of stories) {
      const waiting = this.sums.get(story);
      if (!waiting) continue;
      const { terms } = found.get(story)!;
      for (const [language, byKey] of waiting) {
        const some = new Map<string, [number, number]>();
        for (const key of keys) {
          const sums = byKey.get(key);
          if (sums) some.set(key, [sums[0], sums[1]]);
        }
        if (some.size) addTerms(terms, language, some);
      }
    }
    return found;
  }

  allTerms(story: string): StoryTerms {
    const found = this.tables.allTerms(story);
    for (const [language, byKey] of this.sums.get(story) ?? []) addTerms(found.terms, language, byKey);
    return found;
  }

  keysOfStory(story: string, limit: number): string[] {
    if (!this.sums.has(story)) return this.tables.keysOfStory(story, limit);
    return heaviestKeys(this.allTerms(story), limit);
  }

  storiesOf(docs: readonly string[]): Map<string, string> {
    return this.tables.storiesOf(docs);
  }

  storyOf(doc: string): string | undefined {
    return this.tables.storyOf(doc);
  }

  documentCount(): number {
    return this.tables.documentCount();
  }

  membersOf(stories: readonly string[]): string[] {
    return this.tables.membersOf(stories);
  }

  newStory(): string {
    return this.tables.newStory();
  }

  add(doc: string, story: string, entry: IndexEntry): void {
    this.tables.addDocument(doc, story, entry);
    this.apply(doc, story, entry, this.counted);
    if (this.documents >= this.foldAt) this.fold();
  }

  merge(from: string, into: string): void {
    this.tables.merge(from, into);
    const moved = this.sums.get(from);
    if (!moved) return;
    this.sums.delete(from);
    const target = this.sums.get(into) ?? this.sums.set(into, new Map()).get(into)!;
    for (const [language, byKey] of moved) addTerms(target, language, byKey);
  }

  regroup(stories: readonly string[], members: readonly RegroupedMember[], aliases: ReadonlyArray<readonly [string, string]>): void {
    // Regrouping rewrites the stories' sums from their members: the waiting entries go into the tables first.
    this.fold();
    this.tables.regroup(stories, members, aliases);
  }

  /** Writes the waiting entries into the tables (inside the caller's transaction). */
  fold(): void {
    if (this.documents === 0) return;
    this.tables.fold({ counts: this.counts, postings: this.postings, sums: this.sums });
    this.clear();
  }

  /** What a placed document adds: its keys counted (`counts`: theirs with it), its proposing keys posted while few documents hold them, its weights to its story's sums. */
  private apply(doc: string, story: string, { language, weights, proposing }: IndexEntry, counts: ReadonlyMap<string, number>): void {
    this.documents++;
    // Postings stop growing past the point where the key stops proposing candidates.
    for (const key of proposing)
      if ((counts.get(key) ?? Infinity) <= MAX_POSTING + 1) (this.postings.get(key) ?? this.postings.set(key, []).get(key)!).push(doc);
    const bySum = this.sums.get(story) ?? this.sums.set(story, new Map()).get(story)!;
    addTerms(bySum, language, weights);
  }

  private clear(): void {
    this.counts = new Map();
    this.postings = new Map();
    this.sums = new Map();
    this.documents = 0;
    this.counted = new Map();
  }

  /** Reads the waiting entries back from their rows and applies them in the order they were placed. */
  private reload(): void {
    this.clear();
    const entries = this.tables.pendingEntries();
    if (entries.length === 0) return;
    const counts = this.tables.frequencies([...new Set(entries.flatMap(({ entry }) => entry.weights.map(([key]) => key)))]);
    for (const { doc, story, entry } of entries) {
      for (const [key] of entry.weights) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      }
      this.apply(doc, story, entry, counts);
    }
  }
}

/** Adds sums of one language ([key, [full, portable]] or [key, full, portable]) to story sums by language. */
function addTerms(terms: Map<string, Map<string, [number, number]>>, language: string, sums: Iterable<readonly [string, number, number] | readonly [string, readonly [number, number]]>): void {
  const byKey = terms.get(language) ?? terms.set(language, new Map()).get(language)!;
  for (const item of sums) {
    const [key, full, portable] = item.length === 3 ? item : [item[0], item[1][0], item[1][1]];
    const known = byKey.get(key);
    if (known) {
      known[0] += full;
      known[1] += portable;
    } else byKey.set(key, [full, portable]);
  }
}
