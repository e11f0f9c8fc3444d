import assert from 'node:assert/strict';
import { openSync, utimesSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { tableFolders, tempDir } from '../test-support.js';
import { BlockedBytes, blockIndexFile, openSortedTable, readBlockIndex, writeBlockIndexes } from './blocked-bytes.js';
import { readTableBytes, unpackTables } from './data-files.js';
import { byteOrder, SortedBytes } from './sorted-bytes.js';

/** A table's bytes written to a file with its block index read back, as the build and a process would. */
function blocked(table: Buffer): BlockedBytes {
  const path = `${tempDir('blocked-')}/table.tsv`;
  writeFileSync(path, table);
  const index = readBlockIndex(Buffer.from(blockIndexFile(table)), table.length);
  assert.ok(index);
  return new BlockedBytes(openSync(path, 'r'), index);
}

test('a table read by block answers every key as the whole table does, across blocks and lines longer than one', () => {
  const keys = Array.from({ length: 3_000 }, (_, i) => `${['k', 'ü', 'д', '\u{10000}'][i % 4]}${((i * 7919) % 3_000).toString(36)}`).sort(byteOrder);
  // Values from 1 to 9,000 bytes: some lines span several blocks of 4 KB; one line has no value.
  const lines = keys.map((key, i) => (i === 17 ? key : `${key}\t${'ß'.repeat(1 + ((i * 37) % 300) * (i % 97 === 0 ? 15 : 1))}`));
  const table = Buffer.from(lines.join('\n'), 'utf8');
  const index = blockIndexFile(table);
  assert.ok(index.split('\n').length > 100, 'the table spans many blocks');
  const [byBlock, whole] = [blocked(table), new SortedBytes(table)];
  const asked = keys.flatMap((key) => [key, `${key}0`, key.slice(0, -1), key.toUpperCase()]);
  for (const key of [...asked, '', '\t', 'a', 'zzzz', '\u{10ffff}', '\ud800']) assert.equal(byBlock.get(key), whole.get(key), key);
  assert.equal(byBlock.get(keys[17]!), '');
  assert.equal(byBlock.get(keys[0]!), whole.get(keys[0]!));
  assert.notEqual(byBlock.get(keys.at(-1)!), undefined);
});

test('the English concept table read by block answers as read whole', () => {
  const table = readTableBytes('concepts/en.gpl.tsv.gz');
  assert.ok(table);
  const [byBlock, whole] = [blocked(table), new SortedBytes(table)];
  const keys = table.toString('utf8').split('\n').filter((_, i) => i % 13 === 0).map((line) => line.slice(0, line.indexOf('\t')));
  assert.ok(keys.length > 1_000);
  for (const key of keys.flatMap((key) => [key, `${key}s`])) assert.equal(byBlock.get(key), whole.get(key), key);
});

test('a block index that is not one, or is of a table of another size, is refused', () => {
  const table = Buffer.from('a\t1\nb\t2\n');
  const file = Buffer.from(blockIndexFile(table));
  assert.deepEqual(readBlockIndex(file, table.length)?.starts, [0]);
  assert.equal(readBlockIndex(file, table.length + 1), null);
  assert.equal(readBlockIndex(Buffer.from('not json\n0\ta\n'), table.length), null);
  assert.equal(readBlockIndex(Buffer.from(file.toString().replace('\n0\t', '\n5\t')), table.length), null);
});

test('a table is read by block when the build indexed its copy after it, and whole otherwise', () => {
  const { packed, unpacked } = tableFolders('tables-', { 'concepts/xx.gpl.tsv.gz': 'haus\thouse\nschiff\tship\n' });
  // Before the build wrote an index: read whole.
  assert.ok(openSortedTable('concepts/xx.gpl.tsv.gz', packed, unpacked) instanceof SortedBytes);
  unpackTables(packed, unpacked);
  assert.deepEqual(writeBlockIndexes('concepts/', packed, unpacked), ['concepts/xx.gpl.tsv.gz']);
  const indexed = openSortedTable('concepts/xx.gpl.tsv.gz', packed, unpacked);
  assert.ok(indexed instanceof BlockedBytes);
  assert.equal(indexed.get('schiff'), 'ship');
  assert.equal(indexed.get('boot'), undefined);
  // A copy of another size than its index says (written by hand) is not read by block.
  writeFileSync(new URL('concepts/xx.gpl.tsv', unpacked), 'haus\thouse\n');
  assert.ok(openSortedTable('concepts/xx.gpl.tsv.gz', packed, unpacked) instanceof SortedBytes);
  // A table compiled again after its index is read whole, from the gzip.
  writeFileSync(new URL('concepts/xx.gpl.tsv.gz', packed), gzipSync('boot\tboat\n'));
  const later = new Date(Date.now() + 60_000);
  utimesSync(new URL('concepts/xx.gpl.tsv.gz', packed), later, later);
  const recompiled = openSortedTable('concepts/xx.gpl.tsv.gz', packed, unpacked);
  assert.ok(recompiled instanceof SortedBytes);
  assert.equal(recompiled.get('boot'), 'boat');
  assert.equal(openSortedTable('concepts/none.tsv.gz', packed, unpacked), null);
});
