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
  older.exec('DELETE FROM documents_text_search');
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
