import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTable } from './data-files.js';
import { buildPlaces, serializePlaces } from './places-build.js';
import { place, placeOfAdjective } from './places.js';

test('the compiled place index is what its sources give (else: npm run build && node scripts/lexicon/places-index.mjs)', () => {
  const built = buildPlaces();
  const compiled = readTable('places/index.tsv.gz');
  assert.ok(compiled, 'data/lexicon/places/index.tsv.gz is missing');
  // Compared line by line first, so that a stale table names the first line that differs rather than 4 MB of text.
  const fresh = serializePlaces(built).split('\n');
  const stored = compiled.split('\n');
  const differs = fresh.findIndex((line, i) => line !== stored[i]);
  assert.equal(differs < 0 ? null : { line: differs, fresh: fresh[differs], stored: stored[differs] }, null);
  assert.equal(stored.length, fresh.length);
});

test('a look-up in the compiled index gives what the built maps give, one object per place', () => {
  const built = buildPlaces();
  const london = built.exact.get('en:london')!;
  assert.deepEqual(place('London', 'en'), london);
  assert.equal(place('Лондоне', 'ru'), place('London', 'en'));
  assert.equal(place('Kiew', 'de')?.id, built.romanised.get('kiev')?.id ?? built.exact.get('de:kiew')?.id);
  assert.equal(place('Чёрном море', 'ru')?.name, 'Black Sea');
  assert.equal(placeOfAdjective('британских', 'ru')?.id, 'iso:GB');
  assert.equal(placeOfAdjective('russischen', 'de')?.id, 'iso:RU');
  assert.equal(place('Zzyzxqq', 'en'), null);
});
