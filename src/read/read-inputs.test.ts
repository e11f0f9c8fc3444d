import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedRoot, tempDir as tempFolder } from '../test-support.js';
import { MAX_FILE_BYTES, readInputs, readListedFile } from './read-inputs.js';
import type { ReadResult } from './read-inputs.js';

test('a folder is read recursively, each format into records with ids and metadata', () => {
  const dir = tempFolder();
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.txt'), 'Plain article text.');
  writeFileSync(join(dir, 'nested', 'b.html'), '<html><body><p>Hello page.</p></body></html>');
  writeFileSync(join(dir, 'c.json'), JSON.stringify([{ content: 'First.', title: 'One' }, { body: 'Second.', date: '2024-03-04' }]));
  writeFileSync(join(dir, 'd.jsonl'), `${JSON.stringify({ text: 'Line one.', source: 'Outlet', language: 'en' })}\n${JSON.stringify({ text: 'Line two.', url: 'https://example.org/x' })}\n`);
  writeFileSync(join(dir, 'e.json'), JSON.stringify({ articleBody: 'Single.', headline: 'Single record', author: { name: 'Jana Keller' } }));
  const { records, errors } = readInputs([dir], dir);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    records.map((r) => [r.id, r.format, r.source, r.line]),
    [
      ['a', 'text', 'a.txt', null],
      ['c#1', 'json', 'c.json', 1],
      ['c#2', 'json', 'c.json', 2],
      ['d#1', 'json', 'd.jsonl', 1],
      ['d#2', 'json', 'd.jsonl', 2],
      ['e', 'json', 'e.json', null],
      ['b', 'html', join('nested', 'b.html'), null],
    ],
  );
  const byId = new Map(records.map((r) => [r.id, r]));
  assert.equal(byId.get('c#1')!.meta.title, 'One');
  assert.equal(byId.get('c#2')!.meta.published, '2024-03-04');
  assert.equal(byId.get('d#1')!.meta.outlet, 'Outlet');
  assert.equal(byId.get('e')!.meta.byline, 'Jana Keller');
  assert.equal(new Set(records.map((r) => r.hash)).size, records.length);
});

test('a broken JSONL line is an error with its line number; the good lines are read', () => {
  const dir = tempFolder();
  writeFileSync(join(dir, 'feed.jsonl'), `{"text":"Good one."}\n{"text": "broken\n{"text":"Good two."}\n`);
  const { records, errors } = readInputs([join(dir, 'feed.jsonl')], dir);
  assert.deepEqual(records.map((r) => r.id), ['feed#1', 'feed#3']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.line, 2);
  assert.match(errors[0]!.message, /line 2 is not valid JSON/);
});

test('bad files each get one error naming the problem and the batch goes on', () => {
  const dir = tempFolder();
  writeFileSync(join(dir, 'good.txt'), 'A real article.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
  writeFileSync(join(dir, 'notext.json'), JSON.stringify({ title: 'No body here' }));
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 100 * 1024 * 1024); // a sparse 100 MB file
  const { records, errors } = readInputs([dir, join(dir, 'missing.txt')], dir);
  assert.deepEqual(records.map((r) => r.id), ['good']);
  const bySource = new Map(errors.map((e) => [e.source, e.message]));
  assert.match(bySource.get('empty.txt')!, /empty/);
  assert.match(bySource.get('blank.txt')!, /no text/);
  assert.match(bySource.get('image.txt')!, /PNG/);
  assert.match(bySource.get('notext.json')!, /no text/);
  assert.match(bySource.get('huge.txt')!, new RegExp(`100\\.0 MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`));
  assert.match(bySource.get(join(dir, 'missing.txt'))!, /no such file/);
});

test('a file listed and then deleted before it is read is a problem naming it; the others are read', () => {
  const dir = tempFolder();
  writeFileSync(join(dir, 'kept.txt'), 'A real article.');
  const result: ReadResult = { records: [], errors: [] };
  readListedFile(join(dir, 'vanished.txt'), 'vanished.txt', result);
  readListedFile(join(dir, 'kept.txt'), 'kept.txt', result);
  assert.deepEqual(result.records.map((r) => r.id), ['kept']);
  assert.deepEqual(result.errors.map((e) => [e.source, e.message]), [['vanished.txt', 'was listed but is gone (deleted or moved before it was read)']]);
});

test('links are followed once: loops back to a folder end, a file reached twice is read once', () => {
  const dir = tempFolder();
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'a', 'one.txt'), 'First article.');
  writeFileSync(join(dir, 'a', 'b', 'two.txt'), 'Second article.');
  symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'up')); // a loop
  symlinkSync('..', join(dir, 'a', 'parent')); // a second loop
  symlinkSync(join(dir, 'a', 'one.txt'), join(dir, 'a', 'same.txt'));
  symlinkSync(join(dir, 'a', 'self'), join(dir, 'a', 'self')); // a link to itself
  const { records, errors } = readInputs([join(dir, 'a'), join(dir, 'a', 'one.txt')], dir);
  assert.deepEqual(records.map((r) => r.source), [join('a', 'b', 'two.txt'), join('a', 'one.txt')]);
  assert.deepEqual(errors.map((e) => [e.source, e.message]), [[join('a', 'self'), 'is a link that leads back to itself']]);
});

test('a FIFO is skipped with a message (never waited on); a .json holding no record is a problem', () => {
  const dir = tempFolder();
  writeFileSync(join(dir, 'good.txt'), 'A real article.');
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  writeFileSync(join(dir, 'none.json'), '[]');
  const { records, errors } = readInputs([dir], dir);
  assert.deepEqual(records.map((r) => r.id), ['good']);
  assert.deepEqual(errors.map((e) => [e.source, e.message]), [
    ['pipe.txt', 'a FIFO (named pipe), not a file of articles; skipped'],
    ['none.json', 'the JSON holds no record (an empty list)'],
  ]);
  const fifo: ReadResult = { records: [], errors: [] };
  readListedFile(join(dir, 'pipe.txt'), 'pipe.txt', fifo);
  assert.deepEqual(fifo.errors.map((e) => e.message), ['a FIFO (named pipe), not a file of articles; skipped'], 'a file replaced by a FIFO after listing');
});

test('the shared empty-array.json is a problem, not silence', { skip: !existsSync(join(sharedRoot, 'bench', 'hostile')) }, () => {
  const dir = tempFolder();
  copyFileSync(join(sharedRoot, 'bench', 'hostile', 'empty-array.json'), join(dir, 'empty-array.json'));
  const { records, errors } = readInputs([dir], dir);
  assert.equal(records.length, 0);
  assert.match(errors[0]!.message, /holds no record/);
});
