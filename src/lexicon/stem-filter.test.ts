import assert from 'node:assert/strict';
import { utimesSync } from 'node:fs';
import { test } from 'node:test';
import { tableFolders } from '../test-support.js';
import { HunspellAnalyzer, type HunspellRules } from './hunspell.js';
import { lemmatize, morphologyLoaded } from './lemma.js';
import { readStemFilterFile, stemFilter, stemFilterFile, writeStemFilters } from './stem-filter.js';

/** A compiled table whose stems are the words given, and which ignores soft hyphens and writes ʼ as '. */
function table(stems: readonly string[]): string {
  const rules: HunspellRules = { format: 'triangulate.hunspell/2', special: {}, ignore: '\u00ad', iconv: [['ʼ', "'"]], rules: [] };
  return [JSON.stringify(rules), ...[...stems].sort().map((stem) => `${stem}\tA`)].join('\n');
}

const words = Array.from({ length: 5000 }, (_, i) => `stem${i.toString(36)}`);

test('a stem filter passes every stem of its table, written as the table writes it, and almost no other word', () => {
  const filter = readStemFilterFile(stemFilterFile(table([...words, "d'or"])))!;
  assert.ok(words.every((word) => filter.mayHold(word)));
  // The table's spelling: a soft hyphen is ignored, ʼ is written '.
  assert.ok(filter.mayHold('stem\u00ad1'));
  assert.ok(filter.mayHold('dʼor'));
  const absent = Array.from({ length: 20_000 }, (_, i) => `name${i}`);
  const passed = absent.filter((word) => filter.mayHold(word)).length;
  assert.ok(passed < 20, `${passed} of 20,000 absent words passed`);
  // The filter says no only where the table has no stem.
  const analyzer = new HunspellAnalyzer(table(words));
  for (const word of [...absent.slice(0, 2000), ...words.slice(0, 100)]) {
    if (!filter.mayHold(word)) assert.deepEqual(analyzer.analyseStem(word), []);
  }
  assert.equal(readStemFilterFile(Buffer.from('not a filter')), null);
  // A file cut or overwritten inside its header: its length is plausible, its JSON is not.
  const damaged = stemFilterFile(table(words));
  damaged.write('}{', 6, 'utf8');
  assert.equal(readStemFilterFile(damaged), null);
});

test('the build writes a filter per Hunspell table; a table compiled again after it is read without one', () => {
  const { packed, unpacked } = tableFolders('stems-', { 'hunspell/xx.tsv.gz': table(['alpha', 'beta']), 'hunspell/yy.tsv.gz': table(['gamma']) });
  assert.deepEqual(writeStemFilters(packed, unpacked).sort(), ['xx', 'yy']);
  const filter = stemFilter('xx', packed, unpacked)!;
  assert.ok(filter.mayHold('alpha') && filter.mayHold('beta') && !filter.mayHold('gamma'));
  assert.equal(stemFilter('zz', packed, unpacked), null);
  // Compiled again after its filter was written, a table has none until the next build.
  const later = new Date(Date.now() + 60_000);
  utimesSync(new URL('hunspell/yy.tsv.gz', packed), later, later);
  assert.equal(stemFilter('yy', packed, unpacked), null);
});

test('an unknown name in an English text reads the other Latin-script tables only when the built filters let it', (t) => {
  const others = ['de', 'es'];
  if (others.some((language) => stemFilter(language) === null)) {
    t.skip('no stem filters under dist/tables: run the build (npm run build) first');
    return;
  }
  // A made-up name is no stem of English, nor of the others: their tables stay unread, and it keeps its own form.
  const found = lemmatize('Tobelgalovski', 'en');
  assert.equal(found.source, 'fallback');
  assert.deepEqual(others.filter(morphologyLoaded), []);
});
