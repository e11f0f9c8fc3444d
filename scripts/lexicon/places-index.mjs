#!/usr/bin/env node
// Compiles the place index that src/lexicon/places.ts reads (data/lexicon/places/index.tsv.gz) from the place tables
// under data/lexicon/places, CLDR (Node's ICU) and the npm country lists: run after `npm run build` whenever one of
// them, the hand table (src/gazetteer/international.ts) or a language's place aliases change. The lexicon test
// `the compiled place index is what its sources give` fails until it is run.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildPlaces, serializePlaces } from '../../dist/lexicon/places-build.js';

const url = new URL('../../data/lexicon/places/index.tsv.gz', import.meta.url);
const data = gzipSync(Buffer.from(serializePlaces(buildPlaces()), 'utf8'), { level: 9 });
writeFileSync(url, data);
console.log(`places/index.tsv.gz: ${(data.length / 1e6).toFixed(2)} MB`);
