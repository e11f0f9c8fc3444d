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
