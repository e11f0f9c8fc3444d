import { countryLists } from '../gazetteer/country-lists.js';
import { INTERNATIONAL } from '../gazetteer/international.js';
import { languages } from '../lang/index.js';
import { nameKey } from '../text/name-key.js';
import { readTable } from './data-files.js';
import { MIN_KEY, PHRASE_ENTRY, PHRASE_PART, PLACE_INDEX_FORMAT, phraseKey, type Place } from './places.js';
import { byteOrder } from './sorted-bytes.js';

/**
 * Compiles the place index that `places.ts` reads (data/lexicon/places/index.tsv.gz, written by
 * scripts/lexicon/derived.mjs): countries, areas, GeoNames cities and subdivisions under every name each
 * language gives them. Building it costs about 0.4 CPU-s and a few hundred thousand map entries, once per process
 * and worker; the compiled table is read instead, by binary search in its bytes as loaded.
 */


/** The languages of the GeoNames table's columns, in order (scripts/lexicon/places.mjs). */
const GEONAMES_COLUMNS = ['en', 'de', 'fr', 'es', 'ru', 'uk'];
/** UN M49 areas that news names: the world, continents and their parts; EU and UN as CLDR writes them. */
const M49_AREAS = ['EU', '001', '002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
/** A city named in this many of the six languages is well known enough to be found by its romanised key. */
const PROMINENT_LANGUAGES = 5;

/** The index as built: every map keeps the first place given a key. */
export interface BuiltPlaces {
  /** Lower-case name → place, per language (`language:name`) and for any language (`name`). */
  exact: Map<string, Place>;
  /** Romanised key (nameKey) of a prominent place's name → place: Kiev ~ Киев, Moskau ~ Москва. */
  romanised: Map<string, Place>;
  /** Countries and areas by `language:lower-case name`, in the order added: the names place adjectives derive from. */
  areas: Map<string, Place>;
  /** Names of several words by `language:` and the first letters of each word, compared by lemmas when asked. */
  phrases: Map<string, Array<{ name: string; place: Place }>>;
}

/** Builds the index from its sources (CLDR, npm country lists, the GeoNames and subdivision tables, the hand table). */
export function buildPlaces(): BuiltPlaces {
  const built: BuiltPlaces = { exact: new Map(), romanised: new Map(), areas: new Map(), phrases: new Map() };
  const named: Array<[string, Place]> = [];
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
    named.push([name, place]);
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
  for (const [name, place] of named) {
    if (!place.prominent) continue;
    const key = nameKey(name);
    if (key.length >= MIN_KEY) setOnce(built.romanised, key, place);
  }
  return built;
}

/**
 * The compiled table's text: a header line (JSON: format and each section's length in UTF-8 bytes), then the sections
 * one after the other. `places`: one place a line (`id\tname\tkind\tprominent 1/0`), each known by the byte offset of
 * its line in the section; `exact`, `romanised`, `phrases`: lines `key\tvalue` sorted by key in byte order (what
 * SortedBytes reads), the value a place's offset or, for phrases, `name\u0002offset` entries joined by \u0001;
 * `areas`: `key\toffset` in the order added.
 */
export function serializePlaces(built: BuiltPlaces): string {
  const offsets = new Map<Place, number>();
  const placeLines: string[] = [];
  let placeBytes = 0;
  const offset = (place: Place) => {
    let found = offsets.get(place);
    if (found === undefined) {
      const line = [place.id, place.name, place.kind, place.prominent ? '1' : '0'].join('\t');
      offsets.set(place, (found = placeBytes));
      placeLines.push(line);
      placeBytes += Buffer.byteLength(line) + 1;
    }
    return found;
  };
  const sorted = <T>(map: Map<string, T>, value: (item: T) => string) => [...map.keys()].sort(byteOrder).map((key) => `${key}\t${value(map.get(key)!)}`);
  const exact = sorted(built.exact, (place) => String(offset(place)));
  const romanised = sorted(built.romanised, (place) => String(offset(place)));
  const phrases = sorted(built.phrases, (list) => list.map(({ name, place }) => `${name}${PHRASE_PART}${offset(place)}`).join(PHRASE_ENTRY));
  const areas = [...built.areas].map(([key, place]) => `${key}\t${offset(place)}`);
  const sections = { places: placeLines, exact, romanised, phrases, areas };
  const texts = Object.fromEntries(Object.entries(sections).map(([name, lines]) => [name, lines.join('\n')]));
  const lengths = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, Buffer.byteLength(text)]));
  return `${JSON.stringify({ format: PLACE_INDEX_FORMAT, lengths })}\n${Object.values(texts).join('')}`;
}

function setOnce<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.get(key) === undefined) map.set(key, value);
}

type Add = (place: Place, language: string, name: string) => void;

/** Countries from CLDR (Intl.DisplayNames), i18n-iso-countries, world-countries and each language's own aliases (США, ФРГ). */
function addCountries(add: Add): void {
  const codes = languages.map((table) => table.code);
  const { world, names: countryNames } = countryLists(codes);
  const displays = codes.map((code) => [code, new Intl.DisplayNames([code], { type: 'region' })] as const);
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
