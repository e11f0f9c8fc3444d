import type Database from 'better-sqlite3';

/**
 * Documents saved but not yet in the search index, or not yet in a story, listed in two small tables that triggers keep
 * as documents are saved, placed and removed, whichever version writes the store. A run asks for both each time it
 * opens the store, and finding them among all the documents read every row of an index: 100,000 documents, 70 and
 * 35 ms a run.
 */
const WAITING_SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents_unsearched (rowid INTEGER PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS documents_unplaced (hash TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TRIGGER IF NOT EXISTS documents_saved AFTER INSERT ON documents BEGIN
    INSERT OR IGNORE INTO documents_unsearched (rowid) VALUES (new.rowid);
    INSERT OR IGNORE INTO documents_unplaced (hash) VALUES (new.hash);
  END;
  CREATE TRIGGER IF NOT EXISTS documents_removed AFTER DELETE ON documents BEGIN
    DELETE FROM documents_unsearched WHERE rowid = old.rowid;
    DELETE FROM documents_unplaced WHERE hash = old.hash;
  END;
  CREATE TRIGGER IF NOT EXISTS story_docs_placed AFTER INSERT ON story_docs BEGIN DELETE FROM documents_unplaced WHERE hash = new.doc; END;
  CREATE TRIGGER IF NOT EXISTS story_docs_unplaced AFTER DELETE ON story_docs BEGIN
    INSERT OR IGNORE INTO documents_unplaced (hash) SELECT hash FROM documents WHERE hash = old.doc;
  END;
`;

/** The documents waiting to be indexed for search, with what indexing reads of them. */
export const UNSEARCHED_QUERY = 'SELECT d.rowid AS rowid, d.text AS text, d.analysis AS analysis FROM documents_unsearched u CROSS JOIN documents d ON d.rowid = u.rowid';
/**
 * Up to `?` documents waiting to be placed, in the order they were saved; one placed all the same (a story row left by a
 * damaged store) is not waiting. CROSS JOIN keeps the list as the outer loop: with a plain join, SQLite read every
 * document in order to skip the sort (100,000 documents: 0.3–0.45 s against 0.4 ms).
 */
export const UNPLACED_QUERY =
  'SELECT d.hash AS hash FROM documents_unplaced u CROSS JOIN documents d ON d.hash = u.hash WHERE NOT EXISTS (SELECT 1 FROM story_docs s WHERE s.doc = u.hash) ORDER BY d.rowid LIMIT ?';

/**
 * Creates the lists and their triggers (after the story tables: a story_docs table written again on opening loses its
 * triggers; and no trigger on documents names story_docs, which renaming it would then rewrite). A store that had no
 * lists yet (an older version's), or whose placements were just dropped, has them filled once by looking through every
 * document: not indexed is asked of FTS5's docsize table (one small row per indexed document, by rowid), unplaced of
 * story_docs, both through the index of hashes, not the rows (each holds a text and its analysis).
 */
export function trackWaitingDocuments(db: Database.Database, placementsDropped: boolean): void {
  const fresh = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents_unplaced'").get() === undefined;
  db.transaction(() => {
    db.exec(WAITING_SCHEMA);
    if (fresh)
      db.exec(`INSERT OR IGNORE INTO documents_unsearched (rowid)
        SELECT d.rowid FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_text_search_docsize s WHERE s.id = d.rowid)`);
    if (fresh || placementsDropped) db.exec('INSERT OR IGNORE INTO documents_unplaced (hash) SELECT hash FROM documents WHERE hash NOT IN (SELECT doc FROM story_docs)');
  })();
}
