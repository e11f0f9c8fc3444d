import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { toAnalysis } from '../dossier/document.js';
import { readInputs } from '../read/read-inputs.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { DocumentStore } from '../store/store.js';
import { repoRoot, tempDir } from '../test-support.js';
import { ANALYZER_VERSION, createAnalyzer } from './analyze.js';
import { linkDocument } from './link-into-store.js';

const folder = join(repoRoot, 'test', 'fixtures', 'two-stories', 'articles');

test('a newcomer reads back only the stored documents whose text print says they can be related, and finds its copy among them', async () => {
  const analyze = await createAnalyzer();
  const records = new Map(readInputs([folder]).records.map((record) => [record.id, record]));
  const analysed = (id: string) => {
    const record = records.get(id)!;
    return { hash: record.hash, analysis: toAnalysis(analyze(record)) };
  };
  const path = join(tempDir(), 'store.db');
  const first = openSqliteStore(path);
  for (const id of ['a1-flood-wire-en', 'a2-flood-daily-en', 'a3-flood-daily-de', 'a5-flood-day3-en']) {
    const { hash, analysis } = analysed(id);
    first.transaction(() => {
      first.save([{ hash, analysis }], [], ANALYZER_VERSION);
      linkDocument(first, hash, analysis);
    });
  }
  first.close();
  // Opened again, the store has nothing of them in memory: each match is tested on its print first.
  const store = openSqliteStore(path);
  const idOf = new Map([...records.values()].map((record) => [record.hash, record.id]));
  const [asked, read] = [new Set<string>(), new Set<string>()];
  const counting: DocumentStore = {
    ...store,
    prints(hashes) {
      for (const hash of hashes) asked.add(idOf.get(hash)!);
      return store.prints(hashes);
    },
    analysis(hash) {
      read.add(idOf.get(hash)!);
      return store.analysis(hash);
    },
  };
  try {
    const { hash, analysis } = analysed('a4-flood-repost-en');
    store.transaction(() => {
      store.save([{ hash, analysis }], [], ANALYZER_VERSION);
      linkDocument(counting, hash, analysis);
    });
    assert.deepEqual([...asked].sort(), ['a1-flood-wire-en', 'a2-flood-daily-en', 'a3-flood-daily-de', 'a5-flood-day3-en']);
    // The other English reports share no sentence with it and are not read; the German one shares enough keys to be
    // compared in full, and is no translation of it.
    assert.deepEqual([...read].sort(), ['a1-flood-wire-en', 'a3-flood-daily-de']);
    assert.deepEqual(store.relations([hash]).map((r) => `${r.type} ${idOf.get(r.from)} ${idOf.get(r.to)}`), ['copy a4-flood-repost-en a1-flood-wire-en']);
    assert.ok(store.prints([hash]).get(hash)?.print.length, 'the newcomer has its print');
  } finally {
    store.close();
  }
});

test('a stored print goes when its document is saved again or removed, and comes back as the document is linked', async () => {
  const analyze = await createAnalyzer();
  const record = readInputs([join(folder, 'a1-flood-wire-en.txt')]).records[0]!;
  const analysis = toAnalysis(analyze(record));
  const store = openSqliteStore(':memory:');
  const printed = () => store.prints([record.hash]).has(record.hash);
  try {
    store.transaction(() => {
      store.save([{ hash: record.hash, analysis }], [], ANALYZER_VERSION);
      linkDocument(store, record.hash, analysis);
    });
    assert.equal(printed(), true);
    store.save([{ hash: record.hash, analysis }], [], ANALYZER_VERSION);
    assert.equal(printed(), false, 'a new analysis may key its sentences otherwise');
    linkDocument(store, record.hash, analysis);
    assert.equal(printed(), true);
    store.remove(record.hash);
    assert.equal(printed(), false);
  } finally {
    store.close();
  }
});
