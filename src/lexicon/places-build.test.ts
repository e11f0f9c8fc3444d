import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCompiledTable } from '../test-support.js';
import { buildPlaces, serializePlaces } from './places-build.js';
import { place, placeOfAdjective } from './places.js';

test('the compiled place index is what its sources give', () => {
  assertCompiledTable('places/index.tsv.gz', serializePlaces(buildPlaces()));
});

test('a look-up in the compiled place index gives what the built maps give, one object per place', () => {
  const built = buildPlaces();
  assert.deepEqual(place('London', 'en'), built.exact.get('en:london'));
  assert.equal(place('Лондоне', 'ru'), place('London', 'en'));
  assert.equal(place('Kiew', 'de')?.id, built.romanised.get('kiev')?.id ?? built.exact.get('de:kiew')?.id);
  assert.equal(place('Чёрном море', 'ru')?.name, 'Black Sea');
  assert.equal(placeOfAdjective('британских', 'ru')?.id, 'iso:GB');
  assert.equal(placeOfAdjective('russischen', 'de')?.id, 'iso:RU');
  assert.equal(place('Zzyzxqq', 'en'), null);
});
