import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { readInputs } from '../read/read-inputs.js';
import { repoRoot, tempDir } from '../test-support.js';
import { openSqliteStore } from './sqlite.js';

const folder = join(repoRoot, 'test', 'fixtures', 'two-stories', 'articles');
const file = (name: string) => join(folder, name);

const hashOf = (name: string) => readInputs([file(name)]).records[0]!.hash;

/** A store holding a flood report and a strike report, closed, and an open connection to rewrite it as an older version did. */
async function olderStore(name: string): Promise<{ path: string; db: Database.Database }> {
  const path = join(tempDir(name), 'store.db');
  const first = openSqliteStore(path);
  await runAnalysis([file('a1-flood-wire-en.txt'), file('b1-strike-es.txt')], first);
  first.close();
  return { path, db: new Database(path) };
}

/** Opens the rewritten store (which updates it), runs `check` on a read-only connection, then places a repost of the flood report: it joins the flood's story. */
async function opensAndPlaces(path: string, check: (db: Database.Database) => void): Promise<void> {
  const store = openSqliteStore(path);
  try {
    const db = new Database(path, { readonly: true });
    try {
      check(db);
    } finally {
      db.close();
    }
    await runAnalysis([file('a4-flood-repost-en.txt')], store);
    assert.equal(store.storyOf(hashOf('a4-flood-repost-en.txt')), store.storyOf(hashOf('a1-flood-wire-en.txt')));
    assert.notEqual(store.storyOf(hashOf('b1-strike-es.txt')), store.storyOf(hashOf('a1-flood-wire-en.txt')));
  } finally {
    store.close();
  }
}

test('postings of a store written with the older rowid table are copied into the clustered one, and placement goes on', async () => {
  const { path, db } = await olderStore('postings');
  // Rewrite the postings the way stores before the clustered table kept them.
  const before = db.prepare('SELECT key, doc FROM story_postings ORDER BY key, doc').all();
  db.exec('CREATE TABLE old (key TEXT NOT NULL, doc TEXT NOT NULL); INSERT INTO old SELECT key, doc FROM story_postings; DROP TABLE story_postings;');
  db.exec('ALTER TABLE old RENAME TO story_postings; CREATE INDEX story_postings_key ON story_postings(key);');
  db.close();
  assert.ok(before.length > 10, `${before.length} postings`);
  await opensAndPlaces(path, (check) => {
    const sql = (check.prepare("SELECT sql FROM sqlite_master WHERE name = 'story_postings'").get() as { sql: string }).sql;
    assert.match(sql, /WITHOUT ROWID/);
    assert.deepEqual(check.prepare('SELECT key, doc FROM story_postings ORDER BY key, doc').all(), before);
  });
});

test("a store that kept each document's keys in story_docs loses the column, keeps its placements, and placement goes on", async () => {
  const { path, db } = await olderStore('story-docs-keys');
  // Rewrite story_docs the way stores before kept it: every key of each document as a JSON array.
  const before = db.prepare('SELECT doc, story FROM story_docs ORDER BY doc').all();
  db.exec("CREATE TABLE old (doc TEXT PRIMARY KEY, story TEXT NOT NULL, keys TEXT NOT NULL); INSERT INTO old SELECT doc, story, '[\"w:flood\"]' FROM story_docs; DROP TABLE story_docs;");
  db.exec('ALTER TABLE old RENAME TO story_docs; CREATE INDEX story_docs_story ON story_docs(story);');
  db.close();
  assert.equal(before.length, 2);
  await opensAndPlaces(path, (check) => {
    // The column of keys is gone (entries waiting to be folded have a table of their own: pending-postings.ts).
    assert.deepEqual(check.prepare("SELECT name FROM pragma_table_info('story_docs')").all(), [{ name: 'doc' }, { name: 'story' }]);
    assert.deepEqual(check.prepare('SELECT doc, story FROM story_docs ORDER BY doc').all(), before);
  });
});
