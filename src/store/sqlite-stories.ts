import type Database from 'better-sqlite3';
import type { IndexEntry, RegroupedMember, StoryTerms } from '../link/stories/story-index.js';
import type { PendingIndex, PendingEntry, StoryTables } from './pending-postings.js';

const STORY_SCHEMA = `
  -- A document's story.
  CREATE TABLE IF NOT EXISTS story_docs (doc TEXT PRIMARY KEY, story TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS story_docs_story ON story_docs(story);
  -- While a document's keys are not yet in story_keys, story_postings and story_terms, what it adds to them (IndexEntry
  -- as JSON; see pending-postings.ts), in the order documents were placed: one row a document instead of hundreds of
  -- random index writes. Apart from story_docs, so that emptying it at each fold frees its pages: entries of 2–3 KB
  -- cleared in place left story_docs' rows one or two a page (100,000 documents: 267 MB, 262 of them unused), and
  -- every look-up of a document's story read a page of its own.
  CREATE TABLE IF NOT EXISTS story_entries (doc TEXT PRIMARY KEY, entry TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS story_keys (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  -- Clustered by key: a key's documents are one range of one B-tree, written and read without a second index.
  CREATE TABLE IF NOT EXISTS story_postings (key TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS story_ids (id INTEGER PRIMARY KEY AUTOINCREMENT);
  -- A merged story's old id, and the story it now belongs to: old links stay valid.
  CREATE TABLE IF NOT EXISTS story_aliases (alias TEXT PRIMARY KEY, story TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS story_aliases_story ON story_aliases(story);
  -- How many documents are placed, kept in the same transactions as story_docs (counting rows each time is slow, and a
  -- count cached in memory goes stale when a transaction rolls back or another process writes).
  CREATE TABLE IF NOT EXISTS story_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  -- Each story's number of documents, kept as they are placed and merged: counting a story of thousands each time grows with it.
  CREATE TABLE IF NOT EXISTS story_sizes (story TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  -- Each story's members' weights summed per language and key: average link to a story is one look-up per key.
  CREATE TABLE IF NOT EXISTS story_terms (story TEXT NOT NULL, language TEXT NOT NULL, key TEXT NOT NULL, full REAL NOT NULL, portable REAL NOT NULL,
    PRIMARY KEY (story, key, language)) WITHOUT ROWID;
`;

/**
 * Creates the story tables. A store whose stories were kept by the earlier
 * single-link index (no story sums) has them dropped: its documents are
 * then unplaced, and placed again as a store is opened for analysis.
 * Returns whether it dropped them.
 */
export function createStoryTables(db: Database.Database): boolean {
  const has = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const singleLink = has('story_docs') && !has('story_terms');
  if (singleLink) db.exec('DROP TABLE story_docs; DROP TABLE story_keys; DROP TABLE story_postings; DROP TABLE IF EXISTS story_counts;');
  const postings = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'story_postings'").get();
  // Postings kept in a rowid table with a second index (stores written before they were clustered) are copied over once.
  if (postings && !/WITHOUT ROWID/i.test(postings.sql))
    db.transaction(() => db.exec('ALTER TABLE story_postings RENAME TO story_postings_old; DROP INDEX IF EXISTS story_postings_key;' + STORY_SCHEMA + 'INSERT OR IGNORE INTO story_postings SELECT key, doc FROM story_postings_old; DROP TABLE story_postings_old;'))();
  // A store written before story sizes were kept has them counted once.
  if (has('story_docs') && !has('story_sizes')) db.transaction(() => db.exec(STORY_SCHEMA + 'INSERT INTO story_sizes (story, n) SELECT story, COUNT(*) FROM story_docs GROUP BY story;'))();
  if (has('story_docs') && db.prepare("SELECT 1 FROM pragma_table_info('story_docs') WHERE name NOT IN ('doc', 'story')").get()) db.transaction(() => compactStoryDocs(db))();
  db.exec(STORY_SCHEMA);
  return singleLink;
}

/**
 * Rewrites a story_docs table that holds more than each document's story, keeping its rows' order (rowid): stores
 * written before kept every key of each document there as JSON (5–10 KB a document, which nothing read), or the
 * entries waiting to be folded, now in story_entries (their rows stayed nearly empty once folded). The waiting entries
 * move over, in order.
 */
function compactStoryDocs(db: Database.Database): void {
  const waiting = db.prepare("SELECT 1 FROM pragma_table_info('story_docs') WHERE name = 'entry'").get() !== undefined;
  // The old table's indexes go with its name: they are dropped first, so that the schema makes the new table's.
  db.exec('ALTER TABLE story_docs RENAME TO story_docs_old; DROP INDEX IF EXISTS story_docs_story; DROP INDEX IF EXISTS story_docs_pending;' + STORY_SCHEMA);
  if (waiting) db.exec('INSERT INTO story_entries (doc, entry) SELECT doc, entry FROM story_docs_old WHERE entry IS NOT NULL ORDER BY rowid');
  db.exec('INSERT INTO story_docs (rowid, doc, story) SELECT rowid, doc, story FROM story_docs_old ORDER BY rowid; DROP TABLE story_docs_old;');
}

/**
 * The story index's postings and sums in SQLite, up to the entries still waiting in story_entries (PendingPostings adds
 * those): a new document is placed with a few indexed look-ups, whatever the store's size.
 */
export class SqliteStoryTables implements StoryTables {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      // Many keys in one query: a JSON array of keys as the one parameter.
      frequencies: db.prepare<[string], { key: string; n: number }>('SELECT key, n FROM story_keys WHERE key IN (SELECT value FROM json_each(?))'),
      terms: db.prepare<[string, string], { story: string; language: string; key: string; full: number; portable: number }>(
        'SELECT story, language, key, full, portable FROM story_terms WHERE story IN (SELECT value FROM json_each(?)) AND key IN (SELECT value FROM json_each(?))',
      ),
      size: db.prepare<[string], { n: number }>('SELECT n FROM story_sizes WHERE story = ?'),
      allTerms: db.prepare<[string], { language: string; key: string; full: number; portable: number }>('SELECT language, key, full, portable FROM story_terms WHERE story = ?'),
      postings: db.prepare<[string], { key: string; doc: string }>('SELECT key, doc FROM story_postings WHERE key IN (SELECT value FROM json_each(?))'),
      stories: db.prepare<[string], { doc: string; story: string }>('SELECT doc, story FROM story_docs WHERE doc IN (SELECT value FROM json_each(?))'),
      growStory: db.prepare<[string]>('INSERT INTO story_sizes (story, n) VALUES (?, 1) ON CONFLICT(story) DO UPDATE SET n = n + 1'),
      mergeSizes: db.prepare<[string, string]>('UPDATE story_sizes SET n = n + coalesce((SELECT n FROM story_sizes WHERE story = ?), 0) WHERE story = ?'),
      dropSize: db.prepare<[string]>('DELETE FROM story_sizes WHERE story = ?'),
      doc: db.prepare<[string], { story: string }>('SELECT story FROM story_docs WHERE doc = ?'),
      count: db.prepare<[], { n: number }>("SELECT n FROM story_counts WHERE name = 'documents'"),
      countOne: db.prepare("UPDATE story_counts SET n = n + 1 WHERE name = 'documents'"),
      addDoc: db.prepare<[string, string]>('INSERT INTO story_docs (doc, story) VALUES (?, ?)'),
      addEntry: db.prepare<[string, string]>('INSERT INTO story_entries (doc, entry) VALUES (?, ?)'),
      // A document's story now (regrouping and merges move documents whose entries wait).
      pending: db.prepare<[], { doc: string; story: string; entry: string }>('SELECT e.doc, d.story, e.entry FROM story_entries e JOIN story_docs d ON d.doc = e.doc ORDER BY e.rowid'),
      clearPending: db.prepare('DELETE FROM story_entries'),
      // Folded entries are written a row a call, sorted as the table is, so that each page is found once (a JSON array
      // of 20,000 rows a call, read with json_each, took 15 % longer).
      foldKeys: db.prepare<[string, number]>('INSERT INTO story_keys (key, n) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET n = n + excluded.n'),
      foldPosting: db.prepare<[string, string]>('INSERT OR IGNORE INTO story_postings (key, doc) VALUES (?, ?)'),
      foldTerms: db.prepare<[string, string, string, number, number]>(
        'INSERT INTO story_terms (story, language, key, full, portable) VALUES (?, ?, ?, ?, ?) ON CONFLICT(story, key, language) DO UPDATE SET full = full + excluded.full, portable = portable + excluded.portable',
      ),
      moveAliases: db.prepare('UPDATE story_aliases SET story = ? WHERE story = ?'),
      addAlias: db.prepare('INSERT INTO story_aliases (alias, story) VALUES (?, ?) ON CONFLICT(alias) DO UPDATE SET story = excluded.story'),
      addTerms: db.prepare<[string, string, string]>(
        "INSERT INTO story_terms (story, language, key, full, portable) SELECT ?, ?, value ->> '$[0]', value ->> '$[1]', value ->> '$[2]' FROM json_each(?) WHERE true ON CONFLICT(story, key, language) DO UPDATE SET full = full + excluded.full, portable = portable + excluded.portable",
      ),
      newStory: db.prepare('INSERT INTO story_ids DEFAULT VALUES'),
      storyKeys: db.prepare<[string, number], { key: string }>('SELECT key FROM story_terms WHERE story = ? GROUP BY key ORDER BY SUM(full) DESC, key LIMIT ?'),
      mergeDocs: db.prepare('UPDATE story_docs SET story = ? WHERE story = ?'),
      mergeTerms: db.prepare(
        'INSERT INTO story_terms (story, language, key, full, portable) SELECT ?, language, key, full, portable FROM story_terms WHERE story = ? ON CONFLICT(story, key, language) DO UPDATE SET full = full + excluded.full, portable = portable + excluded.portable',
      ),
      dropTerms: db.prepare('DELETE FROM story_terms WHERE story = ?'),
      members: db.prepare<[string], { doc: string }>('SELECT doc FROM story_docs WHERE story IN (SELECT value FROM json_each(?)) ORDER BY rowid'),
      moveDoc: db.prepare<[string, string]>('UPDATE story_docs SET story = ? WHERE doc = ?'),
    };
    // A store from before the count was kept is counted once (only then: an insert would wait for other writers).
    if (!this.statements.count.get()) db.prepare("INSERT OR IGNORE INTO story_counts (name, n) VALUES ('documents', (SELECT COUNT(*) FROM story_docs))").run();
  }

  frequencies(keys: readonly string[]): Map<string, number> {
    return new Map(keys.length ? this.statements.frequencies.all(JSON.stringify(keys)).map((row) => [row.key, row.n]) : []);
  }
  storyTerms(stories: readonly string[], keys: readonly string[]): Map<string, StoryTerms> {
    const found = new Map<string, StoryTerms>(stories.map((story) => [story, { size: this.statements.size.get(story)?.n ?? 0, terms: new Map() }]));
    if (!stories.length || !keys.length) return found;
    for (const row of this.statements.terms.all(JSON.stringify(stories), JSON.stringify(keys))) {
      const { terms } = found.get(row.story)!;
      (terms.get(row.language) ?? terms.set(row.language, new Map()).get(row.language)!).set(row.key, [row.full, row.portable]);
    }
    return found;
  }
  storyOf(doc: string): string | undefined {
    return this.statements.doc.get(doc)?.story;
  }
  postingsOf(keys: readonly string[]): Map<string, string[]> {
    const found = new Map<string, string[]>();
    if (keys.length) for (const { key, doc } of this.statements.postings.all(JSON.stringify(keys))) (found.get(key) ?? found.set(key, []).get(key)!).push(doc);
    return found;
  }
  storiesOf(docs: readonly string[]): Map<string, string> {
    return new Map(docs.length ? this.statements.stories.all(JSON.stringify(docs)).map((row) => [row.doc, row.story]) : []);
  }
  allTerms(story: string): StoryTerms {
    const terms = new Map<string, Map<string, [number, number]>>();
    for (const row of this.statements.allTerms.all(story)) (terms.get(row.language) ?? terms.set(row.language, new Map()).get(row.language)!).set(row.key, [row.full, row.portable]);
    return { size: this.statements.size.get(story)?.n ?? 0, terms };
  }
  documentCount(): number {
    return this.statements.count.get()?.n ?? 0;
  }
  addDocument(doc: string, story: string, entry: IndexEntry): void {
    this.statements.addDoc.run(doc, story);
    this.statements.addEntry.run(doc, JSON.stringify(entry));
    this.statements.growStory.run(story);
    this.statements.countOne.run();
  }
  pendingEntries(): PendingEntry[] {
    const entries: PendingEntry[] = [];
    for (const { doc, story, entry } of this.statements.pending.all()) {
      const read = readEntry(entry);
      // A damaged entry (a file damaged outside) leaves its document in its story, with nothing added to the tables.
      if (read) entries.push({ doc, story, entry: read });
    }
    return entries;
  }
  fold({ counts, postings, sums }: PendingIndex): void {
    for (const [key, n] of [...counts].sort(byFirst)) this.statements.foldKeys.run(key, n);
    const posted = [...postings].flatMap(([key, docs]) => docs.map((doc) => [key, doc] as const));
    for (const [key, doc] of posted.sort(byFirst)) this.statements.foldPosting.run(key, doc);
    // In key order, story by story: one sort of a story's keys at a time, not of some 300,000 rows at 100,000 documents.
    for (const story of [...sums.keys()].sort()) {
      const rows: Array<[string, string, number, number]> = [];
      for (const [language, byKey] of sums.get(story)!) for (const [key, [full, portable]] of byKey) rows.push([key, language, full, portable]);
      for (const [key, language, full, portable] of rows.sort(byFirst)) this.statements.foldTerms.run(story, language, key, full, portable);
    }
    this.statements.clearPending.run();
  }
  keysOfStory(story: string, limit: number): string[] {
    return this.statements.storyKeys.all(story, limit).map((row) => row.key);
  }
  merge(from: string, into: string): void {
    this.statements.mergeDocs.run(into, from);
    this.statements.mergeSizes.run(from, into);
    this.statements.dropSize.run(from);
    this.statements.mergeTerms.run(into, from);
    this.statements.dropTerms.run(from);
    this.statements.moveAliases.run(into, from);
    this.statements.addAlias.run(from, into);
  }
  membersOf(stories: readonly string[]): string[] {
    return this.statements.members.all(JSON.stringify(stories)).map((row) => row.doc);
  }
  regroup(stories: readonly string[], members: readonly RegroupedMember[], aliases: ReadonlyArray<readonly [string, string]>): void {
    for (const story of stories) {
      this.statements.dropTerms.run(story);
      this.statements.dropSize.run(story);
    }
    for (const { doc, story, language, weights } of members) {
      this.statements.moveDoc.run(story, doc);
      this.statements.addTerms.run(story, language, JSON.stringify(weights));
      this.statements.growStory.run(story);
    }
    for (const [from, into] of aliases) {
      this.statements.moveAliases.run(into, from);
      this.statements.addAlias.run(from, into);
    }
  }
  newStory(): string {
    return `s${this.statements.newStory.run().lastInsertRowid}`;
  }
}

function byFirst(a: readonly [string, ...unknown[]], b: readonly [string, ...unknown[]]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** A waiting entry read back from its JSON, or null when it is not one. */
function readEntry(json: string): IndexEntry | null {
  try {
    const entry = JSON.parse(json) as IndexEntry;
    const valid =
      typeof entry?.language === 'string' &&
      Array.isArray(entry.proposing) &&
      entry.proposing.every((key) => typeof key === 'string') &&
      Array.isArray(entry.weights) &&
      entry.weights.every((w) => Array.isArray(w) && typeof w[0] === 'string' && typeof w[1] === 'number' && typeof w[2] === 'number');
    return valid ? entry : null;
  } catch {
    return null;
  }
}
