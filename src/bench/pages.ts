/**
 * Speed on real pages and texts, measured side by side in one run:
 * the whole per-document analysis of the article-extraction-benchmark pages
 * against Readability.js + linkedom alone on the same pages (CPU time), and
 * the analysis of the wmt21 news texts on one core and on worker threads.
 * The lexicon's tables are loaded before anything is timed (once per process
 * or worker; their CPU is printed apart), documents are not run twice: the
 * caches of words and names are warm only from the pages before.
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
/** Pages run once by both before measuring, to warm the JIT (unit: pages). */
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
const readability = cpuSeconds(() => {
  for (const record of pages) readabilityAlone(record);
});
const whole = cpuSeconds(() => {
  for (const record of pages) toAnalysis(analyze(record));
});
console.log(`${pages.length} article-extraction-benchmark pages:`);
console.log(`  Readability.js + linkedom alone: ${readability.toFixed(2)} CPU-s (${((readability * 1000) / pages.length).toFixed(1)} ms a page)`);
console.log(`  whole analysis (read, clean, language, sentences, names, quotes, dates, figures): ${whole.toFixed(2)} CPU-s (${((whole * 1000) / pages.length).toFixed(1)} ms a page) = ${(whole / readability).toFixed(2)}x Readability`);

const oneCore = cpuSeconds(() => {
  for (const record of texts) toAnalysis(analyze(record));
});
console.log(`${texts.length} wmt21 news texts, whole analysis on one core: ${(texts.length / oneCore).toFixed(0)} documents per CPU-second`);
// Fresh worker threads, the tables loaded first: each thread's CPU while analysing is read from /proc, so that the
// figure is what the threads would do with a core each, whatever else the machine runs.
let single = 0;
for (const jobs of [1, 2]) {
  const cpu: number[] = [];
  const started = performance.now();
  const mainBefore = threadCpuSeconds();
  for await (const result of analyseRecords(texts, jobs, { preload: true, threads: true, cpuSeconds: cpu })) if ('error' in result) console.log(`  ${result.record.source}: ${result.error}`);
  const main = (threadCpuSeconds() ?? 0) - (mainBefore ?? 0);
  const wall = (performance.now() - started) / 1000;
  if (cpu.length === 0) {
    console.log(`  --jobs ${jobs}: ${(texts.length / wall).toFixed(0)} documents per second (wall, with start-up; no per-thread CPU here)`);
    continue;
  }
  const rate = texts.length / Math.max(main, ...cpu);
  if (jobs === 1) single = rate;
  const speedUp = jobs === 1 ? '' : ` = ${(rate / single).toFixed(2)}x one worker`;
  console.log(`  --jobs ${jobs}: ${rate.toFixed(0)} documents per second with a core per thread${speedUp} (workers ${cpu.map((c) => c.toFixed(2)).join(' + ')} CPU-s, main thread ${main.toFixed(2)}; wall ${wall.toFixed(1)} s with start-up)`);
}

/** CPU seconds that `work` takes. */
function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
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
