import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverage, spansWithin } from './span-index.js';

const spans: Array<[number, number]> = [[30, 40], [0, 10], [5, 25], [50, 50], [42, 48]];

test('coverage says whether a position lies in any span, as a scan of every span would', () => {
  const covered = coverage(spans);
  for (let position = -1; position <= 55; position++) assert.equal(covered(position), spans.some(([s, e]) => s <= position && e > position), String(position));
  assert.equal(coverage([])(3), false);
});

test('spansWithin gives the spans wholly inside a range, in their own order, as a scan would', () => {
  const within = spansWithin(spans);
  for (const range of [[0, 60], [0, 10], [4, 26], [29, 49], [50, 50], [11, 29]] as Array<[number, number]>) {
    const scanned = spans.flatMap(([s, e], i) => (s >= range[0] && e <= range[1] ? [i] : []));
    assert.deepEqual(within(range), scanned, range.join('-'));
  }
});
