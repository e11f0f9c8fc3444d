import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StoryIndex } from '../link/stories/story-index.js';
import { syntheticDocuments } from '../link/stories/synthetic.js';
import { PendingPostings } from './pending-postings.js';
import { createStoryTables, SqliteStoryTables } from './sqlite-stories.js';

// 720 documents in 12 stories: a country is held by more documents than its postings keep, and stories that share one
// are compared and may merge.
const docs = syntheticDocuments(12, 60, 11);
const placementOf = (i: number) => ({ features: docs[i]!.features, language: i % 3 === 0 ? 'de' : 'en' });

function newIndex(foldAt: number): { db: Database.Database; postings: PendingPostings; index: StoryIndex } {
  const db = new Database(':memory:');
  createStoryTables(db);
  const postings = new PendingPostings(new SqliteStoryTables(db), foldAt);
  return { db, postings, index: new StoryIndex(postings) };
}

/** The story tables. Sums are compared exactly: weights are multiples of 2^-32, so the grouping of their additions does not change them. */
function tables(db: Database.Database): unknown[] {
  return [
    db.prepare('SELECT doc, story FROM story_docs ORDER BY doc').all(),
    db.prepare('SELECT doc, entry FROM story_entries ORDER BY doc').all(),
    db.prepare('SELECT key, n FROM story_keys ORDER BY key').all(),
    db.prepare('SELECT key, doc FROM story_postings ORDER BY key, doc').all(),
    db.prepare('SELECT story, n FROM story_sizes ORDER BY story').all(),
    db.prepare('SELECT story, language, key, full, portable FROM story_terms ORDER BY story, key, language').all(),
  ];
}

test('documents placed with their entries folded every 7 documents get the stories and matches of entries folded only at the end, and the same tables', () => {
  const [often, once] = [newIndex(7), newIndex(Number.MAX_SAFE_INTEGER)];
  docs.forEach((doc, i) => assert.deepEqual(often.index.place(doc.id, placementOf(i)), once.index.place(doc.id, placementOf(i)), doc.id));
  const waiting = (db: Database.Database) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM story_entries').get()!.n;
  assert.equal(waiting(once.db), docs.length, 'every entry waits in a row of its own');
  assert.equal(once.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM story_keys').get()!.n, 0, 'and no key is in the tables yet');
  assert.ok(waiting(often.db) < 7);
  for (const { postings } of [often, once]) postings.fold();
  assert.equal(waiting(once.db), 0);
  assert.deepEqual(tables(often.db), tables(once.db));
  const large = once.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM story_sizes WHERE n >= 10').get()!.n;
  assert.ok(large >= 4, `${large} stories of 10 documents or more`);
  assert.ok(once.db.prepare<[], { n: number }>('SELECT max(n) AS n FROM story_keys').get()!.n > 201, 'a key is held by more documents than its postings keep');
});

test('entries left waiting (a process stopped before folding) are read back by the next connection, which answers and places as the first one would', () => {
  const first = newIndex(Number.MAX_SAFE_INTEGER);
  const half = docs.length / 2;
  docs.slice(0, half).forEach((doc, i) => first.index.place(doc.id, placementOf(i)));
  // A second index over the same tables, as a process opening the store after a crash.
  const second = new PendingPostings(new SqliteStoryTables(first.db));
  assert.equal(second.pending, true);
  const keys = [...new Set(docs.flatMap((doc) => doc.features.map((f) => f.key)))];
  const stories = [...new Set(docs.slice(0, half).map((doc) => first.postings.storyOf(doc.id)!))];
  assert.deepEqual(second.frequencies(keys), first.postings.frequencies(keys));
  assert.deepEqual(second.postingsOf(keys), first.postings.postingsOf(keys));
  assert.deepEqual(second.storyTerms(stories, keys), first.postings.storyTerms(stories, keys));
  assert.deepEqual(second.keysOfStory(stories[0]!, 30), first.postings.keysOfStory(stories[0]!, 30));
  // The rest placed by the second connection: as the first would have placed them.
  const reference = newIndex(Number.MAX_SAFE_INTEGER);
  docs.slice(0, half).forEach((doc, i) => reference.index.place(doc.id, placementOf(i)));
  const resumed = new StoryIndex(second);
  docs.slice(half).forEach((doc, i) => assert.deepEqual(resumed.place(doc.id, placementOf(half + i)), reference.index.place(doc.id, placementOf(half + i)), doc.id));
});

test('a waiting entry damaged in the file is skipped as it is read back: its document keeps its story, the others count', () => {
  const first = newIndex(Number.MAX_SAFE_INTEGER);
  docs.slice(0, 20).forEach((doc, i) => first.index.place(doc.id, placementOf(i)));
  first.db.prepare("UPDATE story_entries SET entry = '{\"weights\": 5' WHERE doc = ?").run(docs[3]!.id);
  first.db.prepare("UPDATE story_entries SET entry = '{\"language\": \"en\", \"weights\": [[1, 2, 3]], \"proposing\": []}' WHERE doc = ?").run(docs[4]!.id);
  const second = new PendingPostings(new SqliteStoryTables(first.db));
  const key = docs[0]!.features[0]!.key;
  const holders = docs.slice(0, 20).filter((doc, i) => i !== 3 && i !== 4 && doc.features.some((f) => f.key === key)).length;
  assert.equal(second.frequencies([key]).get(key), holders);
  assert.equal(second.storyOf(docs[3]!.id), first.postings.storyOf(docs[3]!.id));
  const placed = new StoryIndex(second).place(docs[20]!.id, placementOf(20));
  assert.equal(placed.story, first.postings.storyOf(docs[0]!.id), 'the next document of the same story joins it');
});

test('a fold rolled back with its transaction is forgotten: the entries wait again, and placements go on as if the transaction never ran', () => {
  const [store, reference] = [newIndex(5), newIndex(5)];
  const placeIn = (target: ReturnType<typeof newIndex>, i: number) => target.db.transaction(() => target.index.place(docs[i]!.id, placementOf(i)))();
  for (let i = 0; i < 12; i++) assert.deepEqual(placeIn(store, i), placeIn(reference, i));
  // Documents 12 to 14 fill the window: the fold runs inside the transaction, which then fails.
  assert.throws(() =>
    store.db.transaction(() => {
      for (let i = 12; i < 15; i++) store.index.place(docs[i]!.id, placementOf(i));
      assert.equal(store.postings.pending, false, 'folded inside the transaction');
      throw new Error('failure after the fold');
    })(),
  );
  store.postings.forget();
  assert.equal(store.postings.pending, true, 'documents 10 and 11 wait again');
  for (let i = 15; i < 40; i++) assert.deepEqual(placeIn(store, i), placeIn(reference, i), docs[i]!.id);
  for (const { postings } of [store, reference]) postings.fold();
  assert.deepEqual(tables(store.db), tables(reference.db));
});

test('folding empties the waiting entries, which live apart: story_docs stays a few pages however many entries it has seen', () => {
  const { db, postings, index } = newIndex(Number.MAX_SAFE_INTEGER);
  docs.forEach((doc, i) => index.place(doc.id, placementOf(i)));
  const pages = (name: string) => db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM dbstat WHERE name = ?').get(name)!.n;
  const entryPages = pages('story_entries');
  postings.fold();
  assert.ok(entryPages > 50, `${entryPages} pages of entries before the fold`);
  assert.ok(pages('story_docs') <= 12, `story_docs: ${pages('story_docs')} pages for ${docs.length} documents`);
  assert.equal(db.prepare<[], { n: number }>('SELECT count(*) AS n FROM story_entries').get()!.n, 0);
  const free = db.pragma('freelist_count', { simple: true }) as number;
  assert.ok(free >= entryPages - 2, `${free} pages free for other rows`);
});

test('a store that kept the waiting entries in story_docs has them moved, its rows kept in order, and answers and places as before', () => {
  const [first, reference] = [newIndex(Number.MAX_SAFE_INTEGER), newIndex(Number.MAX_SAFE_INTEGER)];
  const [quarter, half] = [docs.length / 4, docs.length / 2];
  for (const target of [first, reference]) {
    docs.slice(0, quarter).forEach((doc, i) => target.index.place(doc.id, placementOf(i)));
    target.postings.fold();
    docs.slice(quarter, half).forEach((doc, i) => target.index.place(doc.id, placementOf(quarter + i)));
  }
  // Rewrite the tables as stores before kept them: the entry in the document's row, NULL once folded (the first quarter).
  first.db.exec(`CREATE TABLE old (doc TEXT PRIMARY KEY, story TEXT NOT NULL, entry TEXT);
    INSERT INTO old (rowid, doc, story, entry) SELECT d.rowid, d.doc, d.story, e.entry FROM story_docs d LEFT JOIN story_entries e USING (doc) ORDER BY d.rowid;
    DROP TABLE story_docs; DROP TABLE story_entries; ALTER TABLE old RENAME TO story_docs;
    CREATE INDEX story_docs_story ON story_docs(story); CREATE INDEX story_docs_pending ON story_docs(doc) WHERE entry IS NOT NULL;`);
  const order = first.db.prepare('SELECT rowid, doc, story FROM story_docs ORDER BY rowid').all();
  createStoryTables(first.db);
  assert.deepEqual(first.db.prepare("SELECT name FROM pragma_table_info('story_docs')").all(), [{ name: 'doc' }, { name: 'story' }]);
  assert.deepEqual(first.db.prepare('SELECT rowid, doc, story FROM story_docs ORDER BY rowid').all(), order);
  assert.equal(first.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM story_entries').get()!.n, half - quarter);
  assert.deepEqual(first.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'story_docs' AND name NOT LIKE 'sqlite_%'").all(), [{ name: 'story_docs_story' }]);
  const reopened = new StoryIndex(new PendingPostings(new SqliteStoryTables(first.db)));
  docs.slice(half).forEach((doc, i) => assert.deepEqual(reopened.place(doc.id, placementOf(half + i)), reference.index.place(doc.id, placementOf(half + i)), doc.id));
});
