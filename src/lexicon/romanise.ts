import { createRequire } from 'node:module';
import { languageTable } from '../lang/index.js';
import { romanize as romanizeForNews } from '../text/name-key.js';

/**
 * How to write a Cyrillic name in Latin letters: `news` (English-language press, "Tokayev", "Kyiv"),
 * `bgn-pcgn`, `iso9` (ISO 9:1995, one letter for one letter, reversible), or a Latin-script language's
 * own press spelling (`de` "Tokajew", `fr` "Tokaïev", `es` "Tokaiev").
 */
export type RomanisationScheme = 'news' | 'bgn-pcgn' | 'iso9' | string;

/** ISO 9:1995 (GOST 7.79 System A): every Cyrillic letter of Russian and Ukrainian has one Latin letter. */
const ISO_9: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g̀', д: 'd', е: 'e', ё: 'ë', є: 'ê', ж: 'ž', з: 'z', и: 'i', і: 'ì', ї: 'ï', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ', ъ: 'ʺ', ы: 'y', ь: 'ʹ', э: 'è', ю: 'û', я: 'â', '’': 'ʼ', ʼ: 'ʼ', "'": 'ʼ',
};

const VOWEL = /[аеёиоуыэюяіїєaeiouy]/i;

/** A Cyrillic name in Latin letters by the given scheme; text in other scripts passes through unchanged. */
export function romanise(name: string, language: string, scheme: RomanisationScheme = 'news'): string {
  if (!/\p{Script=Cyrillic}/u.test(name)) return name;
  if (scheme === 'news') return romanizeForNews(name, language);
  if (scheme === 'iso9') return byLetters(name, ISO_9, null);
  if (scheme === 'bgn-pcgn') {
    const schema = languageTable(language)?.lexicon?.iuliiaSchema;
    return schema ? iuliia(name, schema) : romanizeForNews(name, language);
  }
  const spelling = languageTable(scheme)?.lexicon?.cyrillicSpelling;
  if (!spelling) throw new Error(`No romanisation scheme "${scheme}"`);
  return byLetters(name, spelling, spelling['й'] ?? 'y');
}

/**
 * Letter by letter through a table; `iotation` is written before е at a word start or after a vowel,
 * as every press spelling does ("Токаев" → "Tokayev", "Tokajew", "Tokaïev").
 */
function byLetters(name: string, table: Readonly<Record<string, string>>, iotation: string | null): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const char = name[i]!;
    const lower = char.toLowerCase();
    let latin = table[lower];
    if (latin === undefined) {
      out += char;
      continue;
    }
    if (iotation !== null && lower === 'е' && (i === 0 || VOWEL.test(name[i - 1]!) || !/\p{L}/u.test(name[i - 1]!))) latin = iotation + latin;
    out += char !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

interface Iuliia {
  translate: (text: string, schema: unknown) => string;
  [schema: string]: unknown;
}
let iuliiaModule: Iuliia | null = null;

/** A scheme of the `iuliia` package (Russian: BGN/PCGN, GOST, ICAO …), by its exported name. */
function iuliia(name: string, schema: string): string {
  iuliiaModule ??= createRequire(import.meta.url)('iuliia') as Iuliia;
  const table = iuliiaModule[schema];
  if (!table) throw new Error(`iuliia has no schema ${schema}`);
  return iuliiaModule.translate(name, table);
}
