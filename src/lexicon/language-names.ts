import { readTable } from './data-files.js';
import { SortedLines } from './sorted-lines.js';

let table: SortedLines | null = null;
const byLanguage = new Map<string, ReadonlySet<string>>();

/**
 * The names of languages in a language, lower-case ("french", "griechisch"): compiled for the languages with tables
 * (data/lexicon/names/language-names.tsv.gz), asked of the platform's CLDR data for any other.
 */
export function languageNames(language: string): ReadonlySet<string> {
  let names = byLanguage.get(language);
  if (!names) {
    table ??= new SortedLines(readTable('names/language-names.tsv.gz') ?? '');
    const line = table.get(language);
    names = line === undefined ? cldrLanguageNames(language) : new Set(line.split('\t'));
    byLanguage.set(language, names);
  }
  return names;
}

/** Two-letter ISO 639-1 codes are every pair of these letters: the ones the platform names are languages. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The names CLDR gives the two-letter language codes in a language, lower-case, one word each ("French", "Griechisch"). */
export function cldrLanguageNames(language: string): Set<string> {
  const names = new Set<string>();
  const display = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' });
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const name = display.of(a + b);
      if (name && !/\s/.test(name)) names.add(name.toLowerCase());
    }
  }
  return names;
}
