#!/usr/bin/env node
// Part of the build: writes an unpacked copy of each gzipped table of data/lexicon under dist/tables, which the
// analysis reads instead of inflating the tables in every process (they are read from the gzip when it is missing).
import { unpackTables } from '../dist/lexicon/data-files.js';

const started = performance.now();
const tables = unpackTables();
console.error(`unpacked ${tables.length} tables into dist/tables in ${Math.round(performance.now() - started)} ms`);
