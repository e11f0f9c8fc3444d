import type { DocMessage, NewsDoc } from '../doc/news-doc.js';
import { buildDossier } from '../dossier/build.js';
import { toAnalysis } from '../dossier/document.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { Dossier } from '../dossier/schema.js';
import { readInputs } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import type { DocumentStore, SourceEntry } from '../store/store.js';
import { ANALYZER_VERSION, createAnalyzer } from './analyze.js';
import { linkDocument, placeUnplaced } from './link-into-store.js';
import { retryBusy } from './retry-busy.js';
import { storyKeys } from '../link/story-keys.js';

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
): Promise<AnalysisRun> {
  const { records, errors } = readInputs(paths, process.cwd(), exclude);
  const { kept, analysed, reused } = await ingest(records, errors, store, onProgress);
  return { dossier: buildDossier(store.load(kept), errors), analysed, reused };
}

/** What ingesting records did: the sources now in the store, and how many were analysed or reused. */
export interface Ingested {
  kept: SourceEntry[];
  analysed: number;
  reused: number;
}

/**
 * Analyses the records the store does not hold yet and stores each as one
 * unit: its analysis, its sources, its place in the stored stories and its
 * relations are saved in one transaction, or nothing is. A record that fails
 * anywhere on that path becomes a message in `errors` and the others go on.
 */
export async function ingest(records: readonly RawRecord[], errors: DocMessage[], store: DocumentStore, onProgress?: (done: number, total: number) => void): Promise<Ingested> {
  const sources: SourceEntry[] = records.map(({ source, line, id, hash }) => ({ source, line, id, hash }));
  const known = store.analysed([...new Set(records.map((r) => r.hash))], ANALYZER_VERSION);
  const todo = [...new Map(records.filter((r) => !known.has(r.hash)).map((r) => [r.hash, r])).values()];
  const failed = new Set<string>();
  if (todo.length > 0) {
    const analyze = await createAnalyzer();
    const sourcesOf = new Map<string, SourceEntry[]>();
    for (const entry of sources) (sourcesOf.get(entry.hash) ?? sourcesOf.set(entry.hash, []).get(entry.hash)!).push(entry);
    for (const [index, record] of todo.entries()) {
      const problem = await storeRecord(store, analyze, record, sourcesOf.get(record.hash) ?? []);
      if (problem) {
        failed.add(record.hash);
        errors.push(problem);
      }
      onProgress?.(index + 1, todo.length);
    }
  }
  const kept = sources.filter((s) => !failed.has(s.hash));
  await retryBusy(() => store.save([], kept, ANALYZER_VERSION));
  await placeUnplaced(store, (message) => errors.push(message));
  return { kept, analysed: todo.length - failed.size, reused: records.length - todo.length };
}

/** Analyses one record and stores it as one unit; a message when that fails (the store then holds nothing of it). */
async function storeRecord(store: DocumentStore, analyze: (record: RawRecord) => NewsDoc, record: RawRecord, sources: readonly SourceEntry[]): Promise<DocMessage | null> {
  let analysis: DocumentAnalysis;
  let keys: string[];
  try {
    analysis = toAnalysis(analyze(record));
    keys = storyKeys(analysis);
  } catch (error) {
    return failure(record, 'could not be analysed', error);
  }
  try {
    await retryBusy(() =>
      store.transaction(() => {
        store.save([{ hash: record.hash, analysis }], sources, ANALYZER_VERSION);
        linkDocument(store, record.hash, analysis, keys);
      }),
    );
    return null;
  } catch (error) {
    return failure(record, 'could not be stored', error);
  }
}

function failure(record: RawRecord, what: string, error: unknown): DocMessage {
  const reason = error instanceof Error ? error.message : String(error);
  return { source: record.source, line: record.line, message: `${what} (${reason}); the other inputs were`, fatal: true };
}
