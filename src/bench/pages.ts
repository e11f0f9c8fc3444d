/**
 * Speed on real pages and texts, measured side by side in one run:
 * the whole per-document analysis of the article-extraction-benchmark pages
 * against Readability.js + linkedom alone on the same pages (CPU time), and
 * the analysis of the wmt21 news texts on one core and on worker threads.
 * The lexicon's tables are loaded before anything is timed (once per process
 * or worker; their CPU is printed apart), documents are not run twice: the
 * caches of words and names are warm only from the pages before, and each
 * worker's from the texts it analysed to get ready (printed apart too).
 * Usage: npm run bench:pages [-- <bench folder>]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toAnalysis } from '../dossier/document.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { preloadLexicon } from '../lexicon/preload.js';
import { analyseRecords } from '../pipeline/analyze-workers.js';
import { threadCpuSeconds } from '../pipeline/thread-cpu.js';
import { readBytes } from '../read/read-inputs.js';
import type { RawRecord, ReadResult } from '../read/read-inputs.js';

const bench = process.argv[2] ?? '../shared/bench';
/** Pages run once by both before measuring, to warm the JIT, and texts each worker analyses before it is timed (unit: documents). */
const WARM_UP = 20;

const pages = readSet(join(bench, 'article-extraction-benchmark', 'html'));
const texts = readSet(join(bench, 'wmt21', 'articles'));
const analyze = await createAnalyzer();
console.log(`lexicon tables of every language: ${cpuSeconds(preloadLexicon).toFixed(2)} CPU-s once per process (not counted below)`);

const readabilityAlone = (record: RawRecord) => new Readability(parseHTML(record.content).document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
for (const record of pages.slice(0, WARM_UP)) {
  readabilityAlone(record);
  toAnalysis(analyze(record));
}
// Page by page, one then the other: the machine is shared, and a neighbour's load that comes and goes then weighs on
// both sides alike instead of on whichever ran while it lasted.
let readability = 0;
let whole = 0;
for (const record of pages) {
  readability += cpuSeconds(() => readabilityAlone(record));
  whole += cpuSeconds(() => toAnalysis(analyze(record)));
}
console.log(`${pages.length} article-extraction-benchmark pages:`);
console.log(`  Readability.js + linkedom alone: ${readability.toFixed(2)} CPU-s (${((readability * 1000) / pages.length).toFixed(1)} ms a page)`);
console.log(`  whole analysis (read, clean, language, sentences, names, quotes, dates, figures): ${whole.toFixed(2)} CPU-s (${((whole * 1000) / pages.length).toFixed(1)} ms a page) = ${(whole / readability).toFixed(2)}x Readability`);

const oneCore = cpuSeconds(() => {
  for (const record of texts) toAnalysis(analyze(record));
});
console.log(`${texts.length} wmt21 news texts, whole analysis on one core: ${(texts.length / oneCore).toFixed(0)} documents per CPU-second`);
console.log(`the last ${texts.length - WARM_UP} of them on worker threads (each first analyses the first ${WARM_UP}):`);
// Fresh worker threads, each made ready alike (tables loaded, the same first WARM_UP texts analysed and dropped: what a
// long run pays once per worker), then the other texts analysed. Each thread's CPU from the moment it is ready is read
// from /proc, so that the figure is what the threads would do with a core each, whatever else the machine runs. A run
// on `jobs` cores of its own takes all the threads' CPU (the main thread's included) divided by the cores: the workers
// pull batches that shrink towards the end, so they finish together. The busiest thread's CPU is not the measure here:
// on a loaded machine the thread the system runs more often takes more of the batches. What getting ready cost is
// printed beside.
const [warmUp, timed] = [texts.slice(0, WARM_UP), texts.slice(WARM_UP)];
let single = 0;
for (const jobs of [1, 2]) {
  const cpu: number[] = [];
  const start: number[] = [];
  const started = performance.now();
  const processBefore = process.cpuUsage();
  const mainBefore = threadCpuSeconds();
  for await (const result of analyseRecords(timed, jobs, { preload: true, warmUp, threads: true, cpuSeconds: cpu, startSeconds: start })) if ('error' in result) console.log(`  ${result.record.source}: ${result.error}`);
  const main = (threadCpuSeconds() ?? 0) - (mainBefore ?? 0);
  const processUsed = process.cpuUsage(processBefore);
  const wall = (performance.now() - started) / 1000;
  if (cpu.length === 0) {
    console.log(`  --jobs ${jobs}: ${(timed.length / wall).toFixed(0)} documents per second (wall, with start-up; no per-thread CPU here)`);
    continue;
  }
  const busiest = (ready: number[]) => Math.max(main, (sum(ready) + main) / jobs);
  const rate = timed.length / busiest(cpu);
  if (jobs === 1) single = rate;
  const speedUp = jobs === 1 ? '' : ` = ${(rate / single).toFixed(2)}x one worker`;
  const withStart = timed.length / busiest(cpu.map((seconds, w) => seconds + (start[w] ?? 0)));
  console.log(`  --jobs ${jobs}: ${rate.toFixed(0)} documents per second on ${jobs} core(s) once ready${speedUp} (workers ${listed(cpu)} CPU-s, main thread ${main.toFixed(2)})`);
  console.log(`    getting ready: ${listed(start)} CPU-s per worker (model, tables, ${warmUp.length} texts); counting it, this batch runs at ${withStart.toFixed(0)} documents per second; whole process ${cpuOf(processUsed).toFixed(2)} CPU-s, wall ${wall.toFixed(1)} s`);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function listed(values: number[]): string {
  return values.map((value) => value.toFixed(2)).join(' + ');
}

function cpuOf(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

/** CPU seconds that `work` takes. */
function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  return cpuOf(process.cpuUsage(before));
}

function readSet(folder: string): RawRecord[] {
  const result: ReadResult = { records: [], errors: [] };
  for (const name of readdirSync(folder).sort()) {
    const bytes = readFileSync(join(folder, name));
    readBytes(name.endsWith('.gz') ? gunzipSync(bytes) : bytes, name.replace(/\.gz$/, ''), result);
  }
  for (const error of result.errors) console.log(`  ${error.source}: ${error.message}`);
  return result.records;
}
