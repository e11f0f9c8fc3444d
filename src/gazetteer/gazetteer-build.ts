import { nameKey } from '../text/name-key.js';
import type { KnownName } from './gazetteer.js';
import { countryLists } from './country-lists.js';
import { INTERNATIONAL } from './international.js';

/**
 * Compiles the gazetteer that `gazetteer.ts` reads (data/lexicon/places/known-names.tsv.gz, written by
 * scripts/lexicon/derived.mjs): countries with their names in the six languages, capitals, continents and world
 * regions (CLDR), and the hand table's organisations and places, by name key. Building it costs the npm country
 * lists' JSON and a name key per name, in each process and worker; the compiled table is read by binary search
 * instead.
 */

/** The languages Triangulate has tables for, as i18n-iso-countries names them. */
const COUNTRY_LANGUAGES = ['en', 'fr', 'ru', 'uk', 'de', 'es'] as const;

/** Name key → what the gazetteer knows of it; the first name given a key keeps it. */
export function buildGazetteer(): Map<string, KnownName> {
  const map = new Map<string, KnownName>();
  const add = (names: readonly string[], known: KnownName) => {
    for (const name of names) {
      const key = nameKey(name);
      if (key.length >= 2 && !map.has(key)) map.set(key, known);
    }
  };
  for (const entry of INTERNATIONAL) add(entry.names, { canonical: entry.names[0]!, type: entry.type });
  const { world, names: countryNames } = countryLists(COUNTRY_LANGUAGES);
  for (const country of world) {
    const place: KnownName = { canonical: country.name.common, type: 'place' };
    const localized = COUNTRY_LANGUAGES.flatMap((language) => countryNames.getName(country.cca2, language, { select: 'all' }) ?? []);
    const translated = ['fra', 'rus', 'deu', 'spa'].flatMap((code) => (country.translations[code] ? [country.translations[code]!.common] : []));
    add([country.name.common, ...localized, ...translated, ...country.altSpellings.filter((alt) => alt.length > 3)], place);
  }
  for (const country of world) for (const capital of country.capital) add([capital], { canonical: capital, type: 'place' });
  // Continents and world regions, after the countries: "Southern Africa" never takes the key of "South Africa".
  const english = new Intl.DisplayNames('en', { type: 'region' });
  for (const code of WORLD_REGIONS) {
    const names = COUNTRY_LANGUAGES.map((language) => new Intl.DisplayNames(language, { type: 'region' }).of(code)).filter((name): name is string => !!name && name !== code);
    add(names, { canonical: english.of(code) ?? code, type: 'place' });
  }
  return map;
}

/**
 * UN M.49 codes of the continents and world regions news names ("North America", "Westafrika", "Восточная Европа"),
 * whose names CLDR gives in each language (Node's ICU). Left out: "World" (001; "Welt", "monde" are common words), and
 * the Americas (019, 021), whose names "America", "Amerika" mostly mean the United States in the news.
 */
const WORLD_REGIONS = [
  '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '029', '030', '034', '035', '039', '053', '142',
  '143', '145', '150', '151', '154', '155', '202', '419',
];

/** The compiled table's text: `key\tcanonical\ttype` lines sorted by key in code-unit order (what SortedLines reads). */
export function serializeGazetteer(map: ReadonlyMap<string, KnownName>): string {
  return [...map.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => `${key}\t${map.get(key)!.canonical}\t${map.get(key)!.type}`)
    .join('\n');
}
