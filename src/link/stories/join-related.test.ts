import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinLoneRelated } from './join-related.js';

test('a document left alone joins the story of its translation', () => {
  assert.deepEqual(joinLoneRelated([[0, 1, 2], [3], [4, 5]], [[3, 1]]), [[0, 1, 2, 3], [4, 5]]);
  assert.deepEqual(joinLoneRelated([[0], [1], [2, 3]], [[0, 1]]), [[0, 1], [2, 3]], 'two lone translations make one story');
});

test('a relation between members of two stories merges nothing, and a lone document goes where most of its relations are', () => {
  assert.deepEqual(joinLoneRelated([[0, 1], [2, 3]], [[1, 2]]), [[0, 1], [2, 3]]);
  assert.deepEqual(joinLoneRelated([[0, 1], [2, 3, 4], [5]], [[5, 0], [5, 1], [5, 2]]), [[0, 1, 5], [2, 3, 4]]);
  assert.deepEqual(joinLoneRelated([[0, 1], [2, 3, 4], [5]], [[5, 0], [5, 2]]), [[0, 1], [2, 3, 4, 5]], 'on a tie, the larger story');
});

test('a lone document with no relation, or related to a document outside the groups, stays alone', () => {
  assert.deepEqual(joinLoneRelated([[0, 1], [2]], [[2, 9]]), [[0, 1], [2]]);
  assert.deepEqual(joinLoneRelated([[0, 1], [2]], []), [[0, 1], [2]]);
});

test('a tie between two very large stories is settled without spreading their members into one call', () => {
  const big = (from: number) => Array.from({ length: 200_000 }, (_, k) => from + k);
  const [first, second] = [big(0), big(200_000)];
  const lone = 400_000;
  const joined = joinLoneRelated([second, first, [lone]], [[lone, 5], [lone, 200_005]]);
  assert.equal(joined.length, 2);
  assert.ok(joined.find((group) => group[0] === 0)!.includes(lone), 'on a tie of count and size, the story with the smallest member');
});
