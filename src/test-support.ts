import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { NewsDoc } from './doc/news-doc.js';
import { createAnalyzer } from './pipeline/analyze.js';
import { hashRecord } from './read/read-inputs.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Dossier } from './dossier/schema.js';
import { runAnalysis } from './pipeline/run-analysis.js';
import { openSqliteStore } from './store/sqlite.js';
import { readTable } from './lexicon/data-files.js';

/** The repository root (tests run from compiled files under dist/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder beside the repository, when present (CI has it). */
export const sharedRoot = resolve(repoRoot, '..', 'shared');

/** True when the shared reference corpus is available. */
export const hasShared = existsSync(join(sharedRoot, 'corpus', 'kazakhstan-2022', 'expected.json'));

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'triangulate-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/**
 * Table folders for one test, as data/lexicon (`packed`) and dist/tables (`unpacked`, empty): each file given is
 * written under `packed`, gzipped when its name ends in .gz.
 */
export function tableFolders(prefix: string, files: Record<string, string | Uint8Array>): { packed: URL; unpacked: URL } {
  const root = tempDir(prefix);
  const packed = pathToFileURL(`${root}/packed/`);
  for (const [name, content] of Object.entries(files)) {
    const url = new URL(name, packed);
    mkdirSync(new URL('.', url), { recursive: true });
    writeFileSync(url, name.endsWith('.gz') ? gzipSync(content) : content);
  }
  return { packed, unpacked: pathToFileURL(`${root}/unpacked/`) };
}

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

let analyzer: ReturnType<typeof createAnalyzer> | null = null;

/** Runs the whole per-document pipeline on one plain text, as if read from a file. */
export async function analyseText(text: string): Promise<NewsDoc> {
  analyzer ??= createAnalyzer();
  const analyse = await analyzer;
  return analyse({ id: 'test', source: 'test.txt', line: null, format: 'text', content: text, meta: {}, hash: hashRecord('text', text, {}) });
}

/** The mentions of a text that need no support from others (not weak) as `text:type`, in order. */
export async function strongMentions(text: string): Promise<string[]> {
  const doc = await analyseText(text);
  return (doc.data.mentions ?? []).filter((m) => !m.weak).map((m) => `${m.text}:${m.type}`);
}

/** Scores a dossier with the contract's scorer (../shared/tools/score.mjs): each part's score by name. */
export function scoreParts(dossier: unknown, expectedPath: string): Map<string, number> {
  const path = join(tempDir(), 'dossier.json');
  writeFileSync(path, JSON.stringify(dossier));
  const output = execFileSync(process.execPath, [join(sharedRoot, 'tools', 'score.mjs'), path, expectedPath, '--json'], { encoding: 'utf8' });
  const { parts } = JSON.parse(output) as { parts: Array<{ part: string; score: number }> };
  return new Map(parts.map((p) => [p.part, p.score]));
}

/** The dossier of files and folders, analysed into a fresh in-memory store. */
export async function analysePaths(paths: readonly string[]): Promise<Dossier> {
  const store = openSqliteStore(':memory:');
  try {
    return (await runAnalysis(paths, store)).dossier;
  } finally {
    store.close();
  }
}

/** The reference corpus's expected file. */
export const referenceExpected = join(sharedRoot, 'corpus', 'kazakhstan-2022', 'expected.json');

/**
 * Asserts that a compiled table under data/lexicon holds what its sources give now (scripts/lexicon/derived.mjs
 * writes it), naming the first line that differs rather than printing megabytes of text.
 */
export function assertCompiledTable(relative: string, fresh: string): void {
  const stored = readTable(relative);
  assert.ok(stored !== null, `data/lexicon/${relative} is missing: npm run build && node scripts/lexicon/derived.mjs`);
  const [now, then] = [fresh.split('\n'), stored.split('\n')];
  const differs = now.findIndex((line, i) => line !== then[i]);
  const first = differs >= 0 ? differs : now.length !== then.length ? Math.min(now.length, then.length) : -1;
  assert.equal(first < 0 ? null : `line ${first + 1}: fresh ${JSON.stringify(now[first])}, stored ${JSON.stringify(then[first])}`, null, `data/lexicon/${relative} is stale: npm run build && node scripts/lexicon/derived.mjs`);
}
