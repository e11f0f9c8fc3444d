import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  assert.match(run.stderr, /1 document \(1 analysed, 0 from the store\), 1 problem,/);
  const dossier = JSON.parse(readFileSync(join(dir, 'out', 'dossier.json'), 'utf8'));
  assert.match(readFileSync(join(dir, 'out', 'report.html'), 'utf8'), /Strait closed to ships/);
  assert.equal(dossier.schema, 'triangulate.dossier/1');
  assert.equal(dossier.documents[0].title, 'Strait closed to ships');
  assert.deepEqual(dossier.errors, [{ source: 'empty.txt', line: null, message: 'the file is empty' }]);

  const again = triangulate(['analyze', '.', '--out', 'out', '--strict'], dir);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /1 document \(0 analysed, 1 from the store\), 1 problem,/, 'the previous output is not read as input');
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
  // A name that an object answers with one of its own members is as unknown as any other.
  const member = triangulate(['analyze', 'a.txt', '--out', 'out', '--format', 'json,constructor'], dir);
  assert.equal(member.status, 2, member.stderr);
  assert.match(member.stderr, /unknown format constructor/);
});

test('serve on a port in use says so and exits 1', async () => {
  const { createServer } = await import('node:net');
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as import('node:net').AddressInfo;
  try {
    const dir = tempDir();
    const run = triangulate(['serve', '--port', String(port), '--db', 'store.db', '--create'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`port ${port} is already in use`));
  } finally {
    busy.close();
  }
});

test('a missing input path is named and exits 1 before any analysis', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'A short article that ends properly with a full stop and says enough.');
  const run = triangulate(['analyze', 'a.txt', 'notes', '--out', 'out'], dir);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^notes: no such file or folder$/m);
  assert.equal(existsSync(join(dir, 'out', 'dossier.json')), false);
});

test('a folder with nothing readable says so and exits 1', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const run = triangulate(['analyze', 'in', '--out', 'out'], dir);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /nothing to analyse: no readable article in in/);
  const empty = triangulate(['analyze', '.', '--out', 'out2'], tempDir());
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /nothing to analyse/);
});

test('--out that cannot be written is refused before the analysis, never a hang', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'A short article that ends properly with a full stop and says enough.');
  writeFileSync(join(dir, 'file'), 'not a folder');
  const notFolder = triangulate(['analyze', 'a.txt', '--out', 'file'], dir);
  assert.equal(notFolder.status, 1);
  assert.match(notFolder.stderr, /--out file: is not a folder/);
  const under = triangulate(['analyze', 'a.txt', '--out', 'file/out'], dir);
  assert.equal(under.status, 1);
  assert.match(under.stderr, /--out file\/out: .*file is not a folder/);
  for (const special of ['/proc/triangulate-out', '/proc/self', '/dev/null']) {
    const run = spawnSync(process.execPath, [bin, 'analyze', 'a.txt', '--out', special, '--db', ':memory:'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.signal, null, `${special} must not hang`);
    assert.equal(run.status, 1, `${special}: ${run.stderr}`);
    assert.match(run.stderr, new RegExp(`--out ${special}: `));
    assert.doesNotMatch(run.stderr, /analysing|document/, 'refused before the analysis');
  }
  if (process.getuid?.() !== 0) {
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o500);
    const locked = triangulate(['analyze', 'a.txt', '--out', 'locked/out'], dir);
    assert.equal(locked.status, 1);
    assert.match(locked.stderr, /--out locked\/out: cannot write there \(EACCES\)/);
  }
});

test('--version prints the package version', () => {
  const run = triangulate(['--version'], tempDir());
  assert.equal(run.status, 0);
  assert.equal(run.stdout.trim(), JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
});

test('serve --db on a missing file refuses unless --create is given', () => {
  const dir = tempDir();
  const run = triangulate(['serve', '--db', 'typo.db', '--port', '0'], dir);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /--db typo\.db: no such store; check the path, or add --create/);
  assert.equal(existsSync(join(dir, 'typo.db')), false, 'no empty store is left behind');
});

test('--format csv writes claims, quotes, entities and framing spreadsheets', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'Strait closed to ships\n\nTraffic through the strait was suspended on Sunday after a bulk carrier ran aground, officials said.');
  const run = triangulate(['analyze', 'a.txt', '--out', 'out', '--format', 'csv', '-q'], dir);
  assert.equal(run.status, 0, run.stderr);
  for (const file of ['claims.csv', 'quotes.csv', 'entities.csv', 'framing.csv']) assert.ok(existsSync(join(dir, 'out', file)), file);
  assert.equal(existsSync(join(dir, 'out', 'dossier.json')), false);
});
