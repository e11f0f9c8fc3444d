import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { repoRoot, tempDir } from '../test-support.js';
import { openSqliteStore } from './sqlite.js';

const folder = join(repoRoot, 'test', 'fixtures', 'two-stories', 'articles');

test('a stored document missing from the search index (a store of an older version) is indexed on opening', async () => {
  const path = join(tempDir('search-index'), 'store.db');
  const store = openSqliteStore(path);
  await runAnalysis([join(folder, 'a1-flood-wire-en.txt'), join(folder, 'b1-strike-es.txt')], store);
  const found = (query: string) => store.searchDocuments({ q: query, limit: 10, offset: 0 }).total;
  assert.equal(found('flood'), 1);
  store.close();

  const older = new Database(path);
  // Stores before kept no list of the documents waiting to be indexed (waiting-documents.ts).
  older.exec('DELETE FROM documents_text_search;');
  for (const name of ['documents_saved', 'documents_removed', 'story_docs_placed', 'story_docs_unplaced']) older.exec(`DROP TRIGGER ${name}`);
  older.exec('DROP TABLE documents_unsearched; DROP TABLE documents_unplaced;');
  assert.equal((older.prepare('SELECT COUNT(*) AS n FROM documents_text_search_docsize').get() as { n: number }).n, 0, 'FTS5 keeps a docsize row per indexed document');
  older.close();

  const reopened = openSqliteStore(path);
  assert.equal(reopened.searchDocuments({ q: 'flood', limit: 10, offset: 0 }).total, 1, 'indexed again on opening');
  reopened.close();
  const check = new Database(path, { readonly: true });
  assert.equal((check.prepare('SELECT COUNT(*) AS n FROM documents_text_search_docsize').get() as { n: number }).n, 2);
  check.close();
});

test('a document saved but not placed in a story (a run stopped between the two) is found and placed on the next run', async () => {
  const path = join(tempDir('unplaced'), 'store.db');
  const store = openSqliteStore(path);
  await runAnalysis([join(folder, 'a1-flood-wire-en.txt'), join(folder, 'b1-strike-es.txt')], store);
  assert.deepEqual(store.unplaced(10), []);
  store.close();

  const older = new Database(path);
  const first = (older.prepare('SELECT hash FROM documents ORDER BY rowid LIMIT 1').get() as { hash: string }).hash;
  older.prepare('DELETE FROM story_docs WHERE doc = ?').run(first);
  older.close();

  const reopened = openSqliteStore(path);
  assert.deepEqual(reopened.unplaced(10), [first]);
  reopened.close();
});

test('a document written by another program (a row inserted as it is) waits in both lists, is indexed on opening and placed by the next run; after a run nothing waits', async () => {
  const path = join(tempDir('waiting'), 'store.db');
  const store = openSqliteStore(path);
  await runAnalysis([join(folder, 'a1-flood-wire-en.txt')], store);
  store.close();
  const waiting = (db: Database.Database) => [db.prepare('SELECT COUNT(*) AS n FROM documents_unsearched').pluck().get(), db.prepare('SELECT COUNT(*) AS n FROM documents_unplaced').pluck().get()];
  const other = new Database(path);
  assert.deepEqual(waiting(other), [0, 0]);
  const row = other.prepare('SELECT analyzer, language, title, text, analysis, analysed_at FROM documents').get() as Record<string, string>;
  other.prepare('INSERT INTO documents (hash, analyzer, language, title, text, analysis, analysed_at) VALUES (@hash, @analyzer, @language, @title, @text, @analysis, @analysed_at)').run({ ...row, hash: 'f'.repeat(64), text: `${row.text}\n` });
  assert.deepEqual(waiting(other), [1, 1]);
  other.close();

  const reopened = openSqliteStore(path);
  assert.equal(reopened.searchDocuments({ q: 'flood', limit: 10, offset: 0 }).total, 2, 'indexed on opening');
  assert.deepEqual(reopened.unplaced(10), ['f'.repeat(64)]);
  await runAnalysis([join(folder, 'b1-strike-es.txt')], reopened);
  assert.deepEqual(reopened.unplaced(10), []);
  assert.ok(reopened.storyOf('f'.repeat(64)), 'placed by the run');
  reopened.close();
  const check = new Database(path, { readonly: true });
  assert.deepEqual(waiting(check), [0, 0]);
  check.close();
});
