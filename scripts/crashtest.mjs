#!/usr/bin/env node
// Crash consistency: `analyze` is killed (SIGKILL) at random moments, rerun each time, and finally run to the end;
// the store (documents, sources, stories, relations) and the dossier must equal those of one uninterrupted run.
//
//   node scripts/crashtest.mjs [--kills N] [--articles N] [--seed N] [folder...]
//
// Without folders, a corpus is generated (stories in five languages, reposts, translations) with the story-keys poison
// input added. Needs a build (`npm run build`). Exit code 0 when everything is identical, 1 otherwise.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
if (!existsSync(join(root, 'dist', 'store', 'snapshot.js'))) {
  console.error('no build under dist/: run `npm run build` first');
  process.exit(2);
}
const { snapshotStore, snapshotDifferences } = await import(join(root, 'dist', 'store', 'snapshot.js'));
const { seededRandom } = await import(join(root, 'dist', 'link', 'stories', 'synthetic.js'));
const { generateStoryArticle } = await import(join(root, 'dist', 'bench', 'generate-stories.js'));
const { default: Database } = await import('better-sqlite3');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { kills: { type: 'string', default: '12' }, articles: { type: 'string', default: '150' }, seed: { type: 'string' } } });
const kills = Math.max(10, Number(values.kills));
const seed = Number(values.seed ?? Date.now() % 1_000_000);
const random = seededRandom(seed);

const work = mkdtempSync(join(tmpdir(), 'triangulate-crashtest-'));
const inputs = positionals.length ? positionals.map((p) => resolve(p)) : [generateCorpus(join(work, 'in'), Number(values.articles))];
console.error(`crashtest: ${inputs.join(', ')}; seed ${values.seed ?? seed}; work folder ${work}`);

const analyze = (db, out) => spawn(process.execPath, [join(root, 'bin', 'triangulate.js'), 'analyze', ...inputs, '--out', out, '--db', db, '-q', '--format', 'json,md'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
const finished = (child) => new Promise((done) => child.on('close', (code, signal) => done({ code, signal })));

const started = performance.now();
const clean = await finished(analyze(join(work, 'clean.db'), join(work, 'clean-out')));
if (clean.code !== 0) fail(`the clean run failed (exit ${clean.code})`);
console.error(`clean run: ${((performance.now() - started) / 1000).toFixed(1)} s`);

// Each kill lands at a point of ingest: once the store holds a target number of documents (spread from the first to the
// last), after a random pause of up to KILL_JITTER_MS; the last kills land after everything is stored (building and
// writing the dossier). A run that ends before its kill counts as finished.
const KILL_JITTER_MS = 300;
const total = storedDocuments(join(work, 'clean.db'));
const crashDb = join(work, 'crashed.db');
const crashOut = join(work, 'crashed-out');
let killed = 0;
let completed = 0;
let truncated = 0;
for (let round = 0; killed < kills && round < kills * 3; round++) {
  const target = Math.min(total, Math.round((total * (round + 1)) / (kills - 1)));
  const jitter = target >= total ? random() * 3000 : random() * KILL_JITTER_MS;
  const child = analyze(crashDb, crashOut);
  const ended = finished(child);
  let stored = storedDocuments(crashDb);
  while (child.exitCode === null && child.signalCode === null && stored < target) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    stored = storedDocuments(crashDb);
  }
  await new Promise((resolve) => setTimeout(resolve, jitter));
  child.kill('SIGKILL');
  const { code, signal } = await ended;
  if (signal === 'SIGKILL') killed++;
  else if (code === 0) completed++;
  else fail(`run ${round + 1} failed with exit code ${code}`);
  const path = join(crashOut, 'dossier.json');
  if (existsSync(path)) {
    try {
      JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      truncated++;
    }
  }
  console.error(`run ${round + 1}: ${signal === 'SIGKILL' ? `killed ${Math.round(jitter)} ms after ${stored} of ${total} documents were stored` : 'finished before its kill'}; ${storedDocuments(crashDb)} stored now`);
}
const last = await finished(analyze(crashDb, crashOut));
if (last.code !== 0) fail(`the final rerun failed (exit ${last.code})`);

const storeDifferences = snapshotDifferences(snapshotStore(crashDb), snapshotStore(join(work, 'clean.db')));
const dossierSame = dossierText(join(crashOut, 'dossier.json')) === dossierText(join(work, 'clean-out', 'dossier.json'));
const markdownSame = readFileSync(join(crashOut, 'dossier.md'), 'utf8') === readFileSync(join(work, 'clean-out', 'dossier.md'), 'utf8');
const identical = storeDifferences.length === 0 && dossierSame && markdownSame && truncated === 0;
console.log(
  [
    `kills: ${killed} (runs that finished before their kill: ${completed})`,
    `store: ${storeDifferences.length === 0 ? 'identical' : `different in ${storeDifferences.join(', ')}`}`,
    `dossier.json: ${dossierSame ? 'identical' : 'different'}; dossier.md: ${markdownSame ? 'identical' : 'different'}`,
    `outputs seen truncated after a kill: ${truncated}`,
    identical ? 'IDENTICAL to an uninterrupted run' : 'NOT identical to an uninterrupted run',
  ].join('\n'),
);
if (identical) rmSync(work, { recursive: true, force: true });
else console.error(`kept ${work} for inspection`);
process.exit(identical && killed >= 10 ? 0 : 1);

/** How many documents a store holds so far. */
function storedDocuments(path) {
  if (!existsSync(path)) return 0;
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) AS n FROM documents').get().n;
  } catch {
    return 0; // the schema is not created yet
  } finally {
    db.close();
  }
}

/** The dossier without the time it was generated at. */
function dossierText(path) {
  const { generatedAt: _, ...rest } = JSON.parse(readFileSync(path, 'utf8'));
  return JSON.stringify(rest);
}

function generateCorpus(folder, count) {
  mkdirSync(folder, { recursive: true });
  const texts = new Set();
  for (let i = 0; texts.size < count && i < count * 4; i++) texts.add(generateStoryArticle(i).text);
  [...texts].forEach((text, i) => writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.txt`), text));
  // The input that once poisoned the store (../shared/bench/hostile/crash-storykeys-eg.txt).
  writeFileSync(join(folder, 'crash-storykeys-eg.txt'), 'e.g. '.repeat(130_000));
  return folder;
}

function fail(message) {
  console.error(`crashtest: ${message}; work folder kept: ${work}`);
  process.exit(1);
}
