import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HandOut } from './hand-out.js';

/** Workers asking in turn (`order`, worker indices, repeated) until every record is handed out: the records each got. */
function handOutAll(languages: ReadonlyArray<string | null>, workers: number, order: readonly number[], size = 4): number[][] {
  const handOut = new HandOut(languages.length, workers, (i) => languages[i]!);
  const got: number[][] = Array.from({ length: workers }, () => []);
  for (let turn = 0; !handOut.finished; turn++) got[order[turn % order.length]!]!.push(...handOut.take(order[turn % order.length]!, languages.length, size));
  return got;
}

test('two workers asking in turn keep one language each, however the input interleaves them', () => {
  const languages = Array.from({ length: 48 }, (_, i) => (i % 2 === 0 ? 'de' : 'ru'));
  const [first, second] = handOutAll(languages, 2, [0, 1]);
  assert.deepEqual(new Set(first!.map((i) => languages[i])), new Set(['de']));
  assert.deepEqual(new Set(second!.map((i) => languages[i])), new Set(['ru']));
  assert.deepEqual([...first!, ...second!].sort((a, b) => a - b), languages.map((_, i) => i));
});

test('languages are shared out between the workers: with four, two each', () => {
  const cycle = ['fr', 'de', 'en', 'ru', 'de', 'fr', 'ru', 'en'];
  const languages = Array.from({ length: 96 }, (_, i) => cycle[i % cycle.length]!);
  const got = handOutAll(languages, 2, [0, 1]);
  const languagesOf = got.map((indices) => new Set(indices.map((i) => languages[i])));
  assert.deepEqual(languagesOf.map((set) => set.size), [2, 2]);
  assert.equal(new Set([...languagesOf[0]!, ...languagesOf[1]!]).size, 4);
});

test('a worker with no record of its languages left takes the first ones left: nobody waits while there is work', () => {
  const languages = ['de', 'de', 'ru', 'ru', 'de', null, 'ru', 'en'];
  // Worker 1 never asks (it is still getting ready): worker 0 takes everything, a language at a time, in input order.
  const [alone] = handOutAll(languages, 2, [0], 8);
  assert.deepEqual(alone, [0, 1, 4, 2, 3, 6, 5, 7]);
});

test('nothing is handed out at or past the limit, the window ahead of the caller', () => {
  const handOut = new HandOut(10, 2, () => 'de');
  assert.deepEqual(handOut.take(0, 3, 8), [0, 1, 2]);
  assert.equal(handOut.available(3), false);
  assert.deepEqual(handOut.take(1, 3, 8), []);
  assert.equal(handOut.end, 3);
  assert.deepEqual(handOut.take(1, 6, 2), [3, 4]);
  assert.equal(handOut.remaining, 5);
});
