import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Generations, RecentCache } from './memo.js';

test('a recent cache drops the entry used longest ago, and a read counts as a use', () => {
  const cache = new RecentCache<number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  assert.equal(cache.get('a'), 1); // a is now newer than b
  cache.set('c', 3);
  assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [1, undefined, 3]);
});

test('Generations keeps what was used lately and drops, a half at a time, what was not', () => {
  const kept = new Generations<number>(4);
  kept.set('a', 1);
  kept.set('b', 2);
  kept.set('c', 3); // the young half (a, b) was full: it becomes the old one
  assert.equal(kept.get('a'), 1, 'found in the old half, and moved back to the young one');
  kept.set('d', 4); // the young half (c, a) was full: the old one (b) is dropped
  assert.equal(kept.get('b'), undefined);
  assert.deepEqual(['a', 'c', 'd'].map((key) => kept.get(key)), [1, 3, 4]);
  assert.equal(kept.has('b'), false);
});
