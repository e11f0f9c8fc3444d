#!/usr/bin/env node
// Part of the build: writes an unpacked copy of each gzipped table of data/lexicon under dist/tables, which the
// analysis reads instead of inflating the tables in every process (they are read from the gzip when it is missing),
// and beside the Hunspell tables the filters of their stems (src/lexicon/stem-filter.ts).
import { unpackTables } from '../dist/lexicon/data-files.js';
import { writeStemFilters } from '../dist/lexicon/stem-filter.js';

const started = performance.now();
const tables = unpackTables();
const filters = writeStemFilters();
console.error(`unpacked ${tables.length} tables and wrote ${filters.length} stem filters into dist/tables in ${Math.round(performance.now() - started)} ms`);
