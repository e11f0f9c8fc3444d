import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KEY_HASH_START, keyHash, SortedLines } from './sorted-lines.js';

test('SortedLines finds every key of a sorted table, and only those', () => {
  const keys = ['Ab', 'a', 'ab', 'abc', 'b', 'ba', 'zz', 'é', 'судно'];
  const table = new SortedLines(keys.map((key, i) => (i === 3 ? key : `${key}\t${i} x`)).join('\n'));
  keys.forEach((key, i) => assert.equal(table.get(key), i === 3 ? '' : `${i} x`, key));
  for (const missing of ['', 'A', 'aa', 'abcd', 'c', 'zzz', 'судн']) assert.equal(table.get(missing), undefined, missing);
});

test('SortedLines reads a value with tabs in it and a table ending in a newline', () => {
  const table = new SortedLines('haus\tflags\tnoun\nschiff\tS\n');
  assert.equal(table.get('haus'), 'flags\tnoun');
  assert.equal(table.get('schiff'), 'S');
  assert.equal(new SortedLines('').get('haus'), undefined);
});

test('SortedLines refuses most absent keys by its filter, and never a present one', () => {
  const keys = Array.from({ length: 20_000 }, (_, i) => `stem${i.toString(36)}`).sort();
  const table = new SortedLines(keys.map((key) => `${key}\tflags`).join('\n'));
  for (const key of keys) assert.equal(table.mayHold(key), true, key);
  const absent = Array.from({ length: 20_000 }, (_, i) => `other${i.toString(36)}`);
  const passed = absent.filter((key) => table.mayHold(key)).length;
  // Two bits of sixteen per key: about 1.4 % of absent keys pass; a broken filter passes all, or refuses present keys above.
  assert.ok(passed < absent.length * 0.05, `${passed} absent keys passed the filter`);
  for (const key of absent) assert.equal(table.get(key), undefined, key);
});

test('SortedLines finds keys among lines of very different lengths, before and after its filter is built', () => {
  // Probes land inside long values and on short lines alike; each must step back to its own line's key.
  const keys = Array.from({ length: 3_000 }, (_, i) => `k${((i * 7919) % 3_000).toString(36)}`).sort();
  const value = (i: number) => (i % 5 === 0 ? 'v'.repeat(1 + ((i * 37) % 400)) : String(i));
  const table = new SortedLines(keys.map((key, i) => (i % 11 === 0 ? key : `${key}\t${value(i)}`)).join('\n'));
  const absent = keys.flatMap((key) => [`${key}0`, key.slice(0, -1) + '~', key.toUpperCase()]).filter((key) => !keys.includes(key));
  for (const round of ['without filter', 'with filter']) {
    keys.forEach((key, i) => assert.equal(table.get(key), i % 11 === 0 ? '' : value(i), `${key} ${round}`));
    for (const key of absent) assert.equal(table.get(key), undefined, `${key} ${round}`);
    assert.equal(table.mayHold(keys[0]!), true);
  }
  assert.equal(new SortedLines('\nb\tx').get(''), '');
  assert.equal(new SortedLines('\nb\tx').get('b'), 'x');
});

test('SortedLines answers mayHold exactly by search until its filter pays, then by the filter, and never refuses a present key', () => {
  const keys = Array.from({ length: 5_000 }, (_, i) => `stem${i.toString(36)}`).sort();
  const table = new SortedLines(keys.map((key) => `${key}\tflags`).join('\n'));
  // The text is about 60,000 characters: a few hundred questions come before the filter, and each is exact.
  const absent = Array.from({ length: 5_000 }, (_, i) => `other${i.toString(36)}`);
  assert.deepEqual(absent.slice(0, 100).filter((key) => table.mayHold(key)), []);
  for (const key of keys) assert.equal(table.mayHold(key), true, key);
  const passed = absent.filter((key) => table.mayHold(key)).length;
  assert.ok(passed > 0 && passed < absent.length * 0.05, `${passed} absent keys passed the filter`);
});

test('SortedLines tests a key given in two parts as the joined key, before and after its filter is built', () => {
  const keys = Array.from({ length: 3_000 }, (_, i) => `haus${i.toString(36)}`).sort();
  const table = new SortedLines(keys.map((key) => `${key}\tx`).join('\n'));
  const joined = (key: string, tail: string) => {
    const form = `${key.slice(0, 5)}ungen`;
    return table.mayHoldJoined(form, 5, tail, keyHash(KEY_HASH_START, form, 0, 5));
  };
  // Searches first (the text is 30,000 characters: 150 of them), exact either way.
  for (const key of keys.slice(0, 50)) {
    assert.equal(joined(key, key.slice(5)), true, key);
    assert.equal(joined(key, 'zz!'), false, key);
  }
  // Then the filter: every present key still passes, and few absent ones.
  for (let round = 0; round < 3; round++) for (const key of keys) assert.equal(joined(key, key.slice(5)), true, key);
  const passed = keys.filter((key) => joined(key, 'zz!')).length;
  assert.ok(passed < keys.length * 0.05, `${passed} absent keys passed`);
});

test('SortedLines builds its filter from the keys get did not find, never from those it found', () => {
  const keys = Array.from({ length: 5_000 }, (_, i) => `stem${i.toString(36)}`).sort();
  const text = keys.map((key) => `${key}\tflags`).join('\n');
  const absent = Array.from({ length: 5_000 }, (_, i) => `other${i.toString(36)}`);
  // Found keys (a concept table's usual traffic) build nothing: the next questions are still answered exactly by search.
  const found = new SortedLines(text);
  for (const key of keys) assert.equal(found.get(key), 'flags');
  assert.deepEqual(absent.slice(0, 200).filter((key) => found.mayHold(key)), []);
  // Missed keys (most capitalised words asked of a place table) do: about 300 misses of a 60,000-character text, then
  // the filter answers, and lets a few absent keys through as a filter does, while every answer of get stays exact.
  const missed = new SortedLines(text);
  for (const key of absent.slice(0, 400)) assert.equal(missed.get(key), undefined, key);
  // Before, mayHold would have searched for its first 300 questions and refused every absent key.
  const passed = absent.slice(0, 300).filter((key) => missed.mayHold(key)).length;
  assert.ok(passed > 0 && passed < 300 * 0.05, `${passed} absent keys passed the filter`);
  for (const key of keys) assert.equal(missed.get(key), 'flags', key);
  for (const key of absent) assert.equal(missed.get(key), undefined, key);
});
