import { readTable } from './data-files.js';
import { cldrLanguageNames } from './names-build.js';
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
