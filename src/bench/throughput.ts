/**
 * Throughput of read + clean + language (+ sentences and citations) on
 * generated ~3 KB plain-text articles, on one core, and of a whole `analyze`
 * run with the SQLite store. Usage: npm run bench [-- <count>]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toAnalysis } from '../dossier/document.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { readInputs } from '../read/read-inputs.js';
import { openSqliteStore } from '../store/sqlite.js';
import { generateArticle } from './generate.js';

const count = Number(process.argv[2] ?? 10_000);
const folder = join(tmpdir(), `triangulate-bench-${process.pid}`);
mkdirSync(folder, { recursive: true });
let bytes = 0;
for (let i = 0; i < count; i++) {
  const text = generateArticle(i);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), text);
}
console.log(`${count} generated articles, ${(bytes / count / 1024).toFixed(1)} KB on average`);

let started = 0;
let seconds = 0;
for (const [label, extraction] of [['read + clean + language + sentences', false], ['the whole per-document analysis (also citations, entities, descriptors, quotes, dates, figures)', true]] as const) {
  const analyze = await createAnalyzer({ extraction });
  started = performance.now();
  const { records } = readInputs([folder]);
  let bodies = 0;
  for (const record of records) bodies += toAnalysis(analyze(record)).body.length;
  seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${count} documents in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)} documents/s (${bodies} body paragraphs)`);
}

const db = join(folder, 'store.db');
const store = openSqliteStore(db);
started = performance.now();
await runAnalysis([folder], store);
seconds = (performance.now() - started) / 1000;
console.log(`analyze with the SQLite store, first run: ${Math.round(count / seconds)} documents/s`);
started = performance.now();
const again = await runAnalysis([folder], store);
seconds = (performance.now() - started) / 1000;
console.log(`analyze again (all ${again.reused} from the store): ${seconds.toFixed(1)} s`);
store.close();
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
rmSync(folder, { recursive: true, force: true });
