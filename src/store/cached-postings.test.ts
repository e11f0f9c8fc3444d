import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StoryIndex } from '../link/stories/story-index.js';
import { syntheticDocuments } from '../link/stories/synthetic.js';
import { tempDir } from '../test-support.js';
import { CachedPostings } from './cached-postings.js';
import { openSqliteStore } from './sqlite.js';
import { PendingPostings } from './pending-postings.js';
import { createStoryTables, SqliteStoryTables } from './sqlite-stories.js';
import { snapshotDifferences, snapshotStore } from './snapshot.js';

// 720 documents in 12 stories: a country is held by more documents than a key's postings keep, and
// stories that share a country are compared and may merge.
const docs = syntheticDocuments(12, 60, 4);
const languageOf = (i: number) => (i % 4 === 0 ? 'de' : 'en');

function postingsOnNewDatabase(): { db: Database.Database; postings: PendingPostings } {
  const db = new Database(':memory:');
  createStoryTables(db);
  return { db, postings: new PendingPostings(new SqliteStoryTables(db)) };
}

for (const [label, limits] of [
  ['room for everything', undefined],
  // Keys and documents dropped every few placements, stories' sums dropped and read again or read in part.
  ['little room', { keys: 400, docs: 50, terms: 3000 }],
] as const)
test(`placing through the cache (${label}) gives the stories, matches and stored index that placing straight from SQLite gives`, () => {
  const plain = postingsOnNewDatabase();
  const cached = postingsOnNewDatabase();
  const cache = new CachedPostings(cached.postings, () => false, limits);
  const [direct, throughCache] = [new StoryIndex(plain.postings), new StoryIndex(cache)];
  const placed = docs.map((doc, i) => {
    const placement = { features: doc.features, language: languageOf(i) };
    const [expected, got] = [direct.place(doc.id, placement), throughCache.place(doc.id, placement)];
    assert.deepEqual(got, expected, `document ${i} (${doc.id})`);
    return expected;
  });
  assert.ok(new Set(placed.map((p) => p.story)).size >= 5 && placed.some((p) => p.matches.length >= 5), 'stories formed and documents matched');
  for (const { postings } of [plain, cached]) postings.fold();
  const counts = plain.db.prepare<[], { n: number }>('SELECT max(n) AS n FROM story_keys').get()!;
  assert.ok(counts.n > 201, `the most common key is held by ${counts.n} documents, past what its postings keep`);
  const tables = (db: Database.Database) =>
    ['story_docs', 'story_keys', 'story_postings', 'story_sizes', 'story_aliases'].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
  assert.deepEqual(tables(cached.db), tables(plain.db));
  // And what the cache answers now is what SQLite holds.
  const stories = [...new Set(placed.map((p) => p.story))];
  const keys = [...new Set(docs.flatMap((d) => d.features.map((f) => f.key)))];
  const round = (terms: ReturnType<CachedPostings['storyTerms']>) =>
    [...terms].map(([story, { size, terms: byLanguage }]) => [story, size, [...byLanguage].map(([language, byKey]) => [language, [...byKey].sort().map(([key, [full, portable]]) => [key, full.toFixed(9), portable.toFixed(9)])]).sort()]);
  assert.deepEqual(round(cache.storyTerms(stories, keys)), round(plain.postings.storyTerms(stories, keys)));
  assert.deepEqual(cache.keysOfStory(stories[0]!, 25), plain.postings.keysOfStory(stories[0]!, 25));
});

test('a document placed in a transaction that rolls back leaves nothing in the cache: the next placements are those of a store that never saw it', () => {
  const folder = tempDir('cached-postings-rollback');
  const [referencePath, storePath] = [join(folder, 'reference.db'), join(folder, 'store.db')];
  const [reference, store] = [openSqliteStore(referencePath), openSqliteStore(storePath)];
  const [first, rest] = [docs.slice(0, 40), docs.slice(40, 80)];
  for (const doc of first) {
    reference.transaction(() => reference.placeInStory(doc.id, { features: doc.features, language: 'en' }));
    store.transaction(() => store.placeInStory(doc.id, { features: doc.features, language: 'en' }));
  }
  // The same document again under another id, and a failure after it is placed: the savepoint rolls back.
  assert.throws(() =>
    store.transaction(() => {
      store.placeInStory('rolled-back', { features: docs[1]!.features, language: 'en' });
      throw new Error('failure after placing');
    }),
  );
  assert.equal(store.storyOf('rolled-back'), null);
  for (const doc of rest)
    assert.deepEqual(
      store.transaction(() => store.placeInStory(doc.id, { features: doc.features, language: 'en' })),
      reference.transaction(() => reference.placeInStory(doc.id, { features: doc.features, language: 'en' })),
      doc.id,
    );
  store.close();
  reference.close();
  assert.deepEqual(snapshotDifferences(snapshotStore(storePath), snapshotStore(referencePath)), []);
});

test('a store that another connection wrote to reads its stories again: placements are those of one connection placing everything', () => {
  const path = join(tempDir('cached-postings'), 'store.db');
  const [one, other] = [openSqliteStore(path), openSqliteStore(path)];
  const reference = openSqliteStore(':memory:');
  const place = (store: typeof one, doc: (typeof docs)[number]) => store.transaction(() => store.placeInStory(doc.id, { features: doc.features, language: 'en' }));
  docs.slice(0, 60).forEach((doc, i) => {
    // Every third document is placed by the other connection: the first one's cache must not miss its postings and sums.
    const expected = place(reference, doc);
    assert.deepEqual(place(i % 3 === 2 ? other : one, doc), expected, doc.id);
  });
  for (const store of [one, other, reference]) store.close();
});
