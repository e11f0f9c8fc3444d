import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_FEATURES, storyFeatures } from './features.js';

/** A document of one body paragraph and nothing extracted from it. */
const bodyOnly = (text: string) => ({ language: 'en', title: null, text, body: [[0, text.length] as [number, number]], sentences: [], mentions: [], quantities: [], dates: [] });

test('a body of 130,000 repeated words gives its few distinct features (no stack overflow)', () => {
  const features = storyFeatures(bodyOnly('e.g. '.repeat(130_000)));
  assert.ok(features.length <= 2, `one short word repeated gives at most a word key and a cognate key, got ${features.length}`);
});

test('story features are distinct and bounded, however long the body', () => {
  // Distinct in their first six letters, which is what a content key keeps.
  const letters = (n: number) => Array.from({ length: 6 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
  const words = Array.from({ length: 200_000 }, (_, i) => letters(i)).join(' ');
  const features = storyFeatures(bodyOnly(words));
  assert.equal(new Set(features.map((f) => f.key)).size, features.length);
  assert.equal(features.length, MAX_FEATURES);
});
