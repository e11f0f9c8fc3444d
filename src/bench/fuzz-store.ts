import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocMessage } from '../doc/news-doc.js';
import { ANALYZER_VERSION } from '../pipeline/analyze.js';
import { ingest } from '../pipeline/run-analysis.js';
import type { RawRecord } from '../read/read-inputs.js';
import { readBytes } from '../read/read-inputs.js';
import { openSqliteStore } from '../store/sqlite.js';

/** A plain article stored after each batch of fuzz records: if it cannot be stored and found, the store is poisoned. */
const PROBE = 'Harbour reopens\n\nThe harbour of Port Elvan reopened on Monday after three weeks of repairs, the port authority said.\n';
/** Fuzz records stored per ingest call (unit: records). */
const BATCH = 50;

/** What storing fuzz records did to a store. */
export interface StoreCheck {
  records: number;
  batches: number;
  /** Batches after which the store failed: an ingest that threw, a probe not stored, or a failed integrity check. */
  poisoned: string[];
}

/**
 * Stores the records read from fuzz inputs in one SQLite file, batch by batch, and after each batch checks that
 * a plain article is still stored and found; at the end, that the file passes SQLite's integrity check and opens again.
 */
export async function checkStore(inputs: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<StoreCheck> {
  const path = join(mkdtempSync(join(tmpdir(), 'triangulate-fuzz-store-')), 'store.db');
  const records: RawRecord[] = [];
  for (const input of inputs) {
    const read = { records: [] as RawRecord[], errors: [] as DocMessage[] };
    readBytes(input.bytes, input.name, read);
    records.push(...read.records.slice(0, 5));
  }
  const check: StoreCheck = { records: records.length, batches: 0, poisoned: [] };
  const store = openSqliteStore(path);
  try {
    for (let start = 0; start < records.length; start += BATCH) {
      check.batches++;
      const label = `batch ${check.batches} (records ${start + 1}–${Math.min(records.length, start + BATCH)})`;
      try {
        await ingest(records.slice(start, start + BATCH), [], store);
        const probe = { records: [] as RawRecord[], errors: [] as DocMessage[] };
        readBytes(Buffer.from(`${PROBE}Batch ${check.batches}.\n`), `probe-${check.batches}.txt`, probe);
        await ingest(probe.records, [], store);
        if (!store.analysed(probe.records.map((r) => r.hash), ANALYZER_VERSION).size) check.poisoned.push(`${label}: the probe article was not stored`);
      } catch (error) {
        check.poisoned.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    store.close();
  }
  const db = new Database(path, { readonly: true });
  const integrity = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').get()?.integrity_check;
  db.close();
  if (integrity !== 'ok') check.poisoned.push(`integrity check: ${integrity}`);
  openSqliteStore(path).close();
  return check;
}
