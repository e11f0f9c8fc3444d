import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyKeys } from './story-keys.js';
import { TEXT_KEY } from './story-index.js';

/** A document of one body paragraph and nothing extracted from it. */
const bodyOnly = (text: string) => ({ language: 'en', text, body: [[0, text.length] as [number, number]], sentences: [], mentions: [], quantities: [], dates: [] });

test('a body of 130,000 repeated words gives its few distinct keys (no stack overflow)', () => {
  const keys = storyKeys(bodyOnly('e.g. '.repeat(130_000)));
  assert.ok(keys.length <= 2, `only two distinct 5-grams exist, got ${keys.length} keys`);
  assert.ok(keys.every((key) => key.startsWith(TEXT_KEY)));
});

test('wording keys are distinct and bounded, however long the body', () => {
  const words = Array.from({ length: 200_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
  const keys = storyKeys(bodyOnly(words));
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(keys.length, 4096);
  const short = storyKeys(bodyOnly(Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ')));
  assert.ok(short.length > 20 && short.length < 100, `a 400-word body keeps about one 5-gram in 8, got ${short.length}`);
});
