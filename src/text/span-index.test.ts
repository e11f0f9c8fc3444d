import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverage, enclosure, spanAt, spansWithin, startIndex } from './span-index.js';

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

test('enclosure says whether any span holds a whole range, as a scan would', () => {
  const encloses = enclosure(spans);
  for (let from = -1; from <= 52; from++) {
    for (const length of [0, 1, 5, 12]) {
      const range: [number, number] = [from, from + length];
      assert.equal(encloses(range), spans.some(([s, e]) => s <= range[0] && e >= range[1]), range.join('-'));
    }
  }
  assert.equal(enclosure([])([1, 2]), false);
});

test('startIndex finds the first and last item starting in a range and passing a test, as a scan would, sorted or not', () => {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  for (const items of [sorted, spans]) {
    const index = startIndex(items, (span) => span[0]);
    const long = (span: readonly [number, number]) => span[1] - span[0] >= 6;
    for (const [from, to] of [[0, 60], [1, 30], [5, 5], [31, 49], [51, 60], [-5, -1]] as Array<[number, number]>) {
      const inside = (span: readonly [number, number]) => span[0] >= from && span[0] <= to;
      assert.equal(index.first(from, to), items.findIndex(inside), `first ${from}-${to}`);
      assert.equal(index.last(from, to), items.findLastIndex(inside), `last ${from}-${to}`);
      assert.equal(index.first(from, to, long), items.findIndex((s) => inside(s) && long(s)), `first long ${from}-${to}`);
      assert.equal(index.last(from, to, long), items.findLastIndex((s) => inside(s) && long(s)), `last long ${from}-${to}`);
    }
  }
});

test('spanAt gives the span holding a position, as a scan would, for sentences in order and for spans that are not', () => {
  const sentences: Array<[number, number]> = [[0, 12], [12, 12], [12, 30], [31, 40]];
  for (const list of [sentences, spans]) {
    const at = spanAt(list);
    for (let position = -1; position <= 55; position++) assert.equal(at(position), list.findIndex(([s, e]) => position >= s && position < e), String(position));
  }
  assert.equal(spanAt([])(0), -1);
});
