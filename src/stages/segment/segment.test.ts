import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceSpans } from './segment.js';

const split = (text: string, lang: string) => sentenceSpans(text, [0, text.length], lang).map(([s, e]) => text.slice(s, e));

test('abbreviations of the language do not end sentences', () => {
  assert.deepEqual(split('Mr. Jones met Dr. Smith on Jan. 5. They talked.', 'en'), ['Mr. Jones met Dr. Smith on Jan. 5.', 'They talked.']);
  assert.deepEqual(split('M. Macron a parlé. Le président est parti.', 'fr'), ['M. Macron a parlé.', 'Le président est parti.']);
  assert.deepEqual(split('В 2004 г. он уехал на ул. Ленина. Потом вернулся.', 'ru'), ['В 2004 г. он уехал на ул. Ленина.', 'Потом вернулся.']);
  assert.deepEqual(split('Das sagte Prof. Weber z.B. gestern. Dann ging er.', 'de'), ['Das sagte Prof. Weber z.B. gestern.', 'Dann ging er.']);
});

test('initials do not end sentences in any language', () => {
  assert.deepEqual(split('J. K. Rowling wrote it. It sold well.', 'en'), ['J. K. Rowling wrote it.', 'It sold well.']);
});
