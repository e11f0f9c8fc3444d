import type { DocumentAnalysis } from '../dossier/document.js';
import type { Relation } from '../link/relations/detect-relations.js';
import type { StoryPlacement } from '../link/stories/story-index.js';
import type { Regrouped, RegroupSource } from '../link/stories/regroup-stories.js';

/** Where one input record was seen: a file (and line) and the content it had. */
export interface SourceEntry {
  source: string;
  line: number | null;
  id: string;
  hash: string;
}

/** A stored document with where it was last seen. */
export interface StoredDocument extends SourceEntry {
  analysis: DocumentAnalysis;
}

/** A line of a document list. */
export interface DocumentSummary {
  hash: string;
  id: string;
  source: string;
  title: string | null;
  language: string | null;
  story: string | null;
  /** Words around the match, plain text (only with a query). */
  snippet: string | null;
}

/** The document store: analyses keyed by content hash, and the sources that point at them. */
export interface DocumentStore {
  /** Hashes among `hashes` that have an analysis made by `analyzer`. */
  analysed(hashes: readonly string[], analyzer: string): Set<string>;
  /** Saves analyses and source entries in one transaction. */
  save(analyses: ReadonlyArray<{ hash: string; analysis: DocumentAnalysis }>, sources: readonly SourceEntry[], analyzer: string): void;
  /** The stored documents for the given sources, in the given order. */
  load(sources: readonly SourceEntry[]): StoredDocument[];
  /** One stored analysis by content hash. */
  analysis(hash: string): DocumentAnalysis | null;
  /** Places a document in the stored stories (incrementally): its story and the stored documents it matched. */
  placeInStory(hash: string, placement: StoryPlacement): { story: string; matches: string[] };
  /** Groups the stories holding `docs` again from all their members, within `budget` members (see regroupStories); call it inside a transaction. */
  regroupStories(docs: readonly string[], read: (doc: string) => RegroupSource | null, budget: number): Regrouped;
  /** Up to `limit` stored documents not placed in a story yet (analysed before stories were kept). */
  unplaced(limit: number): string[];
  /** The stored story of a document, or null. */
  storyOf(hash: string): string | null;
  /** Stories of the store, their documents as content hashes and the old ids of stories merged into them, biggest first. */
  stories(): Array<{ id: string; documents: string[]; aliases: string[] }>;
  /** The story an old story id was merged into, or null when `id` is no merged story's id. */
  storyAlias(id: string): string | null;
  /** Deletes a stored document not placed in a story, with its sources, relations and search entry (a damaged record is redone from its input). */
  remove(hash: string): void;
  /** Saves relations between stored documents (by content hash), replacing earlier ones between the same pair. */
  saveRelations(relations: readonly Relation[]): void;
  /** Saves a document's text print (link/relations/text-print.ts), replacing an earlier one; saving its analysis again drops it. */
  savePrint(hash: string, language: string | null, print: Uint8Array): void;
  /** The stored text prints of the given documents, those that have one. */
  prints(hashes: readonly string[]): Map<string, { language: string | null; print: Uint8Array }>;
  /** Saves what regrouping reads of a placed document, replacing an earlier one; saving its analysis again drops it. */
  saveRegroupSource(hash: string, source: RegroupSource): void;
  /** What regrouping reads of a document, as saved; null when none was saved or it cannot be read. */
  regroupSource(hash: string): RegroupSource | null;
  /** Stored relations touching the given documents. */
  relations(hashes: readonly string[]): Relation[];
  /** Documents, newest first, or those matching a full-text query (words all required, "quoted phrases", names in any spelling); reader comments only with `comments`. */
  searchDocuments(query: { q?: string; limit: number; offset: number; comments?: boolean }): { total: number; documents: DocumentSummary[] };
  /** The latest `limit` stored documents of one story (in the order they arrived), each with the source it was last seen at, and the story's size. */
  storyDocuments(story: string, limit?: number): { documents: StoredDocument[]; total: number };
  /** Runs `work` in one write transaction (all or nothing; nested calls are savepoints); throws SQLITE_BUSY when another writer holds the store too long. */
  transaction<T>(work: () => T): T;
  close(): void;
}
