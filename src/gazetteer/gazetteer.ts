import { readTable } from '../lexicon/data-files.js';
import { SortedLines } from '../lexicon/sorted-lines.js';
import { boundedMemo } from '../text/memo.js';
import { nameKey } from '../text/name-key.js';

/** What the gazetteer knows of a name: its canonical form and type. */
export interface KnownName {
  canonical: string;
  type: 'place' | 'organization';
}

/** The compiled gazetteer (gazetteer-build.ts, data/lexicon/places/known-names.tsv.gz), read on first use. */
let table: SortedLines | null = null;

/** Looks a name up among countries, capitals, major cities and international organisations, in any of the six languages. */
export function lookupName(name: string): KnownName | null {
  return byKey(nameKey(name));
}

/** Look-ups by name key, remembered: one object per key found, as the same names recur across a batch. */
const byKey = boundedMemo((key): KnownName | null => {
  table ??= new SortedLines(readTable('places/known-names.tsv.gz') ?? '');
  const line = table.get(key);
  if (line === undefined) return null;
  const tab = line.lastIndexOf('\t');
  return { canonical: line.slice(0, tab), type: line.slice(tab + 1) as KnownName['type'] };
}, 100_000);
