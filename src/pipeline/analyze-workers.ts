import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toAnalysis } from '../dossier/document.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { RawRecord } from '../read/read-inputs.js';
import { createAnalyzer } from './analyze.js';

/** What analysing one record gave: its analysis, or why it failed. */
export type Analysed = { record: RawRecord; analysis: DocumentAnalysis } | { record: RawRecord; error: string };

/** Marks the threads started here, so that importing this module in another worker starts nothing. */
const WORKER_ROLE = 'triangulate-analyse';

/** Records handed to a worker at a time: enough to keep it busy, few enough to balance the load (unit: records). */
const BATCH = 8;

/** The default number of workers: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Analyses records on `jobs` worker threads (each loads its own language
 * model) and yields the results in input order; with one job it analyses in
 * this thread. A record that fails is a result with its error, never a throw.
 */
export async function* analyseRecords(records: readonly RawRecord[], jobs: number): AsyncGenerator<Analysed> {
  const workers = Math.min(jobs, Math.ceil(records.length / BATCH));
  if (workers <= 1) {
    const analyze = await createAnalyzer();
    for (const record of records) yield analyseOne(analyze, record);
    return;
  }
  const pool = Array.from({ length: workers }, () => new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } }));
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
  for (const worker of pool) {
    worker.on('message', ({ first, results }: { first: number; results: Array<{ analysis?: DocumentAnalysis; error?: string }> }) => {
      results.forEach((result, i) => done.set(first + i, result.analysis ? { record: records[first + i]!, analysis: result.analysis } : { record: records[first + i]!, error: result.error ?? 'unknown error' }));
      feed(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    feed(worker);
  }
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

/** Inside a worker: analyse each batch posted and post the results back. */
async function serveWorker(): Promise<void> {
  const analyze = await createAnalyzer();
  parentPort!.on('message', ({ first, records }: { first: number; records: RawRecord[] }) => {
    const results = records.map((record) => {
      const result = analyseOne(analyze, record);
      return 'analysis' in result ? { analysis: result.analysis } : { error: result.error };
    });
    parentPort!.postMessage({ first, results });
  });
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) void serveWorker();
