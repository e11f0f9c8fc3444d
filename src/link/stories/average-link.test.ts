import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterStories } from './cluster-stories.js';
import type { StorySource } from './cluster-stories.js';
import { averageLink } from './average-link.js';
import { seededRandom, shuffled, syntheticDocuments } from './synthetic.js';

const partition = (stories: ReadonlyArray<{ documents: string[] }>) => stories.map((s) => [...s.documents].sort().join(' ')).sort();

test('shuffling the input changes no story, and the made-up stories are found', () => {
  const docs = syntheticDocuments(8, 12, 7);
  const sources: StorySource[] = docs.map(({ id, features }) => ({ id, title: null, published: null, language: 'en', features }));
  const first = partition(clusterStories(sources).stories);
  const truth = [...new Set(docs.map((d) => d.story))].map((story) => docs.filter((d) => d.story === story).map((d) => d.id).sort().join(' ')).sort();
  assert.deepEqual(first, truth);
  const random = seededRandom(42);
  for (let round = 0; round < 5; round++) assert.deepEqual(partition(clusterStories(shuffled(sources, random)).stories), first, `shuffle ${round}`);
});

test('average link does not chain two stories through one document close to a member of each', () => {
  const unit = (entries: Array<[string, number]>) => {
    const norm = Math.hypot(...entries.map(([, w]) => w));
    return new Map(entries.map(([k, w]) => [k, w / norm]));
  };
  const a = unit([['a1', 1], ['a2', 1], ['a3', 1]]);
  const b = unit([['b1', 1], ['b2', 1], ['b3', 1]]);
  // The bridge shares half its weight with a's members and half with b's.
  const bridge = unit([['a1', 1], ['a2', 1], ['b1', 1], ['b2', 1]]);
  const items = [a, a, a, bridge, b, b, b].map((vector) => ({ vector, portable: new Map<string, number>(), language: 'en' }));
  const all = items.map((_, i) => items.map((__, j) => j).filter((j) => j !== i));
  const groups = averageLink(items, all, { threshold: 0.5, crossLanguage: 1, attach: 1 });
  // Single link at 0.5 would make one story of all seven (bridge–a 0.58, bridge–b 0.58).
  assert.deepEqual(groups.map((g) => g.join(' ')).sort(), ['0 1 2 3', '4 5 6'], 'the bridge joins one story (the lower index on a tie), the stories stay apart');
});

test('documents in two languages join through their portable keys alone', () => {
  const en = new Map([['w:fire', 0.6], ['e:acme', 0.8]]);
  const fr = new Map([['w:incendie', 0.6], ['e:acme', 0.8]]);
  const items = [
    { vector: en, portable: new Map([['e:acme', 1]]), language: 'en' },
    { vector: fr, portable: new Map([['e:acme', 1]]), language: 'fr' },
  ];
  assert.deepEqual(averageLink(items, [[1], [0]], { threshold: 0.5, crossLanguage: 1, attach: 1 }), [[0, 1]]);
  assert.deepEqual(averageLink(items, [[1], [0]], { threshold: 0.5, crossLanguage: 0.4, attach: 1 }).length, 2, 'a cross-language weight below the threshold keeps them apart');
});

test('two tight pairs of one topic stay two stories under the relative check, and merge without it', () => {
  const unit = (entries: Array<[string, number]>) => {
    const norm = Math.hypot(...entries.map(([, w]) => w));
    return new Map(entries.map(([k, w]) => [k, w / norm]));
  };
  // Each pair shares its own event keys (cosine 0.8 inside a pair); the pairs share only topic words (0.4 across).
  const a = unit([['topic', 2], ['a', 2], ['x1', 1], ['x2', 1]]);
  const a2 = unit([['topic', 2], ['a', 2], ['x3', 1], ['x4', 1]]);
  const b = unit([['topic', 2], ['b', 2], ['y1', 1], ['y2', 1]]);
  const b2 = unit([['topic', 2], ['b', 2], ['y3', 1], ['y4', 1]]);
  const items = [a, a2, b, b2].map((vector) => ({ vector, portable: new Map<string, number>(), language: 'en' }));
  const all = items.map((_, i) => items.map((__, j) => j).filter((j) => j !== i));
  const plain = { threshold: 0.3, crossLanguage: 1, attach: 1 };
  assert.deepEqual(averageLink(items, all, plain), [[0, 1, 2, 3]], 'average link alone merges the topic');
  assert.deepEqual(averageLink(items, all, { ...plain, relative: 0.6, cohesionCap: 0.9 }), [[0, 1], [2, 3]]);
  assert.deepEqual(averageLink(items, all, { ...plain, relative: 0.6, cohesionCap: 0.5 }), [[0, 1, 2, 3]], 'a low cap lets the tight pairs merge again');
});
