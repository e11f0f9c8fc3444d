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
