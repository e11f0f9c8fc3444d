import type { DocumentAnalysis } from '../dossier/document.js';

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

/** The document store: analyses keyed by content hash, and the sources that point at them. */
export interface DocumentStore {
  /** Hashes among `hashes` that have an analysis made by `analyzer`. */
  analysed(hashes: readonly string[], analyzer: string): Set<string>;
  /** Saves analyses and source entries in one transaction. */
  save(analyses: ReadonlyArray<{ hash: string; analysis: DocumentAnalysis }>, sources: readonly SourceEntry[], analyzer: string): void;
  /** The stored documents for the given sources, in the given order. */
  load(sources: readonly SourceEntry[]): StoredDocument[];
  close(): void;
}
