import type Database from 'better-sqlite3';
import { MAX_POSTING } from '../link/stories/story-candidates.js';
import type { HitLimits, IndexEntry, RegroupedMember, StoryPostings, StoryTerms } from '../link/stories/story-index.js';
import type { StoredPostings } from './cached-postings.js';

const STORY_SCHEMA = `
  CREATE TABLE IF NOT EXISTS story_docs (doc TEXT PRIMARY KEY, story TEXT NOT NULL);
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
  db.exec(STORY_SCHEMA);
}

/** The story index's postings and sums in SQLite: a new document is placed with a few indexed look-ups, whatever the store's size. */
export class SqlitePostings implements StoredPostings {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      // Many keys in one query: a JSON array of keys as the one parameter.
      frequencies: db.prepare<[string], { key: string; n: number }>('SELECT key, n FROM story_keys WHERE key IN (SELECT value FROM json_each(?))'),
      // Hits are summed in SQLite, per document once (a materialised table), then per story: thousands of postings a
      // document never cross into JavaScript. Rows of kind 0 are the best documents, of kind 1 the best stories.
      hits: db.prepare<[{ weighted: string; docs: number; portableDocs: number; stories: number }], { kind: number; doc: string | null; story: string; score: number }>(`
        WITH scored AS MATERIALIZED (
          SELECT p.doc AS doc, d.story AS story, SUM(w.value ->> '$[1]') AS score, SUM(w.value ->> '$[2]') AS portable
          FROM json_each(@weighted) AS w JOIN story_postings AS p ON p.key = w.value ->> '$[0]' JOIN story_docs AS d ON d.doc = p.doc
          GROUP BY p.doc)
        SELECT * FROM (SELECT 0 AS kind, doc, story, score FROM scored ORDER BY score DESC, doc LIMIT @docs)
        UNION ALL
        SELECT * FROM (SELECT 1 AS kind, NULL AS doc, story, SUM(score) AS score FROM scored GROUP BY story ORDER BY score DESC, story LIMIT @stories)
        UNION ALL
        SELECT * FROM (SELECT 2 AS kind, doc, story, portable AS score FROM scored WHERE portable > 0 ORDER BY portable DESC, doc LIMIT @portableDocs)`),
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
      addDoc: db.prepare('INSERT INTO story_docs (doc, story) VALUES (?, ?)'),
      // A document's keys, postings and sums are written with one statement each (a JSON array as the parameter): one
      // call per key would cost more than the writing itself.
      countKeys: db.prepare<[string], { key: string; n: number }>(
        'INSERT INTO story_keys (key, n) SELECT value, 1 FROM json_each(?) WHERE true ON CONFLICT(key) DO UPDATE SET n = n + 1 RETURNING key, n',
      ),
      addPostings: db.prepare<[string, string, number]>(
        'INSERT OR IGNORE INTO story_postings (key, doc) SELECT k.key, ? FROM json_each(?) AS j JOIN story_keys AS k ON k.key = j.value WHERE k.n <= ?',
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
  hits(weighted: ReadonlyArray<readonly [string, number, number]>, limits: HitLimits): ReturnType<StoryPostings['hits']> {
    if (weighted.length === 0) return { stories: [], docs: [], portableDocs: [] };
    const rows = this.statements.hits.all({ weighted: JSON.stringify(weighted), ...limits });
    const docs = (kind: number) => rows.filter((row) => row.kind === kind).map((row) => ({ doc: row.doc!, story: row.story, score: row.score }));
    return { stories: rows.filter((row) => row.kind === 1).map((row) => [row.story, row.score]), docs: docs(0), portableDocs: docs(2) };
  }
  countKeys(keys: readonly string[]): Map<string, number> {
    return new Map(keys.length ? this.statements.countKeys.all(JSON.stringify(keys)).map((row) => [row.key, row.n - 1]) : []);
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
  add(doc: string, story: string, { language, weights, proposing }: IndexEntry): void {
    this.statements.addDoc.run(doc, story);
    // Postings stop growing past the point where the key stops proposing candidates.
    this.statements.addPostings.run(doc, JSON.stringify(proposing), MAX_POSTING + 1);
    this.statements.addTerms.run(story, language, JSON.stringify(weights));
    this.statements.growStory.run(story);
    this.statements.countOne.run();
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
