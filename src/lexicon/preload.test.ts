import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languages } from '../lang/index.js';
import { morphologyLoaded } from './lemma.js';
import { preloadLexicon } from './preload.js';

test('preloading loads the morphology of every language, those of other scripts than Latin too', () => {
  const withLexicon = languages.filter((table) => table.lexicon).map((table) => table.code);
  assert.ok(withLexicon.includes('uk') && withLexicon.includes('ru'));
  assert.deepEqual(withLexicon.filter(morphologyLoaded), []);
  preloadLexicon();
  assert.deepEqual(withLexicon.filter((code) => !morphologyLoaded(code)), []);
});
