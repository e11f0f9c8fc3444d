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

test('a sentence takes the words the text holds inside it, whatever list it comes in, and a word across its edge is read in it alone', () => {
  const text = 'He left the U.S.The talks of Jan. 5 ended. Then co-chair Petrov spoke on well-known terms.';
  const alone = (span: [number, number]) => [...text.slice(span[0], span[1]).matchAll(/[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu)].map((m) => [m[0], span[0] + m.index]);
  const cutInsideWord = text.indexOf('The talks');
  const sentences: Array<[number, number]> = [
    [0, cutInsideWord],
    [cutInsideWord, text.indexOf('Then')],
    [text.indexOf('Then'), text.length],
  ];
  // Listed one by one, together, and in the reverse order: each sentence gives the words it holds read alone.
  const lists = [...sentences.map((s) => [s]), sentences, [...sentences].reverse()];
  for (const list of lists) {
    const tokens = tokenize(text, list);
    list.forEach((span, i) => {
      const own = tokens.filter((t) => t.sentence === i);
      assert.deepEqual(own.map((t) => [t.text, t.start]), alone(span));
      assert.deepEqual(own.map((t) => t.sentenceStart), own.map((_, k) => k === 0));
    });
  }
  // "U.S.The" is one word of the text, cut by the sentence's edge: the first sentence ends with "U.S".
  assert.equal(tokenize(text, [sentences[0]!]).at(-1)!.text, 'U.S');
  assert.equal(tokenize(text, [sentences[1]!])[0]!.text, 'The');
});
