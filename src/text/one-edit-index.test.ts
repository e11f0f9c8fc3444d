import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance } from './name-key.js';
import { OneEditIndex } from './one-edit-index.js';

test('the first key one edit away is found: a letter changed, dropped or added, never two edits', () => {
  const index = new OneEditIndex();
  for (const key of ['nazarbayev', 'ablyazov', 'tokayev', 'ablyazova']) index.add(key);
  assert.equal(index.first('abkyazov'), 1);
  assert.equal(index.first('ablyazv'), 1);
  assert.equal(index.first('ablyazovs'), 1);
  assert.equal(index.first('ablyazova'), 1);
  assert.equal(index.first('tokaev'), 2);
  assert.equal(index.first('tokaeva'), undefined);
  assert.equal(index.first('alblyazvo'), undefined);
});

test('the index answers as comparing the word with every key in order would', () => {
  const letters = 'abcde';
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const next = random(7);
  const word = () => Array.from({ length: 3 + Math.floor(next() * 4) }, () => letters[Math.floor(next() * letters.length)]).join('');
  const keys = Array.from({ length: 300 }, word);
  const index = new OneEditIndex();
  for (const key of keys) index.add(key);
  for (let i = 0; i < 300; i++) {
    const asked = word();
    const scanned = keys.findIndex((key) => editDistance(key, asked, 1) <= 1);
    assert.equal(index.first(asked), scanned === -1 ? undefined : scanned, asked);
  }
});

test('a word is compared with the keys that share a deletion with it, not with every key', () => {
  const index = new OneEditIndex();
  for (let i = 0; i < 5000; i++) index.add(`surname${i.toString(36)}`);
  for (let i = 0; i < 1000; i++) index.first(`othername${i.toString(36)}`);
  // Comparing each word with every key would be 5,000,000 comparisons.
  assert.ok(index.compared <= 1000, `${index.compared} comparisons`);
  assert.equal(index.first('surname1zz'), 71);
});
