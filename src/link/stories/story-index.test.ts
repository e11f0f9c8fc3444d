import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSqliteStore } from '../../store/sqlite.js';
import { seededRandom, shuffled, syntheticDocuments } from './synthetic.js';

/** Places documents one by one in a fresh store and returns each document's story. */
function placeAll(docs: ReturnType<typeof syntheticDocuments>): Map<string, string> {
  const store = openSqliteStore(':memory:');
  for (const doc of docs) store.placeInStory(doc.id, { features: doc.features, language: 'en' });
  const storyOf = new Map(store.stories().flatMap((s) => s.documents.map((doc) => [doc, s.id] as const)));
  store.close();
  return storyOf;
}

/** B-cubed F1 of a found partition against a true one (both as item → label). */
function bcubed(found: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): number {
  let precision = 0;
  let recall = 0;
  for (const [item, label] of found) {
    const same = [...found].filter(([, l]) => l === label).map(([i]) => i);
    const right = same.filter((other) => truth.get(other) === truth.get(item)).length;
    precision += right / same.length;
    recall += right / [...truth.values()].filter((l) => l === truth.get(item)).length;
  }
  return (2 * precision * recall) / (precision + recall) / found.size;
}

test('the store places arriving documents in the story they are most like, nearly whatever the order', () => {
  const docs = syntheticDocuments(6, 10, 3);
  const truth = new Map(docs.map((d) => [d.id, String(d.story)]));
  const inOrder = placeAll(docs);
  assert.ok(bcubed(inOrder, truth) >= 0.9, `in order: ${bcubed(inOrder, truth)}`);
  const random = seededRandom(9);
  for (let round = 0; round < 3; round++) {
    const shuffledOrder = placeAll(shuffled(docs, random));
    // Documents placed early see rarer keys than the later batch does, so stories may still split: a little, never across stories.
    assert.ok(bcubed(shuffledOrder, truth) >= 0.9 && bcubed(shuffledOrder, inOrder) >= 0.85, `order ${round}: ${bcubed(shuffledOrder, truth)}`);
  }
});

test('a document placed twice keeps its story; its closest matches are members of the story it joined', () => {
  const docs = syntheticDocuments(2, 4, 5);
  const store = openSqliteStore(':memory:');
  const placed = docs.map((doc) => store.placeInStory(doc.id, { features: doc.features, language: 'en' }));
  const joined = placed.slice(1, 4).find((p) => p.story === placed[0]!.story);
  assert.ok(joined, 'a document of the first story joins it');
  // Matches may come from any story (a copy put in another story is still compared), the closest first.
  assert.ok(joined.matches.length > 0 && store.storyOf(joined.matches[0]!) === joined.story, 'its closest match is in its story');
  assert.ok(placed.slice(4).every((p) => p.story !== placed[0]!.story), 'the other story stays apart');
  assert.deepEqual(store.placeInStory(docs[0]!.id, { features: docs[5]!.features, language: 'en' }), { story: placed[0]!.story, matches: [] });
  store.close();
});

test('a translation is among the matches of a document even where a dozen of its own language share more of its keys', () => {
  const store = openSqliteStore(':memory:');
  const words = (prefix: string) => Array.from({ length: 20 }, (_, i) => ({ key: `w:${prefix}${i}`, count: 2, scale: 1, portable: false }));
  const names = Array.from({ length: 5 }, (_, i) => ({ key: `n:name${i}`, count: 1, scale: 1, portable: true }));
  for (let i = 0; i < 12; i++) store.placeInStory(`en-${i}`, { features: [...words('en'), ...names], language: 'en' });
  store.placeInStory('de-translation', { features: [...words('de'), ...names], language: 'de' });
  // Unrelated documents make the words and names rare.
  for (let i = 0; i < 30; i++) store.placeInStory(`other-${i}`, { features: words(`other${i}-`), language: 'en' });
  const { matches } = store.placeInStory('en-new', { features: [...words('en'), ...names], language: 'en' });
  assert.ok(matches.includes('de-translation'), `matches: ${matches.join(', ')}`);
  assert.ok(matches.filter((m) => m.startsWith('en-')).length >= 10, 'the documents sharing most keys are still compared');
  store.close();
});
