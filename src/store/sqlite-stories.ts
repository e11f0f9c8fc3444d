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
`;

/** The story index's postings in SQLite: a new document is placed with a few indexed look-ups, whatever the store's size. */
export class SqlitePostings implements StoryPostings {
  private readonly statements;
  private count: number;

  constructor(db: Database.Database) {
    this.statements = {
      // Many keys in one query: a JSON array of keys as the one parameter.
      frequencies: db.prepare<[string], { key: string; n: number }>('SELECT key, n FROM story_keys WHERE key IN (SELECT value FROM json_each(?))'),
      postings: db.prepare<[string], { key: string; doc: string }>('SELECT key, doc FROM story_postings WHERE key IN (SELECT value FROM json_each(?))'),
      keysOf: db.prepare<[string], { doc: string; keys: string }>('SELECT doc, keys FROM story_docs WHERE doc IN (SELECT value FROM json_each(?))'),
      doc: db.prepare<[string], { story: string }>('SELECT story FROM story_docs WHERE doc = ?'),
      count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM story_docs'),
      addDoc: db.prepare('INSERT INTO story_docs (doc, story, keys) VALUES (?, ?, ?)'),
      addKey: db.prepare<[string], { n: number }>('INSERT INTO story_keys (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1 RETURNING n'),
      addPosting: db.prepare('INSERT INTO story_postings (key, doc) VALUES (?, ?)'),
      merge: db.prepare('UPDATE story_docs SET story = ? WHERE story = ?'),
      newStory: db.prepare('INSERT INTO story_ids DEFAULT VALUES'),
    };
    this.count = this.statements.count.get()!.n;
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
    return this.count;
  }
  add(doc: string, keys: readonly string[], story: string): void {
    this.statements.addDoc.run(doc, story, JSON.stringify(keys));
    for (const key of keys) {
      // Postings stop growing past the point where the key stops proposing candidates.
      if (this.statements.addKey.get(key)!.n <= MAX_POSTING + 1) this.statements.addPosting.run(key, doc);
    }
    this.count++;
  }
  merge(from: string, into: string): void {
    this.statements.merge.run(into, from);
  }
  newStory(): string {
    return `s${this.statements.newStory.run().lastInsertRowid}`;
  }
}
