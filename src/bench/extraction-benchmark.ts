/**
 * Scores HTML body extraction on ../shared/bench/article-extraction-benchmark
 * with its own evaluate.py, beside the published outputs it ships.
 * Usage: npm run bench:extraction [-- <benchmark folder>]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toAnalysis } from '../dossier/document.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { decodeBytes } from '../read/decode.js';
import { hashRecord } from '../read/read-inputs.js';

const folder = process.argv[2] ?? '../shared/bench/article-extraction-benchmark';
const analyze = await createAnalyzer();
const output: Record<string, { articleBody: string }> = {};
const started = performance.now();
const files = readdirSync(join(folder, 'html')).filter((name) => name.endsWith('.html.gz'));
for (const name of files) {
  const bytes = gunzipSync(readFileSync(join(folder, 'html', name)));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1] ?? null;
  const decoded = decodeBytes(bytes, charset);
  const content = decoded.ok ? decoded.text : bytes.toString('utf8');
  const record = { id: name, source: name, line: null, format: 'html' as const, content, meta: {}, hash: hashRecord('html', content, {}) };
  const analysis = toAnalysis(analyze(record));
  output[name.replace(/\.html\.gz$/, '')] = { articleBody: analysis.body.map(([s, e]) => analysis.text.slice(s, e)).join('\n\n') };
}
const seconds = (performance.now() - started) / 1000;
const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
cpSync(join(folder, 'evaluate.py'), join(work, 'evaluate.py'));
cpSync(join(folder, 'ground-truth.json'), join(work, 'ground-truth.json'));
mkdirSync(join(work, 'output'));
cpSync(join(folder, 'output'), join(work, 'output'), { recursive: true });
writeFileSync(join(work, 'output', 'triangulate.json'), JSON.stringify(output));
console.log(`${files.length} pages in ${seconds.toFixed(1)} s (${((seconds * 1000) / files.length).toFixed(1)} ms a page)`);
console.log(execFileSync('python3', ['evaluate.py', '--n-bootstrap', '200'], { cwd: work, encoding: 'utf8' }));
rmSync(work, { recursive: true, force: true });
