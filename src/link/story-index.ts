import { MAX_CANDIDATES, MAX_POSTING } from './candidates.js';

/**
 * Where the story index keeps its postings: in memory for one dossier, in
 * SQLite for the store (src/store/sqlite-stories.ts). Documents are
 * identified by an id the caller chooses (the store uses content hashes).
 */
export interface StoryPostings {
  /** How many documents have each key (absent: none). One call for many keys: a store answers in one query. */
  frequencies(keys: readonly string[]): Map<string, number>;
  /** Documents with each key (at most MAX_POSTING + 1 are kept: commoner keys propose no candidates). */
  postings(keys: readonly string[]): Map<string, readonly string[]>;
  /** The keys of each indexed document among `docs`. */
  keysOf(docs: readonly string[]): Map<string, readonly string[]>;
  storyOf(doc: string): string | undefined;
  documentCount(): number;
  add(doc: string, keys: readonly string[], story: string): void;
  /** Moves every document of story `from` to story `into`. */
  merge(from: string, into: string): void;
  newStory(): string;
}

/**
 * A document joins a story when its overlap with one of the story's documents
 * reaches this: the idf-weighted keys they share over the smaller document's
 * (measured on our fixtures: same event 0.34–1.0, different events 0–0.28).
 */
export const JOIN_SIMILARITY = 0.3;
/** Keys of sampled wording start with this; the others are facts (names, figures, days). */
export const TEXT_KEY = 't:';
/** Two documents sharing this share of their sampled wording are a copy and one story, whatever facts they share. */
const COPY_SHARE = 0.7;
/** Fewer shared keys than this is chance, whatever the overlap. */
const MIN_SHARED_KEYS = 2;

/**
 * Incremental single-link story clustering: a new document is compared only
 * with the documents sharing the most rare keys with it (an inverted index),
 * joins the stories of those it matches (merging them when there are
 * several), or opens a new story. Nothing already indexed is re-clustered.
 */
export class StoryIndex {
  constructor(private readonly index: StoryPostings) {}

  /** Indexes a document and returns its story; a document indexed before keeps its story. */
  add(doc: string, keys: readonly string[]): string {
    return this.place(doc, keys).story;
  }

  /** Indexes a document: its story, and the earlier documents it matched (the ones worth comparing its text with). */
  place(doc: string, keys: readonly string[]): { story: string; matches: string[] } {
    const known = this.index.storyOf(doc);
    if (known) return { story: known, matches: [] };
    const unique = [...new Set(keys)];
    const total = this.index.documentCount() + 1;
    const frequencies = this.index.frequencies(unique);
    // Document frequency counting the new document. A key no other document has weighs nothing, and
    // neither does one too common to propose candidates: in a big store that is boilerplate
    // ("people from their homes"), not an event.
    const weight = (key: string, own: boolean) => {
      const frequency = (frequencies.get(key) ?? 0) + (own ? 1 : 0);
      return frequency > 1 && frequency <= MAX_POSTING + 1 ? Math.log(1 + total / frequency) : 0;
    };
    const counts = new Map<string, number>();
    const proposing = unique.filter((key) => (frequencies.get(key) ?? 0) > 0 && (frequencies.get(key) ?? 0) <= MAX_POSTING);
    for (const docs of this.index.postings(proposing).values()) for (const other of docs) counts.set(other, (counts.get(other) ?? 0) + 1);
    const candidates = [...counts].filter(([, shared]) => shared >= MIN_SHARED_KEYS).sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    const candidateKeys = this.index.keysOf(candidates.map(([other]) => other));
    const unknown = new Set<string>();
    for (const list of candidateKeys.values()) for (const key of list) if (!frequencies.has(key)) unknown.add(key);
    for (const [key, n] of this.index.frequencies([...unknown])) frequencies.set(key, n);
    const own = new Set(unique);
    const ownTotal = unique.reduce((sum, key) => sum + weight(key, true), 0);
    const ownText = unique.filter((key) => key.startsWith(TEXT_KEY)).length;
    const stories = new Set<string>();
    const matches: string[] = [];
    for (const [other] of candidates) {
      if (!sameStory(own, ownTotal, ownText, candidateKeys.get(other) ?? [], weight)) continue;
      stories.add(this.index.storyOf(other)!);
      matches.push(other);
    }
    const [story, ...others] = [...stories];
    const target = story ?? this.index.newStory();
    for (const other of others) this.index.merge(other, target);
    this.index.add(doc, unique, target);
    return { story: target, matches };
  }
}

/**
 * Whether a candidate tells the same story: an idf-weighted overlap of
 * JOIN_SIMILARITY over the smaller document. Shared wording alone is not an
 * event (templates, boilerplate): two names, figures or days must be shared
 * too, or one when most of the wording is (a copy).
 */
function sameStory(own: ReadonlySet<string>, ownTotal: number, ownText: number, otherKeys: readonly string[], weight: (key: string, own: boolean) => number): boolean {
  let shared = 0;
  let facts = 0;
  let sharedText = 0;
  let otherText = 0;
  let sharedWeight = 0;
  let otherTotal = 0;
  for (const key of otherKeys) {
    const w = weight(key, own.has(key));
    otherTotal += w;
    const text = key.startsWith(TEXT_KEY);
    if (text) otherText++;
    if (own.has(key) && w > 0) {
      shared++;
      sharedWeight += w;
      if (text) sharedText++;
      else facts++;
    }
  }
  const smaller = Math.min(ownTotal, otherTotal);
  const copy = sharedText >= COPY_SHARE * Math.min(ownText, otherText);
  return shared >= MIN_SHARED_KEYS && (facts >= MIN_SHARED_KEYS || (copy && facts > 0)) && smaller > 0 && sharedWeight / smaller >= JOIN_SIMILARITY;
}

/** Story postings in memory, for one dossier. */
export class MemoryPostings implements StoryPostings {
  private readonly counts = new Map<string, number>();
  private readonly lists = new Map<string, string[]>();
  private readonly keys = new Map<string, readonly string[]>();
  private readonly story = new Map<string, string>();
  private readonly members = new Map<string, string[]>();
  private stories = 0;

  frequencies(keys: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    for (const key of keys) if (this.counts.has(key)) found.set(key, this.counts.get(key)!);
    return found;
  }
  postings(keys: readonly string[]): Map<string, readonly string[]> {
    return new Map(keys.map((key) => [key, this.lists.get(key) ?? []]));
  }
  keysOf(docs: readonly string[]): Map<string, readonly string[]> {
    const found = new Map<string, readonly string[]>();
    for (const doc of docs) if (this.keys.has(doc)) found.set(doc, this.keys.get(doc)!);
    return found;
  }
  storyOf(doc: string): string | undefined {
    return this.story.get(doc);
  }
  documentCount(): number {
    return this.keys.size;
  }
  add(doc: string, keys: readonly string[], story: string): void {
    this.keys.set(doc, keys);
    this.story.set(doc, story);
    (this.members.get(story) ?? this.members.set(story, []).get(story)!).push(doc);
    for (const key of keys) {
      const count = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, count);
      if (count <= MAX_POSTING + 1) (this.lists.get(key) ?? this.lists.set(key, []).get(key)!).push(doc);
    }
  }
  merge(from: string, into: string): void {
    const moving = this.members.get(from) ?? [];
    for (const doc of moving) this.story.set(doc, into);
    const target = this.members.get(into)!;
    for (const doc of moving) target.push(doc);
    this.members.delete(from);
  }
  newStory(): string {
    const id = `s${++this.stories}`;
    this.members.set(id, []);
    return id;
  }
}
