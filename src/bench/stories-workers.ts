/**
 * The cross-document layer at scale, the way `analyze` runs it: the corpus of
 * stories.ts (real development articles resampled with other names and
 * figures) is one run into an empty store, analysed by worker threads while
 * the main thread saves, places and compares, and the stories it touched
 * regrouped at its end; then one more document is added to the full store,
 * in this process and then by the CLI in a fresh one (what a user who adds a
 * file to a large store waits: start-up, tables and the store's pages read cold).
 * Elapsed time is what a user waits; CPU time counts every thread. V8 runs with the CLI's flags (cli/v8-flags.ts).
 * Usage: node dist/bench/stories-workers.js [count] [jobs] [development set folder…]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocMessage } from '../doc/news-doc.js';
import { defaultJobs } from '../pipeline/analyze-workers.js';
import { ingest, runAnalysis } from '../pipeline/run-analysis.js';
import { threadCpuSeconds } from '../pipeline/thread-cpu.js';
import { hashRecord } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import { openSqliteStore } from '../store/sqlite.js';
import { setRunFlags } from '../cli/v8-flags.js';
import { storyCorpus } from './story-corpus.js';
import { describeQuality, storyQuality } from './story-quality.js';

// After the imports above are evaluated, which only define functions: no document has been analysed yet.
setRunFlags();

const count = Number(process.argv[2] ?? 100_000);
const jobs = Number(process.argv[3] ?? defaultJobs());
const { corpus, description } = storyCorpus(count + 1, process.argv.slice(4));
const folder = join(tmpdir(), `triangulate-stories-workers-${process.pid}`);
mkdirSync(folder, { recursive: true });
const store = openSqliteStore(join(folder, 'store.db'));
const truthOf = new Map<string, number>();
const records: RawRecord[] = corpus.slice(0, count).map(({ story, text }, i) => {
  const hash = hashRecord('text', text, {});
  truthOf.set(hash, story);
  return { id: String(i), source: `${i}.txt`, line: null, format: 'text', content: text, meta: {}, hash };
});
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** CPU ms of this thread, the one that saves, places and compares (what the workers wait for once it is busier than they are); null without /proc. */
const linkingCpu = () => {
  const seconds = threadCpuSeconds();
  return seconds === null ? null : seconds * 1000;
};
const mb = (bytes: number) => Math.round(bytes / 1_048_576);
/** Stretches reported: store sizes 1k, 2k, 5k, 10k, … */
const marks = new Set([1, 2, 5].flatMap((m) => [1_000, 10_000, 100_000, 1_000_000].map((p) => m * p)));
console.log(`${description}; ${jobs} analysis workers`);
const errors: DocMessage[] = [];
const started = performance.now();
const cpuStarted = cpu();
const linkingStarted = linkingCpu();
let [from, wallFrom, cpuFrom, linkingFrom] = [0, started, cpuStarted, linkingStarted];
// `total` counts distinct texts: a resampled text may come twice, and is analysed once.
const progress = (done: number, total: number) => {
  if (!marks.has(done) && done !== total) return;
  const [wall, used, linking] = [performance.now(), cpu(), linkingCpu()];
  const perDocument = (ms: number) => (ms / (done - from)).toFixed(1);
  const linkingPart = linking !== null && linkingFrom !== null ? ` (the linking thread ${perDocument(linking - linkingFrom)})` : '';
  console.log(`store ${from}–${done}: ${perDocument(wall - wallFrom)} ms elapsed and ${perDocument(used - cpuFrom)} ms CPU${linkingPart} per document; RSS ${mb(process.memoryUsage().rss)} MB`);
  [from, wallFrom, cpuFrom, linkingFrom] = [done, wall, used, linking];
};
await ingest(records, errors, store, progress, jobs);
const elapsed = (performance.now() - started) / 1000;
const linkingTotal = () => {
  const now = linkingCpu();
  return now === null || linkingStarted === null ? '' : ` (the linking thread ${((now - linkingStarted) / 1000).toFixed(0)})`;
};
console.log(`${count} documents analysed, stored, placed in stories and compared, and the stories regrouped: ${elapsed.toFixed(0)} s elapsed (${(elapsed / 60).toFixed(1)} min), ${((cpu() - cpuStarted) / 1000).toFixed(0)} CPU-s${linkingTotal()}, ${errors.length} messages`);
console.log(describeQuality(storyQuality(store.stories(), truthOf)));

// One more document into the full store: read, analysed, saved, placed, compared, and its dossier built.
const extra = join(folder, 'extra.txt');
writeFileSync(extra, corpus[count]!.text);
const [wall, used] = [performance.now(), cpu()];
const run = await runAnalysis([extra], store);
console.log(`adding one document to a store of ${count}: ${(performance.now() - wall).toFixed(0)} ms elapsed, ${(cpu() - used).toFixed(0)} ms CPU (story ${run.dossier.documents[0]?.story ?? '-'})`);
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (main thread and workers)`);
store.close();

// Another document, by the CLI in a new process: what `triangulate analyze new.txt --db store.db` costs a user. It is
// the one just added with its paragraphs in reverse order, a new text (the corpus resamples differently for another
// count, so asking it for one more text would change the documents the figures above are about).
const another = join(folder, 'another.txt');
writeFileSync(another, corpus[count]!.text.split(/\n\s*\n/).reverse().join('\n\n'));
// The store's file is flushed to disk first. The run above has just written gigabytes that the system still holds in
// memory, and the CLI's first commit syncs the new write-ahead log, which waits until they are written out: about
// 0.3 s at 20,000 documents, a cost of the run just ended, not of adding one document to a store that was built before.
flushToDisk(join(folder, 'store.db'));
const cli = new URL('../../bin/triangulate.js', import.meta.url).pathname;
const startedCli = performance.now();
const child = spawnSync(process.execPath, [cli, 'analyze', another, '--db', join(folder, 'store.db'), '--out', join(folder, 'out'), '--quiet'], { encoding: 'utf8' });
const cliMs = performance.now() - startedCli;
console.log(child.status === 0 ? `adding one more document by the CLI, in a new process: ${cliMs.toFixed(0)} ms elapsed` : `the CLI failed to add one more document (exit ${child.status}): ${child.stderr.trim()}`);
rmSync(folder, { recursive: true, force: true });

/** Waits until a file's data written so far is on disk (fsync). */
function flushToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
