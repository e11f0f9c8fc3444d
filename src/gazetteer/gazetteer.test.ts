import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCompiledTable } from '../test-support.js';
import { lookupName } from './gazetteer.js';
import { buildGazetteer, serializeGazetteer } from './gazetteer-build.js';

test('the compiled gazetteer is what its sources give', () => {
  assertCompiledTable('places/known-names.tsv.gz', serializeGazetteer(buildGazetteer()));
});

test('countries, capitals and organisations are known under their names in other languages and scripts', () => {
  assert.deepEqual(lookupName('Deutschland'), { canonical: 'Germany', type: 'place' });
  assert.equal(lookupName('Германия')?.canonical, 'Germany');
  assert.deepEqual(lookupName('НАТО'), { canonical: 'NATO', type: 'organization' });
  assert.equal(lookupName('Astana')?.type, 'place');
  assert.equal(lookupName('Zzyzxqq'), null);
});

test('continents and world regions are places under their CLDR names; "America" is left to the United States', () => {
  assert.deepEqual(lookupName('North America'), { canonical: 'North America', type: 'place' });
  assert.equal(lookupName('Westafrika')?.canonical, 'Western Africa');
  assert.equal(lookupName('Восточная Европа')?.canonical, 'Eastern Europe');
  assert.equal(lookupName('South Africa')?.canonical, 'South Africa', 'a country keeps its name before a region');
  assert.notEqual(lookupName('America')?.canonical, 'Americas');
});
