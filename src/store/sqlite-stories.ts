import type Database from 'better-sqlite3';
import { MAX_POSTING } from '../link/candidates.js';
import type { StoryPostings } from '../link/story-index.js';

export const STORY_SCHEMA = `
  CREATE TABLE IF NOT EXISTS story_docs (doc TEXT PRIMARY KEY, story TEXT NOT NULL, keys TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS story_docs_story ON story_docs(story);
  CREATE TABLE IF NOT EXISTS story_keys (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS story_postings (key TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS story_postings_key ON story_postings(key);
  CREATE TABLE IF NOT EXISTS story_ids (id INTEGER PRIMARY KEY AUTOINCREMENT);
  -- A merged story's old id, and the story it now belongs to: old links stay valid.
  CREATE TABLE IF NOT EXISTS story_aliases (alias TEXT PRIMARY KEY, story TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS story_aliases_story ON story_aliases(story);
  -- How many documents are placed, kept in the same transactions as story_docs (counting rows each time is slow, and a
  -- count cached in memory goes stale when a transaction rolls back or another process writes).
  CREATE TABLE IF NOT EXISTS story_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
`;

/** The story index's postings in SQLite: a new document is placed with a few indexed look-ups, whatever the store's size. */
export class SqlitePostings implements StoryPostings {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      // Many keys in one query: a JSON array of keys as the one parameter.
      frequencies: db.prepare<[string], { key: string; n: number }>('SELECT key, n FROM story_keys WHERE key IN (SELECT value FROM json_each(?))'),
      postings: db.prepare<[string], { key: string; doc: string }>('SELECT key, doc FROM story_postings WHERE key IN (SELECT value FROM json_each(?))'),
      keysOf: db.prepare<[string], { doc: string; keys: string }>('SELECT doc, keys FROM story_docs WHERE doc IN (SELECT value FROM json_each(?))'),
      doc: db.prepare<[string], { story: string }>('SELECT story FROM story_docs WHERE doc = ?'),
      count: db.prepare<[], { n: number }>("SELECT n FROM story_counts WHERE name = 'documents'"),
      countOne: db.prepare("UPDATE story_counts SET n = n + 1 WHERE name = 'documents'"),
      addDoc: db.prepare('INSERT INTO story_docs (doc, story, keys) VALUES (?, ?, ?)'),
      addKey: db.prepare<[string], { n: number }>('INSERT INTO story_keys (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1 RETURNING n'),
      addPosting: db.prepare('INSERT INTO story_postings (key, doc) VALUES (?, ?)'),
      merge: db.prepare('UPDATE story_docs SET story = ? WHERE story = ?'),
      moveAliases: db.prepare('UPDATE story_aliases SET story = ? WHERE story = ?'),
      addAlias: db.prepare('INSERT INTO story_aliases (alias, story) VALUES (?, ?) ON CONFLICT(alias) DO UPDATE SET story = excluded.story'),
      newStory: db.prepare('INSERT INTO story_ids DEFAULT VALUES'),
    };
    // A store from before the count was kept is counted once (only then: an insert would wait for other writers).
    if (!this.statements.count.get()) db.prepare("INSERT OR IGNORE INTO story_counts (name, n) VALUES ('documents', (SELECT COUNT(*) FROM story_docs))").run();
  }

  frequencies(keys: readonly string[]): Map<string, number> {
    return new Map(keys.length ? this.statements.frequencies.all(JSON.stringify(keys)).map((row) => [row.key, row.n]) : []);
  }
  postings(keys: readonly string[]): Map<string, readonly string[]> {
    const found = new Map<string, string[]>();
    if (keys.length) for (const { key, doc } of this.statements.postings.all(JSON.stringify(keys))) (found.get(key) ?? found.set(key, []).get(key)!).push(doc);
    return found;
  }
  keysOf(docs: readonly string[]): Map<string, readonly string[]> {
    return new Map(docs.length ? this.statements.keysOf.all(JSON.stringify(docs)).map((row) => [row.doc, JSON.parse(row.keys) as string[]]) : []);
  }
  storyOf(doc: string): string | undefined {
    return this.statements.doc.get(doc)?.story;
  }
  documentCount(): number {
    return this.statements.count.get()?.n ?? 0;
  }
  add(doc: string, keys: readonly string[], story: string): void {
    this.statements.addDoc.run(doc, story, JSON.stringify(keys));
    for (const key of keys) {
      // Postings stop growing past the point where the key stops proposing candidates.
      if (this.statements.addKey.get(key)!.n <= MAX_POSTING + 1) this.statements.addPosting.run(key, doc);
    }
    this.statements.countOne.run();
  }
  merge(from: string, into: string): void {
    this.statements.merge.run(into, from);
    this.statements.moveAliases.run(into, from);
    this.statements.addAlias.run(from, into);
  }
  newStory(): string {
    return `s${this.statements.newStory.run().lastInsertRowid}`;
  }
}
