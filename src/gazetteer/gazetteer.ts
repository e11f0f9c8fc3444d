import { createRequire } from 'node:module';
import type CountryNames from 'i18n-iso-countries';
import { nameKey } from '../text/name-key.js';
import { INTERNATIONAL } from './international.js';

/** What the gazetteer knows of a name: its canonical form and type. */
export interface KnownName {
  canonical: string;
  type: 'place' | 'organization';
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  capital: string[];
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
}

/** The languages Triangulate has tables for, as i18n-iso-countries names them. */
const COUNTRY_LANGUAGES = ['en', 'fr', 'ru', 'uk', 'de', 'es'] as const;

let index: Map<string, KnownName> | null = null;

/** Looks a name up among countries, capitals, major cities and international organisations, in any of the six languages. */
export function lookupName(name: string): KnownName | null {
  index ??= buildIndex();
  return index.get(nameKey(name)) ?? null;
}

function buildIndex(): Map<string, KnownName> {
  const map = new Map<string, KnownName>();
  const add = (names: readonly string[], known: KnownName) => {
    for (const name of names) {
      const key = nameKey(name);
      if (key.length >= 2 && !map.has(key)) map.set(key, known);
    }
  };
  for (const entry of INTERNATIONAL) add(entry.names, { canonical: entry.names[0]!, type: entry.type });
  const require = createRequire(import.meta.url);
  // Loaded here, on the first lookup, rather than imported: the same CommonJS module an import would give.
  const countryNames = require('i18n-iso-countries') as typeof CountryNames;
  for (const language of COUNTRY_LANGUAGES) countryNames.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
  const world = require('world-countries') as WorldCountry[];
  for (const country of world) {
    const place: KnownName = { canonical: country.name.common, type: 'place' };
    const localized = COUNTRY_LANGUAGES.flatMap((language) => countryNames.getName(country.cca2, language, { select: 'all' }) ?? []);
    const translated = ['fra', 'rus', 'deu', 'spa'].flatMap((code) => (country.translations[code] ? [country.translations[code]!.common] : []));
    add([country.name.common, ...localized, ...translated, ...country.altSpellings.filter((alt) => alt.length > 3)], place);
  }
  for (const country of world) for (const capital of country.capital) add([capital], { canonical: capital, type: 'place' });
  return map;
}
