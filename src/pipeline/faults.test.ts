import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { generateStoryArticle } from '../bench/generate-stories.js';
import { createApp } from '../server/app.js';
import { openSqliteStore } from '../store/sqlite.js';
import { snapshotDifferences, snapshotStore } from '../store/snapshot.js';
import type { DocumentStore } from '../store/store.js';
import { repoRoot, tempDir } from '../test-support.js';
import { ANALYZER_VERSION } from './analyze.js';
import { runAnalysis, WRITE_BATCH } from './run-analysis.js';

const bin = join(repoRoot, 'bin', 'triangulate.js');
/** The content of ../shared/bench/hostile/crash-storykeys-eg.txt: ~125,000 story keys, once spread into push(). */
const POISON = 'e.g. '.repeat(130_000);
const GOOD = 'Strait closed to ships\n\nTraffic through the strait was suspended on Sunday after a bulk carrier ran aground, officials said.';

/** Generated articles (twelve to a story, five languages), each text once (the generator repeats some). */
const ARTICLES = [...new Set(Array.from({ length: 120 }, (_, i) => generateStoryArticle(i).text))];

/** Writes generated articles `from`..`to` - 1 into a folder; their paths. */
function writeArticles(dir: string, from: number, to: number): string[] {
  mkdirSync(dir, { recursive: true });
  return ARTICLES.slice(from, to).map((text, k) => {
    const path = join(dir, `article-${String(from + k).padStart(3, '0')}.txt`);
    writeFileSync(path, text);
    return path;
  });
}

/** Runs the CLI to the end (synchronously). */
function triangulate(args: string[], cwd: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
}

/** Starts the CLI; resolves with its exit code and stderr. */
function triangulateAsync(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

/** The stored stories as sets of document hashes (ids aside), sorted. */
function partition(dbPath: string): string[] {
  const store = openSqliteStore(dbPath);
  try {
    return store.stories().map((s) => [...s.documents].sort().join(' ')).sort();
  } finally {
    store.close();
  }
}

/**
 * B-cubed F1 of one partition against another (stories as space-separated
 * document lists, as `partition` gives them): 1 when they are the same.
 */
function bcubed(found: readonly string[], truth: readonly string[]): number {
  const storyOf = (stories: readonly string[]) => new Map(stories.flatMap((story) => story.split(' ').map((doc) => [doc, story.split(' ')] as const)));
  const [a, b] = [storyOf(found), storyOf(truth)];
  let precision = 0;
  let recall = 0;
  for (const [doc, members] of a) {
    const shared = members.filter((other) => b.get(doc)!.includes(other)).length;
    precision += shared / members.length;
    recall += shared / b.get(doc)!.length;
  }
  return (2 * precision * recall) / (precision + recall) / a.size;
}

const count = (dbPath: string, sql: string): number => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test('the story-keys poison is analysed like any long document, through the CLI, and the store stays usable', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'crash-storykeys-eg.txt'), POISON);
  writeFileSync(join(dir, 'good.txt'), GOOD);
  const run = triangulate(['analyze', '.', '--out', 'out', '--db', 'store.db'], dir);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /call stack/);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'out', 'dossier.json'), 'utf8')).documents.map((d: { id: string }) => d.id).sort(), ['crash-storykeys-eg', 'good']);
  writeFileSync(join(dir, 'later.txt'), GOOD.replace('strait', 'canal'));
  const later = triangulate(['analyze', 'later.txt', '--out', 'out2', '--db', 'store.db'], dir);
  assert.equal(later.status, 0, later.stderr);
  assert.match(later.stderr, /1 document \(1 analysed, 0 from the store\), 0 problems/);
  assert.equal(count(join(dir, 'store.db'), 'SELECT COUNT(*) AS n FROM story_docs'), 3, 'every stored document is placed in a story');
});

test('the story-keys poison posted to the API is stored, and the next posts still answer 200', async () => {
  const store = openSqliteStore(join(tempDir(), 'store.db'));
  const app = createApp({ store, token: null });
  const post = (name: string, body: string) => app.request(`/api/articles?name=${name}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
  try {
    const poisoned = await post('crash-storykeys-eg.txt', POISON);
    assert.equal(poisoned.status, 200, await poisoned.clone().text());
    assert.equal(((await poisoned.json()) as { documents: unknown[] }).documents.length, 1);
    const next = await post('good.txt', GOOD);
    assert.equal(next.status, 200);
    assert.equal((await app.request('/api/stories')).status, 200);
  } finally {
    store.close();
  }
});

test('a record that fails while being linked is a message; nothing of it is stored and the batch goes on', async () => {
  const dir = tempDir();
  const paths = writeArticles(join(dir, 'in'), 0, 4);
  const store = openSqliteStore(join(dir, 'store.db'));
  const failing = readFileSync(paths[1]!, 'utf8');
  let hashOfFailing = '';
  // Linking throws for one document, after its analysis was saved in the same transaction.
  const broken: DocumentStore = {
    ...store,
    placeInStory(hash, keys) {
      if (store.analysis(hash)?.text === failing) {
        hashOfFailing = hash;
        throw new RangeError('Maximum call stack size exceeded');
      }
      return store.placeInStory(hash, keys);
    },
  };
  try {
    const run = await runAnalysis([join(dir, 'in')], broken);
    assert.deepEqual(run.dossier.documents.map((d) => d.id), ['article-000', 'article-002', 'article-003']);
    const messages = run.dossier.errors.map((e) => `${e.source}: ${e.message}`);
    assert.equal(messages.length, 1);
    assert.equal(messages[0], `${join(dir, 'in', 'article-001.txt')}: could not be stored (Maximum call stack size exceeded); the run went on with the other inputs`);
    assert.equal(store.analysis(hashOfFailing), null, 'its analysis was rolled back with its story');
    assert.deepEqual(store.unplaced(10), []);
    const again = await runAnalysis([join(dir, 'in')], store);
    assert.equal(again.analysed, 1, 'the next run analyses the failed record again');
    assert.deepEqual(again.dossier.errors, []);
  } finally {
    store.close();
  }
});

test('a store holding damaged records of an older version is repaired, never blocked', async () => {
  const dir = tempDir();
  const paths = writeArticles(join(dir, 'in'), 0, 3);
  const dbPath = join(dir, 'store.db');
  let store = openSqliteStore(dbPath);
  await runAnalysis([paths[0]!], store);
  store.close();
  // An older version left a document saved but never placed in a story (it crashed while linking), one whose
  // analysis is cut short, and one whose analysis lacks the fields linking reads.
  const db = new Database(dbPath);
  const insert = db.prepare("INSERT INTO documents (hash, analyzer, language, title, text, analysis, analysed_at) VALUES (?, ?, 'en', 't', 'text', ?, '2024-01-01')");
  insert.run('damaged-json', ANALYZER_VERSION, '{"title": "cut sh');
  insert.run('damaged-fields', ANALYZER_VERSION, '{"title": "no spans"}');
  db.close();
  store = openSqliteStore(dbPath);
  try {
    const run = await runAnalysis([join(dir, 'in')], store);
    assert.deepEqual(run.dossier.documents.map((d) => d.id), ['article-000', 'article-001', 'article-002']);
    const repairs = run.dossier.errors.map((e) => e.message);
    assert.equal(repairs.length, 2);
    assert.ok(repairs.every((m) => /^stored document damaged-(json|fields) could not be placed in a story .*; it was removed/.test(m)), repairs.join('\n'));
    assert.equal(store.analysis('damaged-fields'), null);
    assert.deepEqual(store.unplaced(10), []);
    const again = await runAnalysis([join(dir, 'in')], store);
    assert.deepEqual(again.dossier.errors, [], 'repaired once');
  } finally {
    store.close();
  }
});

test('a kill between saving and linking, then a rerun, gives the store of an uninterrupted run', async () => {
  const dir = tempDir();
  writeArticles(join(dir, 'in'), 0, 30);
  const clean = join(dir, 'clean.db');
  const store = openSqliteStore(clean);
  await runAnalysis([join(dir, 'in')], store);
  store.close();
  // A child process that saves documents and kills itself (SIGKILL) when linking the 20th, inside the transaction of the
  // second batch (WRITE_BATCH = 16), after saving it.
  const script = join(dir, 'die-while-linking.mjs');
  const dist = (path: string) => pathToFileURL(join(repoRoot, 'dist', path)).href;
  writeFileSync(
    script,
    `import { openSqliteStore } from '${dist('store/sqlite.js')}';
     import { runAnalysis } from '${dist('pipeline/run-analysis.js')}';
     const store = openSqliteStore(process.argv[2]);
     let placed = 0;
     const dying = { ...store, placeInStory(hash, keys) { if (++placed === 20) process.kill(process.pid, 'SIGKILL'); return store.placeInStory(hash, keys); } };
     await runAnalysis([process.argv[3]], dying);`,
  );
  const crashed = join(dir, 'crashed.db');
  const killed = spawnSync(process.execPath, [script, crashed, join(dir, 'in')], { encoding: 'utf8' });
  assert.equal(killed.signal, 'SIGKILL', killed.stderr);
  assert.equal(count(crashed, 'SELECT COUNT(*) AS n FROM documents'), WRITE_BATCH, 'the batch being linked was not kept without its stories');
  assert.equal(count(crashed, 'SELECT COUNT(*) AS n FROM story_docs'), WRITE_BATCH);
  const rerun = openSqliteStore(crashed);
  const again = await runAnalysis([join(dir, 'in')], rerun);
  rerun.close();
  assert.equal(again.analysed, 30 - WRITE_BATCH);
  assert.deepEqual(snapshotDifferences(snapshotStore(crashed), snapshotStore(clean)), []);
  assert.ok(snapshotStore(clean).relations.length > 0, 'the corpus has relations to compare');
});

test('two analyze processes writing one store both finish, every document stored once, stories close to one run\'s', async () => {
  const dir = tempDir();
  const first = writeArticles(join(dir, 'in'), 0, 48);
  const [a, b] = await Promise.all([
    triangulateAsync(['analyze', ...first.slice(0, 36), '--out', 'out-a', '--db', 'shared.db', '-q'], dir),
    triangulateAsync(['analyze', ...first.slice(12), '--out', 'out-b', '--db', 'shared.db', '-q'], dir),
  ]);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  const shared = join(dir, 'shared.db');
  assert.equal(count(shared, 'SELECT COUNT(*) AS n FROM documents'), 48);
  assert.equal(count(shared, 'SELECT COUNT(*) AS n FROM story_docs'), 48);
  assert.equal(count(shared, 'SELECT COUNT(*) AS n FROM sources'), 48);
  assert.equal(count(shared, "SELECT n FROM story_counts WHERE name = 'documents'"), 48);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out-b', 'dossier.json'), 'utf8')).documents.length, 36);
  const single = triangulate(['analyze', 'in', '--out', 'out-single', '--db', 'single.db', '-q'], dir);
  assert.equal(single.status, 0, single.stderr);
  // Every document is in one story in both stores. The stories themselves depend on the order in which documents
  // arrive (the two writers interleave differently on each run: issue 10's store placement is incremental), so they
  // are compared as a whole: close to one run's, never scattered or lumped together.
  const [together, alone] = [partition(shared), partition(join(dir, 'single.db'))];
  assert.equal(together.join(' ').split(' ').length, 48);
  assert.ok(bcubed(together, alone) >= 0.7, `two writers: ${together.length} stories, one run: ${alone.length}; B-cubed ${bcubed(together, alone).toFixed(2)}`);
});

test('serve answers posts while analyze writes the same store', async () => {
  const dir = tempDir();
  writeArticles(join(dir, 'cli'), 0, 36);
  const posted = writeArticles(join(dir, 'api'), 36, 48);
  const dbPath = join(dir, 'shared.db');
  const store = openSqliteStore(dbPath);
  const app = createApp({ store, token: null });
  try {
    const cli = triangulateAsync(['analyze', 'cli', '--out', 'out', '--db', 'shared.db', '-q'], dir);
    const statuses: number[] = [];
    for (const path of posted) {
      const response = await app.request(`/api/articles?name=${encodeURIComponent(path.split('/').at(-1)!)}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: readFileSync(path, 'utf8') });
      statuses.push(response.status);
    }
    const { status, stderr } = await cli;
    assert.equal(status, 0, stderr);
    assert.deepEqual(statuses, posted.map(() => 200));
    assert.equal(count(dbPath, 'SELECT COUNT(*) AS n FROM documents'), 48);
    assert.equal(count(dbPath, 'SELECT COUNT(*) AS n FROM story_docs'), 48);
  } finally {
    store.close();
  }
});

test('serve starts on a store damaged by an older version: the bad record is removed and said so', async () => {
  const dir = tempDir();
  const dbPath = join(dir, 'store.db');
  openSqliteStore(dbPath).close();
  const db = new Database(dbPath);
  db.prepare("INSERT INTO documents (hash, analyzer, language, title, text, analysis, analysed_at) VALUES ('damaged', ?, 'en', 't', 'text', '{}', '2024-01-01')").run(ANALYZER_VERSION);
  db.close();
  const server = spawn(process.execPath, [bin, 'serve', '--db', 'store.db', '--port', '0'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  try {
    await new Promise<void>((resolve, reject) => {
      server.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/serving /.test(stderr)) resolve();
      });
      server.on('close', () => reject(new Error(`serve stopped: ${stderr}`)));
    });
  } finally {
    server.kill('SIGTERM');
  }
  assert.match(stderr, /^store: stored document damaged could not be placed in a story \(.*\); it was removed/m);
  assert.equal(count(dbPath, 'SELECT COUNT(*) AS n FROM documents'), 0);
});
