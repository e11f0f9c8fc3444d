import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The compiled tables, `data/lexicon/` at the package root (two levels above src/lexicon and dist/lexicon). */
export const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url);

/** A gzipped table under data/lexicon as text, or null when the file is not there. */
export function readTable(relative: string): string | null {
  const url = new URL(relative, LEXICON_DIR);
  if (!existsSync(url)) return null;
  return gunzipSync(readFileSync(url)).toString('utf8');
}
