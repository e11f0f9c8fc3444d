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

/**
 * Most records handed to a worker at a time: enough to keep it busy, few enough to balance the load (unit: records).
 * Towards the end batches shrink to a share of what is left, so that the workers finish together.
 */
const BATCH = 8;
/**
 * Records handed out ahead of the one the caller waits for, per worker (unit: records). The caller (saving, placing and
 * comparing each document) is often slower than the workers: in a run of 20,000 resampled news documents it took
 * about 15 ms a document, the analysis about 6 ms of CPU (3 ms elapsed on two workers). Without a bound, every analysis
 * it has not taken yet would wait in memory. Eight batches keep a worker busy behind a slow document.
 */
const AHEAD_PER_WORKER = 8 * BATCH;

/** For benchmarks: load every table and warm each thread up before the first record, and add up the CPU each thread spends analysing. */
export interface WorkerOptions {
  preload?: boolean;
  /**
   * Records each worker analyses first, their results dropped, as part of getting ready: a long run pays once per
   * worker what the first documents of each language cost more (compiling the language's patterns, the JIT).
   */
  warmUp?: readonly RawRecord[];
  /** Analyse on worker threads even with one job, so that one and several jobs start alike (fresh caches). */
  threads?: boolean;
  /**
   * Filled in: CPU seconds each thread spent from the moment it was ready to its last result, taking in the records
   * and analysing them (the calling thread's with one job); empty without /proc.
   */
  cpuSeconds?: number[];
  /** Filled in: CPU seconds each worker thread spent getting ready (the language model, with `preload` the tables, the warm-up records). */
  startSeconds?: number[];
  /** Called as records are handed to a worker, with how many have been handed out and how many results the caller has taken. */
  onHandOut?: (handedOut: number, taken: number) => void;
}

/** A batch of records to analyse. */
interface ToWorker {
  first: number;
  records: RawRecord[];
}
/** A worker's results for one batch and its CPU so far. */
interface FromWorker {
  first: number;
  results: Array<{ analysis?: DocumentAnalysis; error?: string }>;
  /** CPU seconds since the worker was ready, and spent getting ready; null without /proc. */
  cpu: number | null;
  start: number | null;
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
    for (const record of options.warmUp ?? []) analyseOne(analyze, record);
    for (const record of records) {
      const before = threadCpuSeconds();
      const result = analyseOne(analyze, record);
      addCpu(options, 0, before);
      yield result;
    }
    return;
  }
  const pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE, preload: options.preload === true, warmUp: options.warmUp ?? [] } satisfies WorkerSetup }));
  const done = new Map<number, Analysed>();
  let next = 0;
  let wanted = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const ahead = AHEAD_PER_WORKER * pool.length;
  /** Workers waiting for the caller to take results before they get more records. */
  const waiting: Worker[] = [];
  const feed = (worker: Worker) => {
    if (next >= records.length) return;
    if (next - wanted >= ahead) {
      waiting.push(worker);
      return;
    }
    const first = next;
    next = Math.min(records.length, next + Math.min(BATCH, Math.ceil((records.length - next) / (2 * pool.length)), ahead - (next - wanted)));
    worker.postMessage({ first, records: records.slice(first, next) } satisfies ToWorker);
    options.onHandOut?.(next, wanted);
  };
  pool.forEach((worker, w) => {
    worker.on('message', ({ first, results, cpu, start }: FromWorker) => {
      if (cpu !== null && options.cpuSeconds) options.cpuSeconds[w] = cpu;
      if (start !== null && options.startSeconds) options.startSeconds[w] = start;
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
      while (waiting.length > 0 && next - wanted < ahead) feed(waiting.shift()!);
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

/** What a worker is started with. */
interface WorkerSetup {
  role: string;
  preload: boolean;
  warmUp: readonly RawRecord[];
}

/** Inside a worker: get ready, then analyse each batch posted and post the results back with the CPU used since ready. */
async function serveWorker({ preload, warmUp }: WorkerSetup): Promise<void> {
  const started = threadCpuSeconds();
  const analyze = await createAnalyzer();
  if (preload) preloadLexicon();
  for (const record of warmUp) analyseOne(analyze, record);
  const ready = threadCpuSeconds();
  const start = ready !== null && started !== null ? ready - started : null;
  parentPort!.on('message', ({ first, records }: ToWorker) => {
    const results = records.map((record) => {
      const result = analyseOne(analyze, record);
      return 'analysis' in result ? { analysis: result.analysis } : { error: result.error };
    });
    const now = threadCpuSeconds();
    parentPort!.postMessage({ first, results, cpu: now !== null && ready !== null ? now - ready : null, start } satisfies FromWorker);
  });
}

const setup = workerData as Partial<WorkerSetup> | null;
if (!isMainThread && parentPort && setup?.role === WORKER_ROLE) void serveWorker({ role: WORKER_ROLE, preload: setup.preload === true, warmUp: setup.warmUp ?? [] });
