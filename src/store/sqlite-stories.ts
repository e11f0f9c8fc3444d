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
      frequency: db.prepare<[string], { n: number }>('SELECT n FROM story_keys WHERE key = ?'),
      postings: db.prepare<[string], { doc: string }>('SELECT doc FROM story_postings WHERE key = ?'),
      doc: db.prepare<[string], { story: string; keys: string }>('SELECT story, keys FROM story_docs WHERE doc = ?'),
      count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM story_docs'),
      addDoc: db.prepare('INSERT INTO story_docs (doc, story, keys) VALUES (?, ?, ?)'),
      addKey: db.prepare<[string], { n: number }>('INSERT INTO story_keys (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1 RETURNING n'),
      addPosting: db.prepare('INSERT INTO story_postings (key, doc) VALUES (?, ?)'),
      merge: db.prepare('UPDATE story_docs SET story = ? WHERE story = ?'),
      newStory: db.prepare('INSERT INTO story_ids DEFAULT VALUES'),
    };
    this.count = this.statements.count.get()!.n;
  }

  frequency(key: string): number {
    return this.statements.frequency.get(key)?.n ?? 0;
  }
  postings(key: string): readonly string[] {
    return this.statements.postings.all(key).map((row) => row.doc);
  }
  keysOf(doc: string): readonly string[] | undefined {
    const row = this.statements.doc.get(doc);
    return row ? (JSON.parse(row.keys) as string[]) : undefined;
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
