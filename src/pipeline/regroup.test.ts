import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { generateStoryArticle } from '../bench/generate-stories.js';
import { readInputs } from '../read/read-inputs.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { DocumentStore } from '../store/store.js';
import { tempDir } from '../test-support.js';
import { regroupTouched } from './link-into-store.js';
import { runAnalysis } from './run-analysis.js';

/** Generated articles of four stories (twelve each, five languages), each text once, written to a folder; their paths. */
function writeArticles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const texts = [...new Set(Array.from({ length: 48 }, (_, i) => generateStoryArticle(i).text))];
  return texts.map((text, i) => {
    const path = join(dir, `article-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, text);
    return path;
  });
}

/** The store's stories as sorted lists of source paths, sorted: what a partition is, whatever the ids. */
function storedPartition(store: DocumentStore, paths: readonly string[]): string[] {
  const pathOf = new Map(readInputs(paths).records.map((record) => [record.hash, record.source]));
  return store.stories().map((story) => story.documents.map((hash) => pathOf.get(hash)!).sort().join(' ')).sort();
}

/** A partition as a list of groups, from item → group. */
function groups(groupOf: ReadonlyMap<string, string | null>): string[] {
  const members = new Map<string, string[]>();
  for (const [item, group] of groupOf) (members.get(group ?? item) ?? members.set(group ?? item, []).get(group ?? item)!).push(item);
  return [...members.values()].map((list) => list.sort().join(' ')).sort();
}

test('after each run the stories it touched are regrouped: two runs in another order store the stories of one run, which are the dossier\'s', async () => {
  const dir = tempDir();
  const paths = writeArticles(join(dir, 'in'));
  const once = openSqliteStore(join(dir, 'once.db'));
  const { dossier } = await runAnalysis(paths, once);
  const oneRun = storedPartition(once, paths);
  once.close();
  assert.ok(oneRun.length >= 2 && oneRun.length < paths.length / 2, `${oneRun.length} stories`);
  assert.deepEqual(oneRun, groups(new Map(dossier.documents.map((doc) => [doc.source, doc.story]))), 'the store holds the stories the dossier shows');
  // The second half first, each half backwards: one document at a time, the first members of a story decide.
  const twice = openSqliteStore(join(dir, 'twice.db'));
  const half = Math.floor(paths.length / 2);
  await runAnalysis([...paths.slice(half)].reverse(), twice);
  await runAnalysis([...paths.slice(0, half)].reverse(), twice);
  assert.deepEqual(storedPartition(twice, paths), oneRun);
  const aliases = twice.stories().flatMap((story) => story.aliases);
  for (const alias of aliases) assert.ok(twice.storyAlias(alias), `old story ${alias} leads to a story`);
  twice.close();
});

test('regrouping reads what the store saved of each placed document, not its analysis; a store without it (an older version) works it out, to the same stories', async () => {
  const dir = tempDir();
  const paths = writeArticles(join(dir, 'in'));
  const path = join(dir, 'store.db');
  const first = openSqliteStore(path);
  await runAnalysis(paths, first);
  const partition = storedPartition(first, paths);
  first.close();
  const hashes = readInputs(paths).records.map((record) => record.hash);
  for (const saved of [true, false]) {
    const store = openSqliteStore(path);
    let analysesRead = 0;
    const counting: DocumentStore = {
      ...store,
      analysis(hash) {
        analysesRead++;
        return store.analysis(hash);
      },
    };
    try {
      if (!saved) new Database(path).exec('DELETE FROM regroup_sources').close();
      assert.equal(store.regroupSource(hashes[0]!) !== null, saved);
      const regrouped = regroupTouched(counting, hashes, new Map());
      assert.equal(regrouped.documents, hashes.length);
      assert.equal(analysesRead, saved ? 0 : hashes.length);
      assert.deepEqual(storedPartition(store, paths), partition);
    } finally {
      store.close();
    }
  }
});
