import type { DocMessage } from '../doc/news-doc.js';
import { buildDossier } from '../dossier/build.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { Dossier } from '../dossier/schema.js';
import { readInputs } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import type { DocumentStore, SourceEntry } from '../store/store.js';
import { ANALYZER_VERSION } from './analyze.js';
import { analyseRecords } from './analyze-workers.js';
import { linkDocument, MAX_REGROUPED, placeUnplaced, prepareLink, regroupSourceOf, regroupTouched } from './link-into-store.js';
import type { LinkPreparation } from './link-into-store.js';
import type { RegroupSource } from '../link/stories/regroup-stories.js';
import type { StoryFeature } from '../link/stories/features.js';
import { isBusy, retryBusy } from './retry-busy.js';

/** What one `analyze` run did. */
export interface AnalysisRun {
  dossier: Dossier;
  /** Records analysed now. */
  analysed: number;
  /** Records whose analysis came from the store. */
  reused: number;
}

/**
 * Reads the inputs, analyses only what the store does not hold yet (by
 * content hash), saves it and places it in the stored stories, and builds
 * the dossier from the store.
 */
export async function runAnalysis(
  paths: readonly string[],
  store: DocumentStore,
  onProgress?: (done: number, total: number) => void,
  /** Folders never read as input (the run's own output folder). */
  exclude: readonly string[] = [],
  /** Worker threads that analyse documents; 1 analyses in this thread. */
  jobs = 1,
): Promise<AnalysisRun> {
  const { records, errors } = readInputs(paths, process.cwd(), exclude);
  const { kept, analysed, reused, features } = await ingest(records, errors, store, onProgress, jobs);
  return { dossier: buildDossier(store.load(kept), errors, new Date(), features), analysed, reused };
}

/** What ingesting records did: the sources now in the store, and how many were analysed or reused. */
export interface Ingested {
  kept: SourceEntry[];
  analysed: number;
  reused: number;
  /** The story features of documents analysed now, by content hash (those kept for regrouping): the dossier reuses them. */
  features: ReadonlyMap<string, readonly StoryFeature[]>;
}

/**
 * Records analysed before they are written together: one commit for this many (group commit: a commit per record
 * rewrites the story index's pages each time), short enough that another writer waits well under a second.
 */
export const WRITE_BATCH = 16;

/** A record analysed, waiting to be stored. */
interface Analysed {
  record: RawRecord;
  analysis: DocumentAnalysis;
  linking: LinkPreparation;
  sources: readonly SourceEntry[];
}

/**
 * Analyses the records the store does not hold yet and stores each as one
 * unit: its analysis, its sources, its place in the stored stories and its
 * relations are saved together, or nothing of it is. A record that fails
 * anywhere on that path becomes a message in `errors` and the others go on.
 */
export async function ingest(records: readonly RawRecord[], errors: DocMessage[], store: DocumentStore, onProgress?: (done: number, total: number) => void, jobs = 1): Promise<Ingested> {
  const sources: SourceEntry[] = records.map(({ source, line, id, hash }) => ({ source, line, id, hash }));
  const known = store.analysed([...new Set(records.map((r) => r.hash))], ANALYZER_VERSION);
  const todo = [...new Map(records.filter((r) => !known.has(r.hash)).map((r) => [r.hash, r])).values()];
  const failed = new Set<string>();
  const placed = new Map<string, RegroupSource>();
  const fail = (problem: DocMessage, hash: string) => {
    failed.add(hash);
    errors.push(problem);
  };
  if (todo.length > 0) {
    const sourcesOf = new Map<string, SourceEntry[]>();
    for (const entry of sources) (sourcesOf.get(entry.hash) ?? sourcesOf.set(entry.hash, []).get(entry.hash)!).push(entry);
    let batch: Analysed[] = [];
    let index = 0;
    for await (const result of analyseRecords(todo, jobs, { linking: true })) {
      index++;
      if ('analysis' in result) {
        try {
          batch.push({ record: result.record, analysis: result.analysis, linking: result.linking ?? prepareLink(result.analysis), sources: sourcesOf.get(result.record.hash) ?? [] });
        } catch (error) {
          fail(failure(result.record, 'could not be analysed', error), result.record.hash);
        }
      } else fail(failure(result.record, 'could not be analysed', result.error), result.record.hash);
      if (batch.length >= WRITE_BATCH || index === todo.length) {
        for (const { item, error } of await storeBatch(store, batch)) fail(failure(item.record, 'could not be stored', error), item.record.hash);
        // What regrouping reads of the run's documents is kept for as many as it can regroup; the rest it reads from the store.
        for (const item of batch) if (!failed.has(item.record.hash) && placed.size < MAX_REGROUPED) placed.set(item.record.hash, regroupSourceOf(item.analysis, item.linking.placement));
        batch = [];
      }
      onProgress?.(index, todo.length);
    }
  }
  const kept = sources.filter((s) => !failed.has(s.hash));
  // Records analysed now were saved with their sources above; only records found in the store still need theirs.
  await retryBusy(() => store.save([], kept.filter((s) => known.has(s.hash)), ANALYZER_VERSION));
  await placeUnplaced(store, (message) => errors.push(message));
  if (todo.length > failed.size) await regroup(store, [...new Set(kept.map((s) => s.hash))], placed, errors);
  const features = new Map([...placed].map(([hash, source]) => [hash, source.features]));
  return { kept, analysed: todo.length - failed.size, reused: records.length - todo.length, features };
}

/**
 * Stores analysed records in one transaction, each record in a savepoint of
 * its own: a record that fails is rolled back alone and returned with its
 * error. A busy store retries the whole batch; if it stays busy, every record
 * of the batch is returned.
 */
async function storeBatch(store: DocumentStore, batch: readonly Analysed[]): Promise<Array<{ item: Analysed; error: unknown }>> {
  const storeEach = () =>
    store.transaction(() => {
      const failures: Array<{ item: Analysed; error: unknown }> = [];
      for (const item of batch) {
        try {
          store.transaction(() => {
            store.save([{ hash: item.record.hash, analysis: item.analysis }], item.sources, ANALYZER_VERSION);
            linkDocument(store, item.record.hash, item.analysis, item.linking);
          });
        } catch (error) {
          if (isBusy(error)) throw error;
          failures.push({ item, error });
        }
      }
      return failures;
    });
  try {
    return batch.length ? await retryBusy(storeEach) : [];
  } catch (error) {
    return batch.map((item) => ({ item, error }));
  }
}

/**
 * Regroups the stories holding the run's documents (those stored before it too: a rerun after a crash regroups what
 * the uninterrupted run would have); a failure leaves the stories as placed, with a message.
 */
async function regroup(store: DocumentStore, hashes: readonly string[], placed: ReadonlyMap<string, RegroupSource>, errors: DocMessage[]): Promise<void> {
  try {
    await retryBusy(() => regroupTouched(store, hashes, placed));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push({ source: 'store', line: null, message: `the stories of this run's documents were left as each document was placed, not regrouped over the run (${reason})`, fatal: false });
  }
}

function failure(record: RawRecord, what: string, error: unknown): DocMessage {
  const reason = error instanceof Error ? error.message : String(error);
  return { source: record.source, line: record.line, message: `${what} (${reason}); the run went on with the other inputs`, fatal: true };
}
