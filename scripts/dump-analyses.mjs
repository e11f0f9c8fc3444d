// Dumps the per-document analyses of the wmt21 texts and the article-extraction-benchmark pages, one JSON line per
// document, so that a speed change can be checked to leave every analysis byte-identical:
//   npm run build && node scripts/dump-analyses.mjs /tmp/before.jsonl   (then, after the change)
//   npm run build && node scripts/dump-analyses.mjs /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// SETS=all adds the semeval-2022 and bsnlp articles (ten languages), for changes to shared language resources.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toAnalysis } from '../dist/dossier/document.js';
import { createAnalyzer } from '../dist/pipeline/analyze.js';
import { readBytes } from '../dist/read/read-inputs.js';

const [out, bench = '../shared/bench'] = process.argv.slice(2);
if (!out) throw new Error('Usage: node scripts/dump-analyses.mjs <out.jsonl> [bench folder]');
const analyze = await createAnalyzer();
const lines = [];
const sets = ['wmt21/articles', 'article-extraction-benchmark/html'];
if (process.env.SETS === 'all') sets.push('semeval-2022/articles', 'bsnlp/articles');
for (const set of sets) {
  const read = { records: [], errors: [] };
  for (const name of readdirSync(join(bench, set)).sort()) {
    const bytes = readFileSync(join(bench, set, name));
    readBytes(name.endsWith('.gz') ? gunzipSync(bytes) : bytes, name.replace(/\.gz$/, ''), read);
  }
  for (const record of read.records) lines.push(JSON.stringify(toAnalysis(analyze(record))));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} analyses → ${out}`);
