#!/usr/bin/env node
// Part of the build: writes an unpacked copy of each gzipped table of data/lexicon under dist/tables, which the
// analysis reads instead of inflating the tables in every process (they are read from the gzip when it is missing),
// beside the Hunspell tables the filters of their stems (src/lexicon/stem-filter.ts), and beside the concept tables the
// first key of each block, by which they are read a block at a time (src/lexicon/blocked-bytes.ts).
import { writeBlockIndexes } from '../dist/lexicon/blocked-bytes.js';
import { unpackTables } from '../dist/lexicon/data-files.js';
import { writeStemFilters } from '../dist/lexicon/stem-filter.js';

const started = performance.now();
const tables = unpackTables();
const filters = writeStemFilters();
const indexed = writeBlockIndexes('concepts/');
console.error(`unpacked ${tables.length} tables and wrote ${filters.length} stem filters and ${indexed.length} block indexes into dist/tables in ${Math.round(performance.now() - started)} ms`);
