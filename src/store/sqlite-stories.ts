import type Database from 'better-sqlite3';
import type { IndexEntry, RegroupedMember, StoryTerms } from '../link/stories/story-index.js';
import type { PendingIndex, PendingEntry, StoryTables } from './pending-postings.js';

const STORY_SCHEMA = `
  -- A document's story, and while its keys are not yet in story_keys, story_postings and story_terms, what it adds to
  -- them (IndexEntry as JSON; see pending-postings.ts): one row a document instead of hundreds of random index writes.
  CREATE TABLE IF NOT EXISTS story_docs (doc TEXT PRIMARY KEY, story TEXT NOT NULL, entry TEXT);
  CREATE INDEX IF NOT EXISTS story_docs_story ON story_docs(story);
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
 */
export function createStoryTables(db: Database.Database): void {
  const has = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  if (has('story_docs') && !has('story_terms')) db.exec('DROP TABLE story_docs; DROP TABLE story_keys; DROP TABLE story_postings; DROP TABLE IF EXISTS story_counts;');
  const postings = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'story_postings'").get();
  // Postings kept in a rowid table with a second index (stores written before they were clustered) are copied over once.
  if (postings && !/WITHOUT ROWID/i.test(postings.sql))
    db.transaction(() => db.exec('ALTER TABLE story_postings RENAME TO story_postings_old; DROP INDEX IF EXISTS story_postings_key;' + STORY_SCHEMA + 'INSERT OR IGNORE INTO story_postings SELECT key, doc FROM story_postings_old; DROP TABLE story_postings_old;'))();
  // A store written before story sizes were kept has them counted once.
  if (has('story_docs') && !has('story_sizes')) db.transaction(() => db.exec(STORY_SCHEMA + 'INSERT INTO story_sizes (story, n) SELECT story, COUNT(*) FROM story_docs GROUP BY story;'))();
  // Stores written before kept every key of each document there as JSON (5–10 KB a document), which nothing read.
  if (has('story_docs') && db.prepare("SELECT 1 FROM pragma_table_info('story_docs') WHERE name = 'keys'").get()) db.exec('ALTER TABLE story_docs DROP COLUMN keys');
  // Stores written before documents' entries waited in story_docs had every entry written into the tables at once.
  if (has('story_docs') && !db.prepare("SELECT 1 FROM pragma_table_info('story_docs') WHERE name = 'entry'").get()) db.exec('ALTER TABLE story_docs ADD COLUMN entry TEXT');
  db.exec(STORY_SCHEMA);
  // The entries still waiting, found without reading every row.
  db.exec('CREATE INDEX IF NOT EXISTS story_docs_pending ON story_docs(doc) WHERE entry IS NOT NULL');
}

/**
 * The story index's postings and sums in SQLite, up to the entries still waiting in story_docs (PendingPostings adds
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
      addDoc: db.prepare<[string, string, string]>('INSERT INTO story_docs (doc, story, entry) VALUES (?, ?, ?)'),
      // Without statistics, SQLite would rather scan every row in rowid order than sort the few waiting ones.
      pending: db.prepare<[], { doc: string; story: string; entry: string }>('SELECT doc, story, entry FROM story_docs INDEXED BY story_docs_pending WHERE entry IS NOT NULL ORDER BY rowid'),
      clearPending: db.prepare('UPDATE story_docs SET entry = NULL WHERE entry IS NOT NULL'),
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
    this.statements.addDoc.run(doc, story, JSON.stringify(entry));
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
    const terms: Array<[string, string, string, number, number]> = [];
    for (const [story, byLanguage] of sums) for (const [language, byKey] of byLanguage) for (const [key, [full, portable]] of byKey) terms.push([story, language, key, full, portable]);
    terms.sort((a, b) => byFirst(a, b) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    for (const row of terms) this.statements.foldTerms.run(...row);
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
