import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentAnalysis } from '../dossier/document.js';
import type { DocumentStore, SourceEntry, StoredDocument } from './store.js';

/** The default store location, relative to the working folder. */
export const DEFAULT_DB_PATH = '.triangulate/triangulate.db';

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
`;

/** Opens (creating if needed) a SQLite store; `:memory:` works for tests. */
export function openSqliteStore(path: string = DEFAULT_DB_PATH): DocumentStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const hasAnalysis = db.prepare<[string, string], { hash: string }>('SELECT hash FROM documents WHERE hash = ? AND analyzer = ?');
  const upsertDocument = db.prepare(
    `INSERT INTO documents (hash, analyzer, language, title, text, analysis, analysed_at) VALUES (@hash, @analyzer, @language, @title, @text, @analysis, @now)
     ON CONFLICT(hash) DO UPDATE SET analyzer = excluded.analyzer, language = excluded.language, title = excluded.title,
       text = excluded.text, analysis = excluded.analysis, analysed_at = excluded.analysed_at`,
  );
  const upsertSource = db.prepare(
    `INSERT INTO sources (source, line, id, hash, seen_at) VALUES (@source, @line, @id, @hash, @now)
     ON CONFLICT(source, line) DO UPDATE SET id = excluded.id, hash = excluded.hash, seen_at = excluded.seen_at`,
  );
  const selectDocument = db.prepare<[string], { text: string; analysis: string }>('SELECT text, analysis FROM documents WHERE hash = ?');

  return {
    analysed(hashes, analyzer) {
      return new Set(hashes.filter((hash) => hasAnalysis.get(hash, analyzer)));
    },
    save(analyses, sources, analyzer) {
      const now = new Date().toISOString();
      db.transaction(() => {
        for (const { hash, analysis } of analyses) {
          const { text, ...rest } = analysis;
          upsertDocument.run({ hash, analyzer, language: analysis.language, title: analysis.title, text, analysis: JSON.stringify(rest), now });
        }
        for (const entry of sources) upsertSource.run({ ...entry, line: entry.line ?? 0, now });
      })();
    },
    load(sources) {
      const loaded: StoredDocument[] = [];
      for (const entry of sources) {
        const row = selectDocument.get(entry.hash);
        if (!row) continue;
        const analysis = { ...(JSON.parse(row.analysis) as Omit<DocumentAnalysis, 'text'>), text: row.text };
        loaded.push({ ...entry, analysis });
      }
      return loaded;
    },
    close() {
      db.close();
    },
  };
}
