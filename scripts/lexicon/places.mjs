// Compiles place names: GeoNames' translated city names (Debian libgeonames-common, one gettext catalogue per
// language, msgid = geonameid) into `geonames.tsv.gz`, one place a line: `id\ten\tde\tfr\tes\tru\tuk`, the places
// named in more languages first.
import { existsSync, readFileSync } from 'node:fs';

export const PLACE_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'uk'];

/** Reads a GNU gettext .mo catalogue into msgid → msgstr (little- or big-endian). */
export function readMo(path) {
  const buffer = readFileSync(path);
  const magic = buffer.readUInt32LE(0);
  const read = magic === 0x950412de ? (o) => buffer.readUInt32LE(o) : (o) => buffer.readUInt32BE(o);
  const count = read(8);
  const originals = read(12);
  const translations = read(16);
  const catalogue = new Map();
  for (let i = 0; i < count; i++) {
    const key = buffer.toString('utf8', read(originals + 8 * i + 4), read(originals + 8 * i + 4) + read(originals + 8 * i));
    const value = buffer.toString('utf8', read(translations + 8 * i + 4), read(translations + 8 * i + 4) + read(translations + 8 * i));
    if (key) catalogue.set(key, value);
  }
  return catalogue;
}

/** One line per GeoNames place that has a name in at least one of the six languages. */
export function compileGeonames(localeDir = '/usr/share/locale') {
  const catalogues = PLACE_LANGUAGES.map((lang) => {
    const path = `${localeDir}/${lang}/LC_MESSAGES/geonames.mo`;
    if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install libgeonames-common`);
    return readMo(path);
  });
  const ids = new Set(catalogues.flatMap((c) => [...c.keys()]));
  const named = (id) => catalogues.filter((c) => c.get(id)).length;
  // The better-known place (named in more languages) first, as the runtime lets the first place claim a shared name.
  const lines = [...ids]
    .filter((id) => /^\d+$/.test(id))
    .sort((a, b) => named(b) - named(a) || Number(a) - Number(b))
    .map((id) => [id, ...catalogues.map((c) => (c.get(id) ?? '').replace(/[\t\n]/g, ' '))].join('\t'));
  return lines.join('\n');
}
