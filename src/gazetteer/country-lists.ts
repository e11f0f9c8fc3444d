import { createRequire } from 'node:module';
import countryNames from 'i18n-iso-countries';

/** A country as the npm package `world-countries` lists it (the fields the compiled tables read). */
export interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  capital: string[];
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
}

/**
 * The npm country lists the place index and the gazetteer are compiled from (at build time only): `world-countries`,
 * and `i18n-iso-countries` with the names of the given languages registered.
 */
export function countryLists(languages: readonly string[]): { world: WorldCountry[]; names: typeof countryNames } {
  const require = createRequire(import.meta.url);
  for (const language of languages) countryNames.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
  return { world: require('world-countries') as WorldCountry[], names: countryNames };
}
