import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The compiled tables, `data/lexicon/` at the package root (two levels above src/lexicon and dist/lexicon). */
export const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url);
/**
 * The same tables unpacked by the build (`dist/tables/`, beside the compiled code, not committed), and files it derives
 * from them: a process reads the tables as they are instead of inflating them (the 22 MB an English article reads:
 * 136 → 72 ms, most of what is left being the fresh memory they fill).
 */
export const UNPACKED_DIR = new URL('../tables/', import.meta.url);

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
  return bytes ? tableText(bytes) : null;
}

/** A table's bytes as text: UTF-16LE after a byte-order mark, else UTF-8. */
export function tableText(bytes: Buffer): string {
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le', 2) : bytes.toString('utf8');
}

/** A gzipped table under data/lexicon as its bytes (UTF-8, or UTF-16LE after a byte-order mark), or null when the file is not there. */
export function readTableBytes(relative: string): Buffer | null {
  return readPackedTable(relative, LEXICON_DIR, UNPACKED_DIR);
}

/**
 * A gzipped table of `packed` as its bytes: from its unpacked copy in `unpacked` when that was written after the
 * table (a table compiled again, or checked out anew, is newer than its copy and read from the gzip), or null.
 */
export function readPackedTable(relative: string, packed: URL, unpacked: URL): Buffer | null {
  const copy = readBuilt(unpackedName(relative), relative, packed, unpacked);
  if (copy) return copy;
  const url = new URL(relative, packed);
  return statSync(url, { throwIfNoEntry: false })?.isFile() ? gunzipFile(url) : null;
}

/**
 * A file the build derived from a table (`built`, under `unpacked`; the table `from`, under `packed`), when it was
 * written after the table; null when it is missing or older, or the table is.
 */
export function readBuilt(built: string, from: string, packed: URL = LEXICON_DIR, unpacked: URL = UNPACKED_DIR): Buffer | null {
  const table = statSync(new URL(from, packed), { throwIfNoEntry: false });
  const url = new URL(built, unpacked);
  const copy = statSync(url, { throwIfNoEntry: false });
  return table?.isFile() && copy?.isFile() && copy.mtimeMs >= table.mtimeMs ? readFileSync(url) : null;
}

/** Writes a file the build derives from the tables under `unpacked`, through a temporary file renamed into place. */
export function writeBuilt(built: string, content: string | Uint8Array, unpacked: URL = UNPACKED_DIR): void {
  const target = new URL(built, unpacked);
  mkdirSync(new URL('.', target), { recursive: true });
  const temporary = new URL(`${target.href}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, target);
}

function gunzipFile(url: URL): Buffer {
  const gzipped = readFileSync(url);
  return gunzipSync(gzipped, { chunkSize: outputChunk(gzipped) });
}

/**
 * Writes an unpacked copy of every gzipped table of `packed` under `unpacked`, in the same folders, each through a
 * temporary file renamed into place so that a reader never sees half a copy. Returns the tables unpacked.
 */
export function unpackTables(packed: URL = LEXICON_DIR, unpacked: URL = UNPACKED_DIR): string[] {
  const tables = gzippedUnder(packed, '');
  for (const relative of tables) writeBuilt(unpackedName(relative), gunzipFile(new URL(relative, packed)), unpacked);
  return tables;
}

/** The unpacked copy of a gzipped table, relative to the unpacked folder as the table is to the packed one. */
export function unpackedName(relative: string): string {
  return relative.replace(/\.gz$/, '');
}

/** The gzipped files under a folder, as paths relative to it. */
export function gzippedUnder(root: URL, relative: string): string[] {
  return readdirSync(new URL(relative, root), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return gzippedUnder(root, `${relative}${entry.name}/`);
    return entry.isFile() && entry.name.endsWith('.gz') ? [`${relative}${entry.name}`] : [];
  });
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
