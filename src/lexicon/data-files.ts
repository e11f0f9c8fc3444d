import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The compiled tables, `data/lexicon/` at the package root (two levels above src/lexicon and dist/lexicon). */
export const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url);

/** zlib's default output chunk, and the most asked for at once (unit: bytes); the largest table is 10 MB of text. */
const MIN_CHUNK = 16 * 1024;
const MAX_CHUNK = 64 * 1024 * 1024;

/**
 * A gzipped table under data/lexicon as text, or null when the file is not there. A table is UTF-8, or UTF-16LE when
 * its text opens with the byte-order mark FF FE: the Hunspell tables are, as Node decodes UTF-16 about twice as fast
 * (the Ukrainian table's 4.8 million characters: 63 → 30 ms with gunzip), and Cyrillic takes two bytes in either.
 */
export function readTable(relative: string): string | null {
  const bytes = readTableBytes(relative);
  if (!bytes) return null;
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le', 2) : bytes.toString('utf8');
}

/** A gzipped table under data/lexicon as its bytes (UTF-8, or UTF-16LE after a byte-order mark), or null when the file is not there. */
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
