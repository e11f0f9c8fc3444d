import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedSentences, shingleText } from './shared-sentences.js';
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
