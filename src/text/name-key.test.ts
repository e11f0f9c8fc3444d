import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, nameKey, romanize } from './name-key.js';

test('spellings of one name across scripts and romanisations share a key', () => {
  const tokayev = ['Tokayev', 'Tokaïev', 'Tokajew', 'Токаев', 'Токаєв'].map(nameKey);
  assert.deepEqual(new Set(tokayev).size, 1, tokayev.join(' '));
  assert.equal(nameKey('Kassym-Jomart'), nameKey('Kassym-Zhomart'));
  assert.equal(nameKey('Ablyazov'), nameKey('Аблязов'));
  assert.equal(nameKey('Nazarbayev'), nameKey('Назарбаев'));
  assert.notEqual(nameKey('Nazarbayev'), nameKey('Nur-Sultan'));
});

test('Cyrillic is romanised as English-language news writes it', () => {
  assert.equal(romanize('Токаев'), 'Tokayev');
  assert.equal(romanize('Київ', 'uk'), 'Kyiv');
  assert.equal(romanize('Киев', 'ru'), 'Kiyev');
  assert.equal(romanize('Алматы'), 'Almaty');
});

test('edit distance stops early beyond its limit', () => {
  assert.equal(editDistance('abliazov', 'abkiazov'), 1);
  assert.equal(editDistance('tokaiev', 'nazarbaiev'), 3);
});
