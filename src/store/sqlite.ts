import Database from 'better-sqlite3';
import { SEARCH_COLUMNS, ftsQuery, searchFields } from './search-query.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { DocumentStore, StoredDocument } from './store.js';
import type { Relation } from '../link/relations/detect-relations.js';
import { StoryIndex } from '../link/stories/story-index.js';
import { regroupStories } from '../link/stories/regroup-stories.js';
import { createStoryTables, SqliteStoryTables } from './sqlite-stories.js';
import { CachedPostings } from './cached-postings.js';
import { PendingPostings } from './pending-postings.js';
import { decodeRegroupSource, encodeRegroupSource } from './stored-features.js';
import { trackWaitingDocuments, UNPLACED_QUERY, UNSEARCHED_QUERY } from './waiting-documents.js';

/** The default store location, relative to the working folder. */
export const DEFAULT_DB_PATH = '.triangulate/triangulate.db';

/**
 * How long a write waits for another process's write to finish before
 * SQLITE_BUSY (unit: ms). Short, because better-sqlite3 waits synchronously
 * (a server would stop answering); callers retry a busy unit after yielding
 * (src/pipeline/retry-busy.ts).
 */
const BUSY_TIMEOUT_MS = 2000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents (
    hash TEXT PRIMARY KEY,
    analyzer TEXT NOT NULL,
    language TEXT,
    title TEXT,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    analysed_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS sources (
    source TEXT NOT NULL,
    line INTEGER NOT NULL,
    id TEXT NOT NULL,
    hash TEXT NOT NULL REFERENCES documents(hash),
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source, line)
  );
  CREATE INDEX IF NOT EXISTS sources_hash ON sources(hash);
  CREATE TABLE IF NOT EXISTS relations (
    from_doc TEXT NOT NULL,
    to_doc TEXT NOT NULL,
    type TEXT NOT NULL,
    score REAL NOT NULL,
    evidence TEXT NOT NULL,
    direction TEXT NOT NULL DEFAULT 'unknown',
    PRIMARY KEY (from_doc, to_doc)
  );
  CREATE INDEX IF NOT EXISTS relations_to ON relations(to_doc);
  -- Each document's text print: hashes its comparisons are tested on before it is read back (link/relations/text-print.ts).
  CREATE TABLE IF NOT EXISTS text_prints (doc TEXT PRIMARY KEY, language TEXT, print BLOB NOT NULL) WITHOUT ROWID;
  -- What regrouping reads of each placed document, compressed (stored-features.ts): not worked out again from its analysis.
  CREATE TABLE IF NOT EXISTS regroup_sources (doc TEXT PRIMARY KEY, source BLOB NOT NULL);
  -- Full-text search, row for row with documents (same rowid): title, prose, comments apart, and name keys (search-query.ts).
  -- It replaces documents_search (title and text only), dropped on opening; the documents are indexed again.
  DROP TABLE IF EXISTS documents_search;
  CREATE VIRTUAL TABLE IF NOT EXISTS documents_text_search USING fts5(title, body, comments, names, comment_names, tokenize = 'unicode61 remove_diacritics 2');
`;

/** WAL pages written before SQLite copies them back into the database (see openSqliteStore). */
const WAL_CHECKPOINT_PAGES = 16_384;

/** Opens (creating if needed) a SQLite store; `:memory:` works for tests. */
export function openSqliteStore(path: string = DEFAULT_DB_PATH): DocumentStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL loses no committed data on a crash of the process (only, at worst, the last commits on power loss).
  db.pragma('synchronous = NORMAL');
  // 64 MiB of page cache. The story index outgrows it (about 100 MB at 20,000 resampled documents), and the pages it
  // misses come from the system's file cache; a larger cache was no faster there (256 MiB: 258 s against 234, and
  // 225 MB more memory).
  db.pragma('cache_size = -65536');
  // Temporary data (what each document's savepoint must restore if it fails, sorts) stays in memory: it is small (the
  // pages one document changes), and in files it cost a temporary file per batch and about 45 writes a document at
  // 100,000 documents (strace over 2,400 documents linked: 555,000 pwrite calls against 448,000, 153 files against 3).
  db.pragma('temp_store = MEMORY');
  // A fold of the story index's waiting entries (pending-postings.ts) rewrites thousands of pages, more than SQLite's
  // default checkpoint of 1,000 WAL pages. Checkpointing every 16,384 pages (64 MiB at 4 KiB) copies a page rewritten
  // by several commits once; the WAL file is cut back to that size after a checkpoint. (Measured when each commit still
  // wrote its documents' entries into the index at random: 20,000 resampled documents wrote 11.6 GB instead of 15.6,
  // 100,000 73.9 instead of 89.7, in the same time. With entries folded, 20,000 write 4.4 GB.)
  db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  db.pragma(`journal_size_limit = ${WAL_CHECKPOINT_PAGES * (db.pragma('page_size', { simple: true }) as number)}`);
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  addRelationDirection(db);
  trackWaitingDocuments(db, createStoryTables(db));
  // Another connection's commit changes data_version (this one's do not): what the cache keeps may then be stale.
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let version = dataVersion.get();
  const changedElsewhere = () => version !== (version = dataVersion.get());
  const pending = new PendingPostings(new SqliteStoryTables(db));
  const postings = new CachedPostings(pending, changedElsewhere);
  const storyIndex = new StoryIndex(postings);
  const upsertRelation = db.prepare(
    `INSERT INTO relations (from_doc, to_doc, type, score, evidence, direction) VALUES (@from, @to, @type, @score, @evidence, @direction)
     ON CONFLICT(from_doc, to_doc) DO UPDATE SET type = excluded.type, score = excluded.score, evidence = excluded.evidence, direction = excluded.direction`,
  );
  // One relation per pair: a direction found later replaces the other way round.
  const deleteReverse = db.prepare<[string, string]>('DELETE FROM relations WHERE from_doc = ? AND to_doc = ?');
  const relationsOf = db.prepare<[string, string], { from_doc: string; to_doc: string; type: Relation['type']; score: number; evidence: string; direction: Relation['direction'] }>('SELECT * FROM relations WHERE from_doc = ? OR to_doc = ?');
  /** The stored relations that have one of `hashes` at either end, each once. */
  const readRelations = (hashes: readonly string[]): Relation[] => {
    const found = new Map<string, Relation>();
    for (const hash of hashes)
      for (const row of relationsOf.all(hash, hash)) found.set(`${row.from_doc}\0${row.to_doc}`, { type: row.type, from: row.from_doc, to: row.to_doc, score: row.score, direction: row.direction, evidence: JSON.parse(row.evidence) as Relation['evidence'] });
    return [...found.values()];
  };
  // A row whose analysis is not valid JSON (a store damaged by an older version) counts as not analysed: it is redone.
  const hasAnalysis = db.prepare<[string, string], { hash: string }>('SELECT hash FROM documents WHERE hash = ? AND analyzer = ? AND json_valid(analysis)');
  const upsertDocument = db.prepare(
    `INSERT INTO documents (hash, analyzer, language, title, text, analysis, analysed_at) VALUES (@hash, @analyzer, @language, @title, @text, @analysis, @now)
     ON CONFLICT(hash) DO UPDATE SET analyzer = excluded.analyzer, language = excluded.language, title = excluded.title,
       text = excluded.text, analysis = excluded.analysis, analysed_at = excluded.analysed_at`,
  );
  const upsertSource = db.prepare(
    `INSERT INTO sources (source, line, id, hash, seen_at) VALUES (@source, @line, @id, @hash, @now)
     ON CONFLICT(source, line) DO UPDATE SET id = excluded.id, hash = excluded.hash, seen_at = excluded.seen_at`,
  );
  const selectDocument = db.prepare<[string], { text: string; analysis: string }>('SELECT text, analysis FROM documents WHERE hash = ? AND json_valid(analysis)');
  const loadAnalysis = (hash: string): DocumentAnalysis | null => {
    const row = selectDocument.get(hash);
    return row ? analysisOf(row) : null;
  };
  const rowOf = db.prepare<[string], { rowid: number }>('SELECT rowid FROM documents WHERE hash = ?');
  const unindex = db.prepare('DELETE FROM documents_text_search WHERE rowid = ?');
  const insertIndex = db.prepare(`INSERT INTO documents_text_search (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (@rowid, ${SEARCH_COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const index = (rowid: number, analysis: DocumentAnalysis) => insertIndex.run({ rowid, ...searchFields(analysis) });
  const searched = db.prepare<[number]>('DELETE FROM documents_unsearched WHERE rowid = ?');
  // Documents saved before full-text search existed, or by a version without it, are indexed on opening (see
  // waiting-documents.ts).
  const unsearchable = db.prepare<[], { rowid: number; text: string; analysis: string }>(UNSEARCHED_QUERY);
  const indexUnsearchable = db.transaction(() => {
    for (const row of unsearchable.all()) {
      try {
        index(row.rowid, analysisOf(row));
      } catch {
        // A damaged row is left unsearchable; it is redone when its input is analysed again.
        insertIndex.run({ rowid: row.rowid, ...Object.fromEntries(SEARCH_COLUMNS.map((column) => [column, ''])) });
      }
      searched.run(row.rowid);
    }
  });
  // Only a store that needs it takes the write lock on opening.
  if (db.prepare('SELECT 1 FROM documents_unsearched LIMIT 1').get()) indexUnsearchable.immediate();
  const latestSource = db.prepare<[string], { source: string; line: number; id: string }>('SELECT source, line, id FROM sources WHERE hash = ? ORDER BY seen_at DESC LIMIT 1');
  const summaryColumns = `d.hash AS hash, d.title AS title, d.language AS language, (SELECT story FROM story_docs WHERE doc = d.hash) AS story,
    (SELECT source FROM sources WHERE hash = d.hash ORDER BY seen_at DESC LIMIT 1) AS source, (SELECT id FROM sources WHERE hash = d.hash ORDER BY seen_at DESC LIMIT 1) AS id`;
  type SummaryRow = { hash: string; title: string | null; language: string | null; story: string | null; source: string | null; id: string | null; snippet?: string };
  const listAll = db.prepare<[number, number], SummaryRow>(`SELECT ${summaryColumns} FROM documents d ORDER BY d.analysed_at DESC, d.rowid DESC LIMIT ? OFFSET ?`);
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents');
  const listMatches = db.prepare<[string, number, number], SummaryRow>(
    `SELECT ${summaryColumns}, snippet(documents_text_search, 1, '', '', '…', 16) AS snippet FROM documents_text_search f JOIN documents d ON d.rowid = f.rowid WHERE documents_text_search MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
  );
  const countMatches = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM documents_text_search WHERE documents_text_search MATCH ?');
  const unplacedDocs = db.prepare<[number], { hash: string }>(UNPLACED_QUERY);
  const storyOfDoc = db.prepare<[string], { story: string }>('SELECT story FROM story_docs WHERE doc = ?');
  const storyHashes = db.prepare<[string, number], { doc: string }>('SELECT doc FROM story_docs WHERE story = ? ORDER BY rowid DESC LIMIT ?');
  const storySize = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM story_docs WHERE story = ?');
  const aliasOf = db.prepare<[string], { story: string }>('SELECT story FROM story_aliases WHERE alias = ?');
  const allAliases = db.prepare<[], { alias: string; story: string }>('SELECT alias, story FROM story_aliases ORDER BY alias');
  const removals = ['DELETE FROM documents_text_search WHERE rowid = (SELECT rowid FROM documents WHERE hash = @hash)', 'DELETE FROM sources WHERE hash = @hash',
    'DELETE FROM relations WHERE from_doc = @hash OR to_doc = @hash', 'DELETE FROM text_prints WHERE doc = @hash', 'DELETE FROM regroup_sources WHERE doc = @hash', 'DELETE FROM documents WHERE hash = @hash'].map((sql) => db.prepare(sql));
  const upsertPrint = db.prepare<[string, string | null, Uint8Array]>('INSERT INTO text_prints (doc, language, print) VALUES (?, ?, ?) ON CONFLICT(doc) DO UPDATE SET language = excluded.language, print = excluded.print');
  const dropPrint = db.prepare<[string]>('DELETE FROM text_prints WHERE doc = ?');
  const upsertRegroupSource = db.prepare<[string, Uint8Array]>('INSERT INTO regroup_sources (doc, source) VALUES (?, ?) ON CONFLICT(doc) DO UPDATE SET source = excluded.source');
  const dropRegroupSource = db.prepare<[string]>('DELETE FROM regroup_sources WHERE doc = ?');
  const selectRegroupSource = db.prepare<[string], { source: Uint8Array }>('SELECT source FROM regroup_sources WHERE doc = ?');
  const selectPrints = db.prepare<[string], { doc: string; language: string | null; print: Uint8Array }>('SELECT doc, language, print FROM text_prints WHERE doc IN (SELECT value FROM json_each(?))');

  // BEGIN IMMEDIATE takes the write lock before reading, so a busy store is waited for; a deferred transaction that
  // reads and then writes fails at once with SQLITE_BUSY when another process wrote in between. Nested calls are savepoints.
  // A transaction or savepoint rolled back takes its writes with it: the story cache forgets what it kept of them.
  const immediate = <T>(work: () => T): T => {
    try {
      return db.transaction(work).immediate();
    } catch (error) {
      postings.forget();
      throw error;
    }
  };

  return {
    analysed(hashes, analyzer) {
      return new Set(hashes.filter((hash) => hasAnalysis.get(hash, analyzer)));
    },
    save(analyses, sources, analyzer) {
      const now = new Date().toISOString();
      immediate(() => {
        for (const { hash, analysis } of analyses) {
          const { text, ...rest } = analysis;
          // A print made from an earlier analysis may not match this one: it is made again as the document is linked.
          dropPrint.run(hash);
          dropRegroupSource.run(hash);
          upsertDocument.run({ hash, analyzer, language: analysis.language, title: analysis.title, text, analysis: JSON.stringify(rest), now });
          const { rowid } = rowOf.get(hash)!;
          unindex.run(rowid);
          // Search reads the article's own prose and, apart, its comments; not the menus and credits around it.
          index(rowid, analysis);
          searched.run(rowid);
        }
        for (const entry of sources) upsertSource.run({ ...entry, line: entry.line ?? 0, now });
      });
    },
    remove(hash) {
      immediate(() => {
        for (const statement of removals) statement.run({ hash });
      });
    },
    load(sources) {
      const loaded: StoredDocument[] = [];
      for (const entry of sources) {
        const analysis = loadAnalysis(entry.hash);
        if (analysis) loaded.push({ ...entry, analysis });
      }
      return loaded;
    },
    analysis: loadAnalysis,
    placeInStory(hash, placement) {
      return storyIndex.place(hash, placement);
    },
    regroupStories(docs, read, budget) {
      const related = (members: readonly string[]) => readRelations(members).filter((r) => r.type !== 'shared-text').map((r) => [r.from, r.to] as const);
      return regroupStories(postings, docs, read, budget, related);
    },
    unplaced(limit) {
      return unplacedDocs.all(limit).map((row) => row.hash);
    },
    storyOf(hash) {
      return storyOfDoc.get(hash)?.story ?? null;
    },
    stories() {
      const rows = db.prepare<[], { story: string; doc: string }>('SELECT story, doc FROM story_docs ORDER BY rowid').all();
      const groups = new Map<string, string[]>();
      for (const { story, doc } of rows) (groups.get(story) ?? groups.set(story, []).get(story)!).push(doc);
      const aliases = new Map<string, string[]>();
      for (const { alias, story } of allAliases.all()) (aliases.get(story) ?? aliases.set(story, []).get(story)!).push(alias);
      return [...groups].map(([id, documents]) => ({ id, documents, aliases: aliases.get(id) ?? [] })).sort((a, b) => b.documents.length - a.documents.length);
    },
    storyAlias(id) {
      return aliasOf.get(id)?.story ?? null;
    },
    saveRelations(relations) {
      for (const r of relations) {
        deleteReverse.run(r.to, r.from);
        upsertRelation.run({ from: r.from, to: r.to, type: r.type, score: r.score, evidence: JSON.stringify(r.evidence), direction: r.direction });
      }
    },
    relations: readRelations,
    savePrint(hash, language, print) {
      upsertPrint.run(hash, language, print);
    },
    prints(hashes) {
      const rows = hashes.length ? selectPrints.all(JSON.stringify(hashes)) : [];
      return new Map(rows.map((row) => [row.doc, { language: row.language, print: row.print }]));
    },
    saveRegroupSource(hash, source) {
      upsertRegroupSource.run(hash, encodeRegroupSource(source));
    },
    regroupSource(hash) {
      const row = selectRegroupSource.get(hash);
      return row ? decodeRegroupSource(row.source) : null;
    },
    searchDocuments({ q, limit, offset, comments }) {
      const match = q ? ftsQuery(q, { comments }) : null;
      const rows = match ? listMatches.all(match, limit, offset) : listAll.all(limit, offset);
      const total = match ? countMatches.get(match)!.n : countAll.get()!.n;
      return {
        total,
        documents: rows.map((row) => ({ hash: row.hash, id: row.id ?? row.hash, source: row.source ?? '', title: row.title, language: row.language, story: row.story, snippet: row.snippet ?? null })),
      };
    },
    storyDocuments(story, limit = Number.MAX_SAFE_INTEGER) {
      const loaded: StoredDocument[] = [];
      for (const { doc } of storyHashes.all(story, limit).reverse()) {
        const analysis = loadAnalysis(doc);
        const source = latestSource.get(doc);
        if (analysis) loaded.push({ source: source?.source ?? doc, line: source?.line || null, id: source?.id ?? doc, hash: doc, analysis });
      }
      return { documents: loaded, total: storySize.get(story)!.n };
    },
    transaction(work) {
      return immediate(work);
    },
    close() {
      try {
        // The entries of the last documents placed go into the story tables, as this connection knows them once it holds
        // the write lock (another may have folded them meanwhile).
        if (pending.pending)
          db.transaction(() => {
            if (changedElsewhere()) postings.forget();
            pending.fold();
          }).immediate();
      } catch {
        // A busy store: they wait in their rows, and are read back on the next opening.
      } finally {
        db.close();
      }
    },
  };
}

/** A stored row back into an analysis (the text is kept in its own column). */
function analysisOf(row: { text: string; analysis: string }): DocumentAnalysis {
  return { ...(JSON.parse(row.analysis) as Omit<DocumentAnalysis, 'text'>), text: row.text };
}

/** A store written before relations kept their direction's basis gets the column; its old relations say `unknown`. */
function addRelationDirection(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(relations)').all();
  if (!columns.some((column) => column.name === 'direction')) db.exec("ALTER TABLE relations ADD COLUMN direction TEXT NOT NULL DEFAULT 'unknown'");
}
