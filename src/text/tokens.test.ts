import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstTokens, tokenize } from './tokens.js';

test('the first tokens of a span are those of the whole span, read through a window that grows only as needed', () => {
  const words = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'internationalisation-related' : `w${i}`));
  const text = `“Quoted,” ${words.join(' ')}.`;
  const span: [number, number] = [text.indexOf('”') + 1, text.length];
  for (const limit of [1, 16, 100, 399, 400, 500]) assert.deepEqual(firstTokens(text, span, limit), tokenize(text, [span]).slice(0, limit));
  assert.equal(firstTokens(text, span, 16).at(-1)!.text, 'w15');
});
