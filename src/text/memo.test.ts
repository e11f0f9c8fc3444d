import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentCache } from './memo.js';

test('a recent cache drops the entry used longest ago, and a read counts as a use', () => {
  const cache = new RecentCache<number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  assert.equal(cache.get('a'), 1); // a is now newer than b
  cache.set('c', 3);
  assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [1, undefined, 3]);
});
