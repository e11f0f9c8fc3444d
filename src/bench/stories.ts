/**
 * The cross-document layer at scale: articles of many stories, resampled from
 * real development articles in several languages (resample-stories.ts), are
 * analysed, saved to a SQLite store and placed in stories (with their copies
 * found) as they arrive; then one more document is added to the full store.
 * Usage: npm run bench:stories [-- <count> [development set folder…]]; without folders it
 * reads the development sets under ../shared/bench, and without those it
 * falls back to the template-generated corpus.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toAnalysis } from '../dossier/document.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { linkDocument, prepareLink } from '../pipeline/link-into-store.js';
import type { LinkPreparation } from '../pipeline/link-into-store.js';
import { WRITE_BATCH } from '../pipeline/run-analysis.js';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { hashRecord } from '../read/read-inputs.js';
import { openSqliteStore } from '../store/sqlite.js';
import { storyCorpus } from './story-corpus.js';
import { describeQuality, storyQuality } from './story-quality.js';

const count = Number(process.argv[2] ?? 10_000);
// One more than measured: the last is added to the full store at the end.
const { corpus, description } = storyCorpus(count + 1, process.argv.slice(3));
const BATCH = WRITE_BATCH;
const folder = join(tmpdir(), `triangulate-stories-${process.pid}`);
mkdirSync(folder, { recursive: true });
const store = openSqliteStore(join(folder, 'store.db'));
const analyze = await createAnalyzer();
const goldOf = new Map<string, number>();
let analysing = 0;
let linking = 0;
/** Parts of linking (CPU ms): story features of each analysis, saving it, placing it in a story; the rest is comparing texts and commits. */
const parts = { features: 0, save: 0, place: 0 };
/** CPU time of this process in ms: the machine is shared, so wall time would measure the neighbours. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Linking cost per document over each stretch of the run (store sizes 1k, 2k, 5k, 10k, …): how cost grows with the store. */
const marks = [1, 2, 5].flatMap((m) => [1_000, 10_000, 100_000, 1_000_000].map((p) => m * p)).filter((n) => n <= count).sort((a, b) => a - b);
let markFrom = 0;
let linkingAtMark = 0;
const placeInStory = store.placeInStory.bind(store);
store.placeInStory = (hash, placement) => {
  const t = cpu();
  const placed = placeInStory(hash, placement);
  parts.place += cpu() - t;
  return placed;
};
const mb = (bytes: number) => Math.round(bytes / 1_048_576);
/** Memory now: resident, and the JavaScript heap in use (after a full collection when run with --expose-gc: what is live). */
const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return `RSS ${mb(rss)} MB, heap ${mb(heapUsed)} MB`;
};
console.log(`corpus of ${count + 1} texts ready: ${memory()}`);
let batch: Array<{ hash: string; analysis: DocumentAnalysis; linking: LinkPreparation }> = [];
const started = performance.now();
for (let i = 0; i < count; i++) {
  const { story, text } = corpus[i]!;
  const hash = hashRecord('text', text, {});
  goldOf.set(hash, story);
  let t = cpu();
  const analysis = toAnalysis(analyze({ id: String(i), source: `${i}.txt`, line: null, format: 'text', content: text, meta: {}, hash }));
  analysing += cpu() - t;
  t = cpu();
  batch.push({ hash, analysis, linking: prepareLink(analysis) });
  parts.features += cpu() - t;
  if (batch.length === BATCH || i === count - 1) {
    t = cpu();
    // One transaction per batch and a savepoint per document, as `analyze` stores them (a document is saved and
    // linked together or not at all).
    store.transaction(() => {
      for (const item of batch) store.transaction(() => {
        const saving = cpu();
        store.save([item], [], 'bench');
        parts.save += cpu() - saving;
        linkDocument(store, item.hash, item.analysis, item.linking);
      });
    });
    linking += cpu() - t;
    if (marks[0] !== undefined && i + 1 >= marks[0]) {
      console.log(`store ${markFrom}–${i + 1}: ${((linking - linkingAtMark) / (i + 1 - markFrom)).toFixed(1)} ms CPU per document to save, place and compare; ${memory()}`);
      [markFrom, linkingAtMark] = [i + 1, linking];
      marks.shift();
    }
    batch = [];
  }
}
const total = (performance.now() - started) / 1000;
console.log(description);
console.log(`per-document analysis: ${(analysing / 1000).toFixed(1)} CPU-s (${Math.round(count / (analysing / 1000))} docs per CPU-s)`);
console.log(`story features: ${(parts.features / 1000).toFixed(1)} CPU-s (${(parts.features / count).toFixed(1)} ms per document)`);
console.log(`save + stories + relations, incremental: ${(linking / 1000).toFixed(1)} CPU-s (${Math.round(count / (linking / 1000))} docs per CPU-s): save ${(parts.save / count).toFixed(1)}, place ${(parts.place / count).toFixed(1)}, compare texts and commit ${((linking - parts.save - parts.place) / count).toFixed(1)} ms per document`);
console.log(`whole run: ${total.toFixed(1)} s elapsed`);

// Story quality against the generator's stories.
const found = store.stories();
console.log(describeQuality(storyQuality(found, goldOf)));
const relations = store.relations([...goldOf.keys()].slice(0, 2000));
console.log(`relations touching the first 2,000 documents: ${relations.length} (${relations.filter((r) => r.type === 'copy').length} copies)`);

// One more document into the full store: read, analyse, save, place, compare, and its dossier.
const extra = join(folder, 'extra.txt');
writeFileSync(extra, corpus[count]!.text);
const t = cpu();
const run = await runAnalysis([extra], store);
console.log(`adding one document to a store of ${count}: ${(cpu() - t).toFixed(0)} ms CPU (story ${run.dossier.documents[0]?.story ?? '-'})`);
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
store.close();
rmSync(folder, { recursive: true, force: true });
