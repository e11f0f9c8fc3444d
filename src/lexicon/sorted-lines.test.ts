import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SortedLines } from './sorted-lines.js';

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
