import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../test-support.js';
import { openSqliteStore } from './sqlite.js';
import { UNPLACED_QUERY, UNSEARCHED_QUERY } from './waiting-documents.js';

test('the documents waiting are found by reading the lists, never every document', () => {
  const path = join(tempDir('waiting-plan'), 'store.db');
  openSqliteStore(path).close();
  const db = new Database(path, { readonly: true });
  try {
    for (const [query, list] of [
      [UNPLACED_QUERY, 'documents_unplaced'],
      [UNSEARCHED_QUERY, 'documents_unsearched'],
    ] as const) {
      const plan = db.prepare<[number?], { detail: string }>(`EXPLAIN QUERY PLAN ${query}`).all(...(query.includes('?') ? [10] : [])).map((row) => row.detail);
      assert.match(plan[0]!, /^SCAN u\b/, `${list}: ${plan.join('; ')}`);
      assert.ok(!plan.some((step) => /^SCAN d\b/.test(step)), `${list}: ${plan.join('; ')}`);
    }
  } finally {
    db.close();
  }
});
