import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, tempDir } from '../test-support.js';

const bin = join(repoRoot, 'bin', 'triangulate.js');

function triangulate(args: string[], cwd: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
}

test('analyze writes dossier.json, reports problems on stderr and exits 0 (1 with --strict)', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), 'Strait closed to ships\n\nTraffic through the strait was suspended on Sunday after a bulk carrier ran aground, officials said.');
  writeFileSync(join(dir, 'empty.txt'), '');
  const run = triangulate(['analyze', '.', '--out', 'out'], dir);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /empty\.txt: the file is empty/);
  assert.match(run.stderr, /1 documents \(1 analysed, 0 from the store\), 1 problems/);
  const dossier = JSON.parse(readFileSync(join(dir, 'out', 'dossier.json'), 'utf8'));
  assert.match(readFileSync(join(dir, 'out', 'report.html'), 'utf8'), /Strait closed to ships/);
  assert.equal(dossier.schema, 'triangulate.dossier/1');
  assert.equal(dossier.documents[0].title, 'Strait closed to ships');
  assert.deepEqual(dossier.errors, [{ source: 'empty.txt', line: null, message: 'the file is empty' }]);

  const again = triangulate(['analyze', '.', '--out', 'out', '--strict'], dir);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /1 documents \(0 analysed, 1 from the store\), 1 problems/, 'the previous output is not read as input');
});

test('--db chooses where the store lives', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'A short article that ends properly with a full stop and says enough.');
  const run = triangulate(['analyze', 'a.txt', '--out', 'out', '--db', 'custom/store.db', '-q'], dir);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  assert.ok(readFileSync(join(dir, 'custom', 'store.db')).length > 0);
});

test('--format md writes a Markdown dossier; an unknown format is refused', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'Strait closed to ships\n\nTraffic through the strait was suspended on Sunday after a bulk carrier ran aground, officials said.');
  const run = triangulate(['analyze', 'a.txt', '--out', 'out', '--format', 'json,md'], dir);
  assert.equal(run.status, 0, run.stderr);
  const markdown = readFileSync(join(dir, 'out', 'dossier.md'), 'utf8');
  assert.match(markdown, /^# Strait closed to ships/);
  assert.match(markdown, /## Stories\n\n- \*\*s1\*\* Strait closed to ships/);
  assert.match(markdown, /## Claims/);
  assert.doesNotMatch(run.stderr, /analysing \[/, 'no progress bar when stderr is not a terminal');
  const wrong = triangulate(['analyze', 'a.txt', '--out', 'out', '--format', 'pdf'], dir);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /unknown format pdf/);
});

test('serve on a port in use says so and exits 1', async () => {
  const { createServer } = await import('node:net');
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as import('node:net').AddressInfo;
  try {
    const dir = tempDir();
    const run = triangulate(['serve', '--port', String(port), '--db', 'store.db'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`port ${port} is already in use`));
  } finally {
    busy.close();
  }
});
