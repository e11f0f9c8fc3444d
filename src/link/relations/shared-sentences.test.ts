import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_SHINGLED_SENTENCES, sharedSentences, shingleText } from './shared-sentences.js';
import { documentOf } from './test-documents.js';

const wire = [
  'The port authority said on Monday that traffic through the strait would resume within two days.',
  'Divers inspected the hull of the grounded carrier overnight and found no breach in its double bottom.',
  'Three tugs were waiting for the morning tide to pull the ship off the sandbank.',
];

test('a sentence repeated in a text is counted once', () => {
  const repeated = documentOf('portal', 'en', [wire[0]!, wire[0]!, wire[0]!, 'Our reporter adds that the ferry to the islands still runs twice a day.']);
  const shared = sharedSentences(shingleText(repeated), shingleText(documentOf('wire', 'en', wire)));
  assert.deepEqual(shared.pairs, [[0, 0]]);
  assert.deepEqual(shared.distinct, [2, 3]);
});

test('a one-paragraph brief is found in the article it was cut from, with the words it shares', () => {
  const brief = documentOf('brief', 'en', [wire[1]!]);
  const shared = sharedSentences(shingleText(brief), shingleText(documentOf('wire', 'en', wire)));
  assert.deepEqual(shared.pairs, [[0, 1]]);
  assert.equal(shared.words, 17);
});

test('a document is shingled as far as its first MAX_SHINGLED_SENTENCES sentences: a book-sized text costs no more', () => {
  const sentences = Array.from({ length: MAX_SHINGLED_SENTENCES + 500 }, (_, i) => `Line ${i} of the long feed says the ferry left at ${i} past noon today.`);
  const long = shingleText(documentOf('feed', 'en', sentences));
  assert.equal(long.distinct.size, MAX_SHINGLED_SENTENCES);
  assert.ok(long.distinct.has(MAX_SHINGLED_SENTENCES - 1) && !long.distinct.has(MAX_SHINGLED_SENTENCES));
});
