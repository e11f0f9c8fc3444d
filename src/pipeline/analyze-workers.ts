import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toAnalysis } from '../dossier/document.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { RawRecord } from '../read/read-inputs.js';
import { preloadLexicon } from '../lexicon/preload.js';
import { createAnalyzer } from './analyze.js';
import { threadCpuSeconds } from './thread-cpu.js';

/** What analysing one record gave: its analysis, or why it failed. */
export type Analysed = { record: RawRecord; analysis: DocumentAnalysis } | { record: RawRecord; error: string };

/** Marks the threads started here, so that importing this module in another worker starts nothing. */
const WORKER_ROLE = 'triangulate-analyse';

/** Records handed to a worker at a time: enough to keep it busy, few enough to balance the load (unit: records). */
const BATCH = 8;

/** For benchmarks: load every table before the first record, and add up the CPU each thread spends analysing. */
export interface WorkerOptions {
  preload?: boolean;
  /** Analyse on worker threads even with one job, so that one and several jobs start alike (fresh caches). */
  threads?: boolean;
  /** Filled in: CPU seconds spent analysing, one entry per thread (the calling thread's with one job); empty without /proc. */
  cpuSeconds?: number[];
}

/** The default number of workers: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Analyses records on `jobs` worker threads (each loads its own language
 * model) and yields the results in input order; with one job it analyses in
 * this thread. A record that fails is a result with its error, never a throw.
 */
export async function* analyseRecords(records: readonly RawRecord[], jobs: number, options: WorkerOptions = {}): AsyncGenerator<Analysed> {
  const workers = Math.min(jobs, Math.ceil(records.length / BATCH));
  if (workers <= 1 && !options.threads) {
    const analyze = await createAnalyzer();
    if (options.preload) preloadLexicon();
    for (const record of records) {
      const before = threadCpuSeconds();
      const result = analyseOne(analyze, record);
      addCpu(options, 0, before);
      yield result;
    }
    return;
  }
  const pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE, preload: options.preload === true } }));
  const done = new Map<number, Analysed>();
  let next = 0;
  let wanted = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const feed = (worker: Worker) => {
    if (next >= records.length) return;
    const first = next;
    next = Math.min(records.length, next + BATCH);
    worker.postMessage({ first, records: records.slice(first, next) });
  };
  pool.forEach((worker, w) => {
    worker.on('message', ({ first, results, cpu }: { first: number; results: Array<{ analysis?: DocumentAnalysis; error?: string }>; cpu: number | null }) => {
      if (cpu !== null && options.cpuSeconds) options.cpuSeconds[w] = (options.cpuSeconds[w] ?? 0) + cpu;
      results.forEach((result, i) => done.set(first + i, result.analysis ? { record: records[first + i]!, analysis: result.analysis } : { record: records[first + i]!, error: result.error ?? 'unknown error' }));
      feed(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    feed(worker);
  });
  try {
    while (wanted < records.length) {
      if (failure) throw failure;
      const result = done.get(wanted);
      if (!result) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(wanted++);
      yield result;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

function analyseOne(analyze: (record: RawRecord) => ReturnType<Awaited<ReturnType<typeof createAnalyzer>>>, record: RawRecord): Analysed {
  try {
    return { record, analysis: toAnalysis(analyze(record)) };
  } catch (error) {
    return { record, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Adds the CPU the calling thread used since `before` to its entry of the options' figures. */
function addCpu(options: WorkerOptions, thread: number, before: number | null): void {
  const after = threadCpuSeconds();
  if (options.cpuSeconds && before !== null && after !== null) options.cpuSeconds[thread] = (options.cpuSeconds[thread] ?? 0) + after - before;
}

/** Inside a worker: analyse each batch posted and post the results back, with the CPU the batch took. */
async function serveWorker(preload: boolean): Promise<void> {
  const analyze = await createAnalyzer();
  if (preload) preloadLexicon();
  parentPort!.on('message', ({ first, records }: { first: number; records: RawRecord[] }) => {
    const before = threadCpuSeconds();
    const results = records.map((record) => {
      const result = analyseOne(analyze, record);
      return 'analysis' in result ? { analysis: result.analysis } : { error: result.error };
    });
    const after = threadCpuSeconds();
    parentPort!.postMessage({ first, results, cpu: before !== null && after !== null ? after - before : null });
  });
}

const role = workerData as { role?: string; preload?: boolean } | null;
if (!isMainThread && parentPort && role?.role === WORKER_ROLE) void serveWorker(role.preload === true);
