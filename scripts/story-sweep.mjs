#!/usr/bin/env node
// Re-clusters the stories of kept evaluation runs (run.mjs --keep <dir>) with the built clustering and
// scores them, for each threshold given: the curve threshold -> score per set, without re-analysing.
//
//   node scripts/story-sweep.mjs <keep-dir> <set> [threshold...] [--cross <weight>] [--relative <share>] [--cap <cohesion>] [--shuffle <seed>]
// --shuffle also clusters the documents in a seeded random order and says whether the stories are the same.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterStories, STORY_LINK } from '../dist/link/stories/cluster-stories.js';
import { storyFeatures } from '../dist/link/stories/features.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args.splice(args.indexOf(name), 2)[1]) : fallback);
const cross = option('--cross', STORY_LINK.crossLanguage);
const shuffleSeed = option('--shuffle', null);
const relative = option('--relative', STORY_LINK.relative);
const cohesionCap = option('--cap', STORY_LINK.cohesionCap);
const [keep, set, ...thresholds] = args;
const dossierPath = join(keep, set, 'out', 'dossier.json');
const dossier = JSON.parse(readFileSync(dossierPath, 'utf8'));
const db = new Database(join(keep, set, 'out', 'store.db'), { readonly: true });
const rows = db.prepare('SELECT s.id AS id, d.text AS text, d.analysis AS analysis FROM sources s JOIN documents d ON d.hash = s.hash').all();
const analysisOf = new Map(rows.map((row) => [row.id, { ...JSON.parse(row.analysis), text: row.text }]));
const sources = dossier.documents.map((doc) => {
  const analysis = analysisOf.get(doc.id) ?? analysisOf.get(doc.id.replace(/#\d+$/, ''));
  return { id: doc.id, title: doc.title, published: doc.published, language: doc.language, features: storyFeatures(analysis) };
});
// A lone document joins the story of a copy or translation the run found, as in the dossier (NO_RELATED=1: not).
const related = process.env.NO_RELATED ? [] : dossier.relations.filter((r) => r.type === 'copy' || r.type === 'translation').map((r) => [r.from, r.to]);
if (shuffleSeed !== null) {
  // Reads the documents in another order: the partition must come out the same.
  const { seededRandom, shuffled } = await import('../dist/link/stories/synthetic.js');
  const partition = (stories) => stories.map((story) => [...story.documents].sort().join(' ')).sort().join('\n');
  const before = partition(clusterStories(sources, related).stories);
  const after = partition(clusterStories(shuffled(sources, seededRandom(shuffleSeed)), related).stories);
  console.log(`${set}: shuffled with seed ${shuffleSeed}, same stories: ${before === after}`);
}
const gold = join(process.cwd(), '..', 'shared', 'bench', set, 'gold.json');
const scorer = join(process.cwd(), '..', 'shared', 'tools', 'eval', set === 'wmt21' ? 'relations.mjs' : 'stories.mjs');
for (const threshold of thresholds.length ? thresholds.map(Number) : [0.2]) {
  const { stories, storyOf } = clusterStories(sources, related, { ...STORY_LINK, threshold, crossLanguage: cross, relative, cohesionCap });
  const out = { ...dossier, stories, documents: dossier.documents.map((doc) => ({ ...doc, story: storyOf.get(doc.id) ?? null })) };
  const path = join(keep, set, `sweep.json`);
  writeFileSync(path, JSON.stringify(out));
  const report = JSON.parse(execFileSync('node', [scorer, path, gold, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const m = report.metrics;
  const round = (x) => Math.round(x * 1000) / 1000;
  const pick = set === 'wmt21' ? { storyB3: round(m.stories.strict.f1), lenient: round(m.stories.lenient.f1), largest: m.stories.largest } : set === 'semeval-2022' ? { f1: round(report.score), mono: round(m.monolingual.f1), cross: round(m['cross-lingual'].f1), p: round(m['all pairs'].precision), r: round(m['all pairs'].recall) } : { f1: round(report.score), p: round(m.story.b3.precision), r: round(m.story.b3.recall), largest: m.largestPredicted };
  console.log(`${set} threshold ${threshold} cross ${cross} relative ${relative} cap ${cohesionCap}: stories ${stories.length}`, JSON.stringify(pick));
}
