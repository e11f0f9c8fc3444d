/**
 * The store's story placement alone at scale: made-up documents' features
 * (no text analysis) placed one by one in a SQLite store, then the cost of
 * one more. Usage: node dist/bench/story-placement.js [count]
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticDocuments } from '../link/stories/synthetic.js';
import { openSqliteStore } from '../store/sqlite.js';

const count = Number(process.argv[2] ?? 100_000);
/** Documents per made-up story, as in the generated articles' bench. */
const PER_STORY = 12;
const BATCH = 1000;
const folder = join(tmpdir(), `triangulate-placement-${process.pid}`);
mkdirSync(folder, { recursive: true });
const store = openSqliteStore(join(folder, 'store.db'));
const docs = syntheticDocuments(Math.ceil(count / PER_STORY) + 1, PER_STORY, 1);
// Stories interleaved as news arrives: one document of each story in turn.
const order = docs.map((doc, i) => ({ doc, turn: i % PER_STORY })).sort((a, b) => a.turn - b.turn).map(({ doc }) => doc);
const extra = order.pop()!;
const placed = order.slice(0, count);
const started = performance.now();
for (let i = 0; i < placed.length; i += BATCH) {
  store.transaction(() => {
    for (const doc of placed.slice(i, i + BATCH)) store.placeInStory(doc.id, { features: doc.features, language: 'en' });
  });
  if ((i / BATCH) % 10 === 9) console.log(`${i + BATCH} placed: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`${placed.length} documents placed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const t = performance.now();
store.placeInStory(extra.id, { features: extra.features, language: 'en' });
console.log(`one more document into a store of ${placed.length}: ${(performance.now() - t).toFixed(1)} ms`);
const truth = new Map(docs.map((doc) => [doc.id, doc.story]));
const found = store.stories();
const pure = found.reduce((sum, story) => {
  const counts = new Map<number, number>();
  for (const id of story.documents) counts.set(truth.get(id)!, (counts.get(truth.get(id)!) ?? 0) + 1);
  return sum + Math.max(...counts.values());
}, 0);
console.log(`stories: ${found.length} (made up: ${Math.ceil(count / PER_STORY)}); purity ${(pure / (placed.length + 1)).toFixed(3)}`);
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
store.close();
rmSync(folder, { recursive: true, force: true });
