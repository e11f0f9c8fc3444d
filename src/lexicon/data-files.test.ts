import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTable, readTableBytes } from './data-files.js';

test('a table stored as UTF-16 after a byte-order mark reads as the same text as one stored as UTF-8', () => {
  // The Hunspell tables are UTF-16LE, the place index UTF-8: both open with their header line.
  const ukrainian = readTableBytes('hunspell/uk.tsv.gz')!;
  assert.deepEqual([ukrainian[0], ukrainian[1]], [0xff, 0xfe]);
  const text = readTable('hunspell/uk.tsv.gz')!;
  assert.ok(text.startsWith('{"format":"triangulate.hunspell/2"'), text.slice(0, 40));
  assert.equal(text, ukrainian.toString('utf16le', 2));
  assert.match(text, /\nКиїв\t/u);
  const places = readTableBytes('places/index.tsv.gz')!;
  assert.notEqual(places[0], 0xff);
  assert.equal(readTable('places/index.tsv.gz'), places.toString('utf8'));
  assert.equal(readTable('no/such-table.tsv.gz'), null);
});
