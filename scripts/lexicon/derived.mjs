#!/usr/bin/env node
// Compiles the tables derived from other tables and from code, so that no process builds them: the place index
// (places/index.tsv.gz) and the gazetteer (places/known-names.tsv.gz) from the place tables, CLDR (Node's ICU), the
// npm country lists and the hand table (src/gazetteer/international.ts); the first names by name key
// (names/first-name-keys.tsv.gz); the languages' names in each language (names/language-names.tsv.gz). Run after
// `npm run build` whenever a source, the name key or a language table's place aliases change: the freshness tests
// (`… is what its sources give`) fail until it is run.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildGazetteer, serializeGazetteer } from '../../dist/gazetteer/gazetteer-build.js';
import { buildPlaces, serializePlaces } from '../../dist/lexicon/places-build.js';
import { buildFirstNameKeys, buildLanguageNames, serializeSorted } from '../../dist/lexicon/names-build.js';

function write(relative, text) {
  const data = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  writeFileSync(new URL(`../../data/lexicon/${relative}`, import.meta.url), data);
  console.log(`${relative}: ${(data.length / 1e6).toFixed(2)} MB`);
}

write('places/index.tsv.gz', serializePlaces(buildPlaces()));
write('places/known-names.tsv.gz', serializeGazetteer(buildGazetteer()));
write('names/first-name-keys.tsv.gz', serializeSorted(buildFirstNameKeys()));
write('names/language-names.tsv.gz', serializeSorted(buildLanguageNames()));
