import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { tableFolders } from '../test-support.js';
import { readPackedTable, readTable, readTableBytes, unpackTables } from './data-files.js';

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

test('a table is read from its unpacked copy when the copy is newer, and from the gzip otherwise', () => {
  const { packed, unpacked } = tableFolders('tables-', { 'names/a.tsv.gz': 'alpha\t1\n', 'b.tsv.gz': 'beta\t2\n', 'notes.md': '# not a table' });
  assert.deepEqual(unpackTables(packed, unpacked).sort(), ['b.tsv.gz', 'names/a.tsv.gz']);
  assert.equal(readFileSync(new URL('names/a.tsv', unpacked), 'utf8'), 'alpha\t1\n');
  assert.equal(readPackedTable('names/a.tsv.gz', packed, unpacked)?.toString(), 'alpha\t1\n');
  // The copy is what is read while it is newer: changed by hand, it shows.
  writeFileSync(new URL('names/a.tsv', unpacked), 'copy\t1\n');
  assert.equal(readPackedTable('names/a.tsv.gz', packed, unpacked)?.toString(), 'copy\t1\n');
  // A table compiled again after its copy is read from the gzip.
  writeFileSync(new URL('names/a.tsv.gz', packed), gzipSync('alpha\t3\n'));
  const later = new Date(Date.now() + 60_000);
  utimesSync(new URL('names/a.tsv.gz', packed), later, later);
  assert.equal(readPackedTable('names/a.tsv.gz', packed, unpacked)?.toString(), 'alpha\t3\n');
  // Without a copy, the gzip; without the table, nothing (a copy alone is no table).
  rmSync(new URL('b.tsv', unpacked));
  assert.equal(readPackedTable('b.tsv.gz', packed, unpacked)?.toString(), 'beta\t2\n');
  rmSync(new URL('b.tsv.gz', packed));
  writeFileSync(new URL('b.tsv', unpacked), 'orphan\n');
  assert.equal(readPackedTable('b.tsv.gz', packed, unpacked), null);
  assert.ok(!readdirSync(new URL('names/', unpacked)).some((name) => name.endsWith('.tmp')));
});
