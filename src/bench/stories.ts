/**
 * The cross-document layer at scale: generated articles of many stories in
 * five languages are analysed, saved to a SQLite store and placed in stories
 * (with their copies found) as they arrive; then one more document is added
 * to the full store. Usage: npm run bench:stories [-- <count>]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toAnalysis } from '../dossier/document.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { linkDocument } from '../pipeline/link-into-store.js';
import { WRITE_BATCH } from '../pipeline/run-analysis.js';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { hashRecord } from '../read/read-inputs.js';
import { openSqliteStore } from '../store/sqlite.js';
import { generateStoryArticle } from './generate-stories.js';

const count = Number(process.argv[2] ?? 10_000);
const BATCH = WRITE_BATCH;
const folder = join(tmpdir(), `triangulate-stories-${process.pid}`);
mkdirSync(folder, { recursive: true });
const store = openSqliteStore(join(folder, 'store.db'));
const analyze = await createAnalyzer();
const goldOf = new Map<string, number>();
let analysing = 0;
let linking = 0;
let batch: Array<{ hash: string; analysis: DocumentAnalysis }> = [];
const started = performance.now();
for (let i = 0; i < count; i++) {
  const { story, text } = generateStoryArticle(i);
  const hash = hashRecord('text', text, {});
  goldOf.set(hash, story);
  let t = performance.now();
  batch.push({ hash, analysis: toAnalysis(analyze({ id: String(i), source: `${i}.txt`, line: null, format: 'text', content: text, meta: {}, hash })) });
  analysing += performance.now() - t;
  if (batch.length === BATCH || i === count - 1) {
    t = performance.now();
    // One transaction per batch and a savepoint per document, as `analyze` stores them (a document is saved and
    // linked together or not at all).
    store.transaction(() => {
      for (const item of batch) store.transaction(() => {
        store.save([item], [], 'bench');
        linkDocument(store, item.hash, item.analysis);
      });
    });
    linking += performance.now() - t;
    batch = [];
  }
}
const total = (performance.now() - started) / 1000;
console.log(`${count} generated articles (${Math.ceil(count / 12)} stories, 5 languages)`);
console.log(`per-document analysis: ${(analysing / 1000).toFixed(1)} s (${Math.round(count / (analysing / 1000))} docs/s)`);
console.log(`save + stories + relations, incremental: ${(linking / 1000).toFixed(1)} s (${Math.round(count / (linking / 1000))} docs/s)`);
console.log(`whole run: ${total.toFixed(1)} s`);

// Story quality against the generator's stories: purity of found stories, completeness of true ones.
const found = store.stories();
let pure = 0;
const bestShare = new Map<number, number>();
for (const story of found) {
  const counts = new Map<number, number>();
  for (const hash of story.documents) counts.set(goldOf.get(hash) ?? -1, (counts.get(goldOf.get(hash) ?? -1) ?? 0) + 1);
  pure += Math.max(...counts.values());
  for (const [gold, n] of counts) bestShare.set(gold, Math.max(bestShare.get(gold) ?? 0, n));
}
const goldSizes = new Map<number, number>();
for (const gold of goldOf.values()) goldSizes.set(gold, (goldSizes.get(gold) ?? 0) + 1);
const complete = [...goldSizes].reduce((sum, [gold]) => sum + (bestShare.get(gold) ?? 0), 0);
const relations = store.relations([...goldOf.keys()].slice(0, 2000));
console.log(`stories found: ${found.length} (true: ${goldSizes.size}); purity ${(pure / goldOf.size).toFixed(3)}, completeness ${(complete / goldOf.size).toFixed(3)}`);
console.log(`relations touching the first 2,000 documents: ${relations.length} (${relations.filter((r) => r.type === 'copy').length} copies)`);

// One more document into the full store: read, analyse, save, place, compare, and its dossier.
const extra = join(folder, 'extra.txt');
writeFileSync(extra, generateStoryArticle(count + 1).text);
const t = performance.now();
const run = await runAnalysis([extra], store);
console.log(`adding one document to a store of ${count}: ${(performance.now() - t).toFixed(0)} ms (story ${run.dossier.documents[0]?.story ?? '-'})`);
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
store.close();
rmSync(folder, { recursive: true, force: true });
