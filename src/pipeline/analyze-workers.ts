import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toAnalysis } from '../dossier/document.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { RawRecord } from '../read/read-inputs.js';
import { preloadLexicon } from '../lexicon/preload.js';
import { createAnalyzer } from './analyze.js';
import { HandOut } from './hand-out.js';
import { languageHint } from './language-hint.js';
import { threadCpuSeconds } from './thread-cpu.js';
import { lowerThreadPriority } from './thread-priority.js';
import { prepareLink } from './link-into-store.js';
import type { LinkPreparation } from './link-into-store.js';

/** What analysing one record gave: its analysis (prepared for linking when asked for), or why it failed. */
export type Analysed = { record: RawRecord; analysis: DocumentAnalysis; linking?: LinkPreparation } | { record: RawRecord; error: string };

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
/**
 * Records each worker must have to analyse before one is started (unit: records). A worker spends about 1 CPU-second
 * getting ready (the language model, the tables of each language it meets, V8 compiling the stages afresh), what
 * analysing some 150 news documents costs, while the calling thread links and stores every document anyway. Measured
 * with `analyze --jobs 2` on 2 cores (semeval-2022 texts): 50 documents 1.9 s wall and 2.2 CPU-s in the calling thread
 * against 2.1 s and 3.4 CPU-s with two workers; 150 documents 3.7 s either way, 4.3 against 6.4 CPU-s; from about
 * 400 the workers gain (7.4 → 6.8 s wall for 2 more CPU-s). The demo's 9 documents took 1.5 s and 1.7 CPU-s alone,
 * 1.9 s and 3.1 CPU-s with two workers.
 */
export const RECORDS_PER_WORKER = 200;
/**
 * Heap each analysis worker may use for its long-lived objects (unit: MB; V8's old generation). Analysing a 45 MB text
 * (the reader refuses files over 50 MB) peaks at about 125 MB, and a worker's bounded caches of words and names hold
 * about 350 MB after 10,000 news documents. A worker past the limit is ended by V8, not the process: its records are
 * analysed again without it.
 */
export const WORKER_HEAP_MB = 1024;

/** For benchmarks: load every table and warm each thread up before the first record, and add up the CPU each thread spends analysing. */
export interface WorkerOptions {
  preload?: boolean;
  /**
   * Also prepare each analysis for linking (prepareLink), in the thread that analysed it: the thread that stores and
   * links the documents sets the pace of a long run, and preparing them there (a lexicon lookup per content word)
   * took about a quarter of its time on 5,000 resampled news documents.
   */
  linking?: boolean;
  /**
   * Records each worker analyses first, their results dropped, as part of getting ready: a long run pays once per
   * worker what the first documents of each language cost more (compiling the language's patterns, the JIT).
   */
  warmUp?: readonly RawRecord[];
  /**
   * Analyse on worker threads whatever the number of records and even with one job, so that one and several jobs start
   * alike (fresh caches): `jobs` workers, or fewer when there are fewer batches of records than that.
   */
  threads?: boolean;
  /**
   * Filled in: CPU seconds each thread spent from the moment it was ready to its last result, taking in the records
   * and analysing them (the calling thread's with one job); empty without /proc.
   */
  cpuSeconds?: number[];
  /** Filled in: CPU seconds each worker thread spent getting ready (the language model, with `preload` the tables, the warm-up records). */
  startSeconds?: number[];
  /** Filled in: the scheduling priority (nice) each worker thread runs at; null where threads have none of their own. */
  priorities?: Array<number | null>;
  /**
   * Called as records are handed to a worker, with the end of those handed out (one past the last one's place) and how
   * many results the caller has taken.
   */
  onHandOut?: (handedOut: number, taken: number) => void;
  /** Filled in: for each record, the worker that analysed it (0, 1, …; the last to be given it). */
  workerOf?: number[];
  /** Heap each worker may use (unit: MB); WORKER_HEAP_MB by default. */
  heapMb?: number;
}

/** A batch of records to analyse, with their places in the input. */
interface ToWorker {
  indices: number[];
  records: RawRecord[];
}
/** A worker is ready (with the CPU seconds it spent getting ready and the priority it runs at), or its results for one batch (with its CPU since ready); null without /proc. */
type FromWorker = { kind: 'ready'; start: number | null; priority: number | null } | { kind: 'results'; indices: number[]; results: Array<{ analysis?: DocumentAnalysis; linking?: LinkPreparation; error?: string }>; cpu: number | null };

/** A worker of the pool, the batch it is analysing, and what it said before it stopped. */
interface Slot {
  worker: Worker;
  batch: ToWorker | null;
  ready: boolean;
  error: Error | null;
  /** CPU seconds the workers this one replaced spent in its place. */
  cpuBefore: number;
  /** Its place in the pool (a worker started in place of another takes its place). */
  index: number;
}

/**
 * How many workers analyse `records` records with `jobs` allowed: none (the calling thread analyses) with one job or
 * fewer than RECORDS_PER_WORKER records a worker; with `threads`, at least one, and no more than there are batches.
 */
export function workerCount(records: number, jobs: number, threads: boolean): number {
  if (threads) return Math.max(1, Math.min(jobs, Math.ceil(records / BATCH)));
  return jobs > 1 ? Math.min(jobs, Math.floor(records / RECORDS_PER_WORKER)) : 0;
}

/** The default number of workers: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Analyses records on at most `jobs` worker threads (each loads its own
 * language model), one for every RECORDS_PER_WORKER records, and yields the
 * results in input order; with one job, or too few records to repay a
 * worker's start, it analyses in this thread. A record that fails is a result
 * with its error, never a throw.
 * A worker that stops (past its heap limit, say) is replaced, and the records
 * it held are analysed again one at a time: only a record that a worker stops
 * on alone is given the reason as its error. A worker that stops before it is
 * ready ends the run with a throw, as every other would.
 */
export async function* analyseRecords(records: readonly RawRecord[], jobs: number, options: WorkerOptions = {}): AsyncGenerator<Analysed> {
  const workers = workerCount(records.length, jobs, options.threads === true);
  if (workers === 0) {
    const analyze = await createAnalyzer();
    if (options.preload) preloadLexicon();
    for (const record of options.warmUp ?? []) analyseOne(analyze, record, false);
    for (const record of records) {
      const before = threadCpuSeconds();
      const result = analyseOne(analyze, record, options.linking === true);
      addCpu(options, 0, before);
      yield result;
    }
    return;
  }
  const heapMb = options.heapMb ?? WORKER_HEAP_MB;
  const setup: WorkerSetup = { role: WORKER_ROLE, preload: options.preload === true, warmUp: options.warmUp ?? [], linking: options.linking === true };
  const slots: Slot[] = [];
  const done = new Map<number, Analysed>();
  /** Records of a batch whose worker died, to be analysed again one to a batch, before any new record. */
  const retry: number[] = [];
  // One worker has every language: no hint is needed.
  const handOut = new HandOut(records.length, workers, workers > 1 ? (i) => languageHint(records[i]!) : () => null);
  let wanted = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let closing = false;
  const ahead = AHEAD_PER_WORKER * workers;
  /** Workers waiting for the caller to take results before they get more records. */
  const waiting: Slot[] = [];
  const post = (slot: Slot, indices: number[]) => {
    slot.batch = { indices, records: indices.map((i) => records[i]!) };
    slot.worker.postMessage(slot.batch satisfies ToWorker);
  };
  const feed = (slot: Slot) => {
    const again = retry.shift();
    if (again !== undefined) return post(slot, [again]);
    if (handOut.finished) return;
    if (!handOut.available(wanted + ahead)) {
      waiting.push(slot);
      return;
    }
    post(slot, handOut.take(slot.index, wanted + ahead, Math.min(BATCH, Math.ceil(handOut.remaining / (2 * workers)))));
    options.onHandOut?.(handOut.end, wanted);
  };
  const start = (w: number) => {
    const slot: Slot = { worker: new Worker(new URL(import.meta.url), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: heapMb } }), batch: null, ready: false, error: null, cpuBefore: options.cpuSeconds?.[w] ?? 0, index: w };
    slots[w] = slot;
    slot.worker.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') {
        slot.ready = true;
        if (message.start !== null && options.startSeconds) options.startSeconds[w] = (options.startSeconds[w] ?? 0) + message.start;
        if (options.priorities) options.priorities[w] = message.priority;
        return;
      }
      const { indices, results, cpu } = message;
      if (cpu !== null && options.cpuSeconds) options.cpuSeconds[w] = slot.cpuBefore + cpu;
      slot.batch = null;
      results.forEach((result, k) => {
        const i = indices[k]!;
        const { analysis, linking, error } = result;
        done.set(i, analysis ? { record: records[i]!, analysis, ...(linking && { linking }) } : { record: records[i]!, error: error ?? 'unknown error' });
        if (options.workerOf) options.workerOf[i] = w;
      });
      feed(slot);
      wake?.();
    });
    slot.worker.on('error', (error) => (slot.error = error));
    slot.worker.on('exit', (code) => {
      if (closing) return;
      const reason = slot.error ? describeDeath(slot.error, heapMb) : `it stopped with exit code ${code}`;
      if (!slot.ready) failure = new Error(`an analysis worker could not get ready: ${reason}`);
      else {
        // The records of the batch it held are analysed again one at a time by a new worker; a record that a worker
        // dies on alone is the one to blame, and gets the reason as its error.
        const batch = slot.batch;
        if (batch && batch.indices.length === 1) done.set(batch.indices[0]!, { record: batch.records[0]!, error: `the worker analysing it stopped: ${reason}` });
        else if (batch) retry.push(...batch.indices);
        const idle = waiting.indexOf(slot);
        if (idle >= 0) waiting.splice(idle, 1);
        feed(start(w));
      }
      wake?.();
    });
    return slot;
  };
  for (let w = 0; w < workers; w++) feed(start(w));
  try {
    while (wanted < records.length) {
      if (failure) throw failure;
      const result = done.get(wanted);
      if (!result) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(wanted++);
      while (waiting.length > 0 && handOut.available(wanted + ahead)) feed(waiting.shift()!);
      yield result;
    }
  } finally {
    closing = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}

function analyseOne(analyze: (record: RawRecord) => ReturnType<Awaited<ReturnType<typeof createAnalyzer>>>, record: RawRecord, linking: boolean): Analysed {
  try {
    const analysis = toAnalysis(analyze(record));
    return linking ? { record, analysis, linking: prepareLink(analysis) } : { record, analysis };
  } catch (error) {
    return { record, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Why a worker stopped, in words: V8's heap limit, or the error it threw. */
function describeDeath(error: Error, heapMb: number): string {
  const code = (error as Error & { code?: string }).code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it ran out of memory (${heapMb} MB of heap)` : error.message;
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
  linking: boolean;
}

/**
 * Inside a worker: get ready, then analyse each batch posted and post the results back with the CPU used since ready.
 * The worker runs at a lower priority than the thread that takes its results (see WORKER_NICE_STEP).
 */
async function serveWorker({ preload, warmUp, linking }: WorkerSetup): Promise<void> {
  const priority = lowerThreadPriority();
  const started = threadCpuSeconds();
  const analyze = await createAnalyzer();
  if (preload) preloadLexicon();
  for (const record of warmUp) analyseOne(analyze, record, false);
  const ready = threadCpuSeconds();
  parentPort!.postMessage({ kind: 'ready', start: ready !== null && started !== null ? ready - started : null, priority } satisfies FromWorker);
  parentPort!.on('message', ({ indices, records }: ToWorker) => {
    const results = records.map((record) => {
      const result = analyseOne(analyze, record, linking);
      if (!('analysis' in result)) return { error: result.error };
      return result.linking ? { analysis: result.analysis, linking: result.linking } : { analysis: result.analysis };
    });
    const now = threadCpuSeconds();
    parentPort!.postMessage({ kind: 'results', indices, results, cpu: now !== null && ready !== null ? now - ready : null } satisfies FromWorker);
  });
}

const setup = workerData as Partial<WorkerSetup> | null;
if (!isMainThread && parentPort && setup?.role === WORKER_ROLE) void serveWorker({ role: WORKER_ROLE, preload: setup.preload === true, warmUp: setup.warmUp ?? [], linking: setup.linking === true });
