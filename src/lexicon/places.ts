import { createRequire } from 'node:module';
import countryNames from 'i18n-iso-countries';
import { INTERNATIONAL } from '../gazetteer/international.js';
import { languages, languageTable } from '../lang/index.js';
import { languageMemo } from '../text/memo.js';
import { nameKey } from '../text/name-key.js';
import { readTable } from './data-files.js';
import { lemma, lemmatize } from './lemma.js';
import { parseRussian, PROPER_TAGS } from './opencorpora.js';

/** A place known to the lexicon, one id across languages and scripts. */
export interface Place {
  /** `iso:DE` (country), `m49:150` (continent or region, UN M49), `gn:2950159` (GeoNames), `int:Black Sea`. */
  id: string;
  /** The English name. */
  name: string;
  kind: 'country' | 'region' | 'city';
  /** Named in most of the six languages (or a country or area): only such places are found by romanised key, so "Kazakh" does not find the village "Казах". */
  prominent?: boolean;
}

/** The languages of the GeoNames table's columns, in order (scripts/lexicon/places.mjs). */
const GEONAMES_COLUMNS = ['en', 'de', 'fr', 'es', 'ru', 'uk'];
/** UN M49 areas that news names: the world, continents and their parts; EU and UN as CLDR writes them. */
const M49_AREAS = ['EU', '001', '002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
/** A city named in this many of the six languages is well known enough to be found by its romanised key. */
const PROMINENT_LANGUAGES = 5;
/** Keys shorter than this are too ambiguous to name a place alone (unit: key characters). */
const MIN_KEY = 3;

interface Index {
  /** Lower-case name or lemma sequence → place, per language ('' for any language). */
  exact: Map<string, Place>;
  /** Romanised key (nameKey) → place: Kiev ~ Киев, Moskau ~ Москва; built from `named` on its first use. */
  romanised: Map<string, Place> | null;
  /** Every name added, in order, for the romanised index. */
  named: Array<[string, Place]>;
  /** Countries and areas by `language:lower-case name`, the names place adjectives derive from. */
  areas: Map<string, Place>;
  /** Names of several words by `language:` and the first letters of each word, compared by lemmas when asked. */
  phrases: Map<string, Array<{ name: string; place: Place }>>;
}

let index: Index | null = null;

/** The place a name denotes in a language, inflected forms and other scripts included ("Германии" → Germany), or null. */
export function place(name: string, language: string): Place | null {
  return memo(language, name);
}

const memo = languageMemo((language, name) => {
  index ??= buildIndex();
  const clean = name.replace(/[«»"“”„‘’'()]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (clean.length < 2) return null;
  const lower = clean.toLowerCase();
  // "Western", "Central", "Turkey": a common word names only a well-known place.
  const known = (found: Place | undefined) => (found && (found.prominent || !commonWord(clean, language)) ? found : undefined);
  return (
    known(index.exact.get(`${language}:${lower}`)) ??
    known(index.exact.get(lower)) ??
    phrase(clean, language, index) ??
    notCommon(romanised(index).get(nameKey(clean)) ?? romanised(index).get(nameKey(lemmaSequence(clean, language))) ?? nominative(clean, language, index), clean, language)
  );
}, 100_000);

/** A place found by key or inflection, unless the name is a common word (asked only when one is found: it costs a lookup). */
function notCommon(found: Place | null, name: string, language: string): Place | null {
  return found && !commonWord(name, language) ? found : null;
}

/**
 * A one-word name the dictionary knows as a common word ("Такое", lemma "такой"; "Western"): only its own spelling
 * may name a place, not its lemma, romanised key or another nominative, which meet towns like "Такой" (Tāki).
 */
function commonWord(name: string, language: string): boolean {
  if (/\s/.test(name)) return false;
  if (languageTable(language)?.lexicon?.morphology === 'opencorpora') {
    const best = parseRussian(name).find((p) => p.known);
    return best !== undefined && !PROPER_TAGS.some((tag) => best.tags.has(tag));
  }
  const found = lemmatize(name.toLowerCase(), language);
  return found.source === 'dictionary' && found.lemma === found.lemma.toLowerCase();
}


/** A name the dictionary does not know, with its case ending replaced by a nominative one ("Європи" → "Європа"). */
function nominative(name: string, language: string, built: Index): Place | null {
  const inflection = languageTable(language)?.entities.inflection;
  if (!inflection) return null;
  const lower = name.toLowerCase();
  for (const ending of inflection.endings) {
    if (!lower.endsWith(ending) || lower.length - ending.length < MIN_KEY) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const end of inflection.nominatives) {
      const found = built.exact.get(`${language}:${stem}${end}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The place a place adjective or demonym derives from ("британских" → United Kingdom, "российской" → Russia,
 * "German" → Germany): the lemma without the language's adjective ending must begin a country's or area's name.
 */
export function placeOfAdjective(word: string, language: string): Place | null {
  return adjectiveMemo(language, word);
}

/** Stems shorter than this match too many names (unit: letters). */
const MIN_ADJECTIVE_STEM = 4;
/** A name may go this far beyond the stem ("брит|ания", "росс|ия"; unit: letters). */
const MAX_NAME_TAIL = 4;

const adjectiveMemo = languageMemo((language, word) => {
  index ??= buildIndex();
  const base = lemma(word, language);
  const endings = [...(languageTable(language)?.lexicon?.placeAdjectiveEndings ?? [])].sort((a, b) => b.length - a.length);
  const ending = endings.find((e) => base.endsWith(e) && base.length - e.length >= MIN_ADJECTIVE_STEM);
  if (!ending) return null;
  const stem = base.slice(0, base.length - ending.length);
  for (const [name, place] of index.areas) {
    if (name.startsWith(`${language}:${stem}`) && name.length - language.length - 1 - stem.length <= MAX_NAME_TAIL) return place;
  }
  return null;
}, 100_000);

/** Letters of each word that inflection leaves alone ("Балтийском морю" and "Балтийское море" → "балт мор"). */
const PHRASE_LETTERS = 4;

function phraseKey(lower: string): string {
  return lower
    .split(/[\s-]+/)
    .map((word) => word.slice(0, PHRASE_LETTERS))
    .join(' ');
}

/** A name of several words whose words have the lemmas of a known name's words ("Балтийском море" → Baltic Sea). */
function phrase(name: string, language: string, built: Index): Place | null {
  if (!/[\s-]/.test(name)) return null;
  const candidates = built.phrases.get(`${language}:${phraseKey(name.toLowerCase())}`);
  if (!candidates) return null;
  const lemmas = lemmaSequence(name, language);
  return candidates.find((candidate) => lemmaSequence(candidate.name, language) === lemmas)?.place ?? null;
}

/** The lemma of each word ("Балтийском море" → "балтийский море"): multi-word names meet whatever their case. */
function lemmaSequence(name: string, language: string): string {
  return name
    .split(/[\s-]+/)
    .map((word) => lemma(word, language))
    .join(' ');
}

function buildIndex(): Index {
  const built: Index = { exact: new Map(), romanised: null, named: [], areas: new Map(), phrases: new Map() };
  const codes = languages.map((table) => table.code);
  const add = (place: Place, language: string, name: string) => {
    const lower = name.toLowerCase().trim();
    if (lower.length < 2) return;
    const spaced = /\s/.test(lower);
    const keyed = `${language}:${lower}`;
    if (language && place.kind !== 'city' && !spaced) setOnce(built.areas, keyed, place);
    setOnce(built.exact, keyed, place);
    setOnce(built.exact, lower, place);
    if (spaced) {
      const phrase = phraseKey(lower);
      for (const code of language ? [language] : codes) {
        const key = `${code}:${phrase}`;
        const list = built.phrases.get(key);
        if (list) list.push({ name, place });
        else built.phrases.set(key, [{ name, place }]);
      }
    }
    built.named.push([name, place]);
  };
  addCountries(add);
  addAreas(add);
  // A city and the subdivision named after it (Kyiv, UA-30) share their name: the city claims it first.
  addGeonames(add);
  addSubdivisions(add);
  // The hand table's variants (Kiev, Kharkov, Alma-Ata; ЄС for the European Union) join the place one of their names already has.
  for (const entry of INTERNATIONAL) {
    const known = entry.names.map((name) => built.exact.get(name.toLowerCase())).find(Boolean);
    if (!known && entry.type !== 'place') continue;
    const place: Place = known ?? { id: `int:${entry.names[0]}`, name: entry.names[0]!, kind: 'region', prominent: true };
    for (const name of entry.names) add(place, '', name);
  }
  return built;
}

/** The romanised index, built when a name is first looked up by key: most look-ups are settled by spelling or lemma. */
function romanised(built: Index): Map<string, Place> {
  if (!built.romanised) {
    built.romanised = new Map();
    for (const [name, place] of built.named) {
      if (!place.prominent) continue;
      const key = nameKey(name);
      if (key.length >= MIN_KEY) setOnce(built.romanised, key, place);
    }
  }
  return built.romanised;
}

function setOnce(map: Map<string, Place>, key: string, place: Place): void {
  if (map.get(key) === undefined) map.set(key, place);
}

type Add = (place: Place, language: string, name: string) => void;

interface WorldCountry {
  cca2: string;
  name: { common: string };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
}

/** Countries from CLDR (Intl.DisplayNames), i18n-iso-countries, world-countries and each language's own aliases (США, ФРГ). */
function addCountries(add: Add): void {
  const require = createRequire(import.meta.url);
  const codes = languages.map((table) => table.code);
  for (const code of codes) countryNames.registerLocale(require(`i18n-iso-countries/langs/${code}.json`));
  const displays = codes.map((code) => [code, new Intl.DisplayNames([code], { type: 'region' })] as const);
  const world = require('world-countries') as WorldCountry[];
  const byCode = new Map<string, Place>();
  for (const country of world) {
    const place: Place = { id: `iso:${country.cca2}`, name: country.name.common, kind: 'country', prominent: true };
    byCode.set(country.cca2, place);
    add(place, 'en', country.name.common);
    for (const [code, display] of displays) {
      const shown = display.of(country.cca2);
      if (shown && shown !== country.cca2) add(place, code, shown);
      for (const name of countryNames.getName(country.cca2, code, { select: 'all' }) ?? []) add(place, code, name);
    }
    for (const translation of Object.values(country.translations)) add(place, '', translation.common);
    for (const alt of country.altSpellings) if (alt.length > 3) add(place, '', alt);
  }
  for (const table of languages) {
    for (const [alias, code] of Object.entries(table.lexicon?.placeAliases ?? {})) {
      const place = byCode.get(code);
      if (place) add(place, table.code, alias);
    }
  }
}

/** Continents and regions (UN M49) and the EU, named by CLDR in each language. */
function addAreas(add: Add): void {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const displays = languages.map((table) => [table.code, new Intl.DisplayNames([table.code], { type: 'region' })] as const);
  for (const code of M49_AREAS) {
    const place: Place = { id: `m49:${code}`, name: english.of(code) ?? code, kind: 'region', prominent: true };
    for (const [language, display] of displays) {
      const shown = display.of(code);
      if (shown && shown !== code) add(place, language, shown);
    }
  }
}

/** Subdivisions of countries (England, Bavaria, Donetsk Oblast) as CLDR names them. */
function addSubdivisions(add: Add): void {
  const places = new Map<string, Place>();
  for (const line of (readTable('places/subdivisions.tsv.gz') ?? '').split('\n')) {
    const [code, language, name] = line.split('\t');
    if (!code || !language || !name) continue;
    let place = places.get(code);
    if (!place) {
      place = { id: `sub:${code}`, name, kind: 'region', prominent: false };
      places.set(code, place);
    }
    // CLDR translates only the best-known subdivisions (England, Scotland, Wales).
    if (language !== 'en') place.prominent = true;
    add(place, language, name);
  }
}

/**
 * GeoNames cities; a city named in more languages is the better known one and claims a shared name first (London,
 * England before London, Ontario): the file lists them in that order.
 */
function addGeonames(add: Add): void {
  const text = readTable('places/geonames.tsv.gz');
  if (!text) return;
  for (const line of text.split('\n')) {
    const [id, ...names] = line.split('\t');
    const english = names[0] || names.find(Boolean);
    if (!english) continue;
    const place: Place = { id: `gn:${id}`, name: english, kind: 'city', prominent: names.filter(Boolean).length >= PROMINENT_LANGUAGES };
    names.forEach((name, column) => name && add(place, GEONAMES_COLUMNS[column]!, name));
  }
}
