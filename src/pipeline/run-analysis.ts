import type { DocMessage } from '../doc/news-doc.js';
import { buildDossier } from '../dossier/build.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { Dossier } from '../dossier/schema.js';
import { readInputs } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import type { DocumentStore, SourceEntry } from '../store/store.js';
import { ANALYZER_VERSION } from './analyze.js';
import { analyseRecords } from './analyze-workers.js';
import { linkIntoStore, placeUnplaced } from './link-into-store.js';

/** What one `analyze` run did. */
export interface AnalysisRun {
  dossier: Dossier;
  /** Records analysed now. */
  analysed: number;
  /** Records whose analysis came from the store. */
  reused: number;
}

/** Analyses are written to the store in batches of this many documents (bounds memory on big folders). */
const SAVE_BATCH = 500;

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
  const { kept, analysed, reused } = await ingest(records, errors, store, onProgress, jobs);
  return { dossier: buildDossier(store.load(kept), errors), analysed, reused };
}

/** What ingesting records did: the sources now in the store, and how many were analysed or reused. */
export interface Ingested {
  kept: SourceEntry[];
  analysed: number;
  reused: number;
}

/**
 * Analyses the records the store does not hold yet, saves them and their
 * sources, and places them in the stored stories; a record whose analysis
 * fails becomes a message in `errors` and the others go on.
 */
export async function ingest(records: readonly RawRecord[], errors: DocMessage[], store: DocumentStore, onProgress?: (done: number, total: number) => void, jobs = 1): Promise<Ingested> {
  const sources: SourceEntry[] = records.map(({ source, line, id, hash }) => ({ source, line, id, hash }));
  const known = store.analysed([...new Set(records.map((r) => r.hash))], ANALYZER_VERSION);
  const todo = [...new Map(records.filter((r) => !known.has(r.hash)).map((r) => [r.hash, r])).values()];
  const failed = new Set<string>();
  if (todo.length > 0) {
    let batch: Array<{ hash: string; analysis: DocumentAnalysis }> = [];
    let index = 0;
    for await (const result of analyseRecords(todo, jobs)) {
      if ('analysis' in result) batch.push({ hash: result.record.hash, analysis: result.analysis });
      else {
        failed.add(result.record.hash);
        errors.push(analysisFailure(result.record.source, result.record.line, result.error));
      }
      index++;
      if (batch.length >= SAVE_BATCH || index === todo.length) {
        store.save(batch, [], ANALYZER_VERSION);
        linkIntoStore(store, batch);
        batch = [];
      }
      onProgress?.(index, todo.length);
    }
  }
  const kept = sources.filter((s) => !failed.has(s.hash));
  store.save([], kept, ANALYZER_VERSION);
  placeUnplaced(store);
  return { kept, analysed: todo.length - failed.size, reused: records.length - todo.length };
}

function analysisFailure(source: string, line: number | null, reason: string): DocMessage {
  return { source, line, message: `could not be analysed (${reason}); the other inputs were`, fatal: true };
}
