import { languages } from '../lang/index.js';
import { nameKey } from '../text/name-key.js';
import { readTable } from './data-files.js';
import { cldrLanguageNames } from './language-names.js';

/**
 * Compiles two name tables that `names.ts` and `language-names.ts` read (written by scripts/lexicon/derived.mjs), so
 * that no process builds them: the first names by name key (a key per name, thousands of names, each time the first
 * name is looked up) and the names of languages in each language (676 CLDR look-ups a language).
 */

/** First names by name key (data/lexicon/names/first-names.tsv.gz keyed): `m`, `f`, or '' when names of one key differ. */
export function buildFirstNameKeys(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of (readTable('names/first-names.tsv.gz') ?? '').split('\n')) {
    const [name, gender] = line.split('\t');
    if (!name) continue;
    const key = nameKey(name);
    const value = gender === 'f' || gender === 'm' ? gender : '';
    map.set(key, map.has(key) && map.get(key) !== value ? '' : value);
  }
  return map;
}

/** The lower-case one-word names of languages, in each language that has a table, from the platform's CLDR data. */
export function buildLanguageNames(): Map<string, string[]> {
  return new Map(languages.map((table) => [table.code, [...cldrLanguageNames(table.code)]]));
}

/** A map as the compiled table's text: `key\tvalue` lines (list values joined by tabs) sorted by key in code-unit order. */
export function serializeSorted(map: ReadonlyMap<string, string | readonly string[]>): string {
  return [...map.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const value = map.get(key)!;
      return `${key}\t${typeof value === 'string' ? value : value.join('\t')}`;
    })
    .join('\n');
}
