import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The compiled tables, `data/lexicon/` at the package root (two levels above src/lexicon and dist/lexicon). */
export const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url);

/** zlib's default output chunk, and the most asked for at once (unit: bytes); the largest table is 10 MB of text. */
const MIN_CHUNK = 16 * 1024;
const MAX_CHUNK = 64 * 1024 * 1024;

/** A gzipped table under data/lexicon as text, or null when the file is not there. */
export function readTable(relative: string): string | null {
  return readTableBytes(relative)?.toString('utf8') ?? null;
}

/** A gzipped table under data/lexicon as its UTF-8 bytes, or null when the file is not there. */
export function readTableBytes(relative: string): Buffer | null {
  const url = new URL(relative, LEXICON_DIR);
  if (!existsSync(url)) return null;
  const gzipped = readFileSync(url);
  return gunzipSync(gzipped, { chunkSize: outputChunk(gzipped) });
}

/**
 * The output chunk that holds the whole table: the size gzip notes in its last four bytes (modulo 4 GiB), within
 * bounds. by default zlib fills 16 KiB chunks and joins them: one chunk saves the joining copy and a sixth of the
 * time (six tables: 170 → 148 ms CPU). The size is only a hint: a wrong one costs more chunks, never other text.
 */
function outputChunk(gzipped: Buffer): number {
  const size = gzipped.length >= 4 ? gzipped.readUInt32LE(gzipped.length - 4) : 0;
  return Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, size + 1));
}
