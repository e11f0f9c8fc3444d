import Database from 'better-sqlite3';

/** What a store holds, part by part, in a canonical order and without times: two stores with equal snapshots hold the same. */
export interface StoreSnapshot {
  documents: string[];
  sources: string[];
  stories: string[];
  storyKeys: string[];
  aliases: string[];
  relations: string[];
}

const PARTS: Readonly<Record<keyof StoreSnapshot, string>> = {
  documents: "SELECT hash || ' ' || analyzer || ' ' || analysis || ' ' || text AS row FROM documents",
  sources: "SELECT source || ':' || line || ' ' || id || ' ' || hash AS row FROM sources",
  stories: "SELECT doc || ' ' || story AS row FROM story_docs",
  storyKeys: "SELECT key || ' ' || n AS row FROM story_keys UNION ALL SELECT 'posting ' || key || ' ' || doc FROM story_postings UNION ALL SELECT 'count ' || name || ' ' || n FROM story_counts UNION ALL SELECT 'terms ' || story || ' ' || language || ' ' || key || ' ' || round(full, 9) || ' ' || round(portable, 9) FROM story_terms",
  aliases: "SELECT alias || ' ' || story AS row FROM story_aliases",
  relations: "SELECT from_doc || ' ' || to_doc || ' ' || type || ' ' || score || ' ' || evidence AS row FROM relations",
};

/** Reads a store file (read-only) into a snapshot, for comparing a store after crashes and reruns with one from a clean run. */
export function snapshotStore(path: string): StoreSnapshot {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const read = (sql: string) => db.prepare<[], { row: string }>(sql).all().map((r) => r.row).sort();
    return Object.fromEntries(Object.entries(PARTS).map(([part, sql]) => [part, read(sql)])) as unknown as StoreSnapshot;
  } finally {
    db.close();
  }
}

/** The parts in which two snapshots differ (none: the same store). */
export function snapshotDifferences(a: StoreSnapshot, b: StoreSnapshot): Array<keyof StoreSnapshot> {
  return (Object.keys(PARTS) as Array<keyof StoreSnapshot>).filter((part) => JSON.stringify(a[part]) !== JSON.stringify(b[part]));
}
