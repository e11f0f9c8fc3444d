import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCompiledTable } from '../test-support.js';
import { cldrLanguageNames, languageNames } from './language-names.js';
import { buildFirstNameKeys, buildLanguageNames, serializeSorted } from './names-build.js';
import { firstName } from './names.js';

test('the compiled first names and language names are what their sources give', () => {
  assertCompiledTable('names/first-name-keys.tsv.gz', serializeSorted(buildFirstNameKeys()));
  assertCompiledTable('names/language-names.tsv.gz', serializeSorted(buildLanguageNames()));
});

test('first names are found by key in any script, with their gender', () => {
  assert.equal(firstName('Olga', 'en')?.gender, 'female');
  assert.equal(firstName('Michael', 'de')?.gender, 'male');
  assert.equal(firstName('Zzyzxqq', 'en'), null);
});

test('language names come from the compiled table for languages with tables and from CLDR for others', () => {
  assert.ok(languageNames('de').has('französisch'));
  assert.ok(languageNames('en').has('greek'));
  assert.ok(!languageNames('en').has('london'));
  assert.deepEqual(languageNames('it'), cldrLanguageNames('it'));
  assert.ok(languageNames('it').has('tedesco'));
});
