import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_JOINED_SENTENCE, SEGMENTER_CHUNK, sentenceSpans } from './segment.js';

const split = (text: string, lang: string) => sentenceSpans(text, [0, text.length], lang).map(([s, e]) => text.slice(s, e));

test('abbreviations of the language do not end sentences', () => {
  assert.deepEqual(split('Mr. Jones met Dr. Smith on Jan. 5. They talked.', 'en'), ['Mr. Jones met Dr. Smith on Jan. 5.', 'They talked.']);
  assert.deepEqual(split('M. Macron a parlé. Le président est parti.', 'fr'), ['M. Macron a parlé.', 'Le président est parti.']);
  assert.deepEqual(split('В 2004 г. он уехал на ул. Ленина. Потом вернулся.', 'ru'), ['В 2004 г. он уехал на ул. Ленина.', 'Потом вернулся.']);
  assert.deepEqual(split('Das sagte Prof. Weber z.B. gestern. Dann ging er.', 'de'), ['Das sagte Prof. Weber z.B. gestern.', 'Dann ging er.']);
});

test("a day's number and its full stop before a month's name end no sentence", () => {
  assert.deepEqual(split('Das teilte das Ministerium am Dienstag, dem 28. Juli, mit. Zwischen dem 1. März und dem 30. April wurde gezahlt.', 'de'), [
    'Das teilte das Ministerium am Dienstag, dem 28. Juli, mit.',
    'Zwischen dem 1. März und dem 30. April wurde gezahlt.',
  ]);
  // Without a month after it, the number ends the sentence; a figure that no day has ("45.") ends it before a month too.
  assert.deepEqual(split('Er kam am 3. Danach ging er. Die Zahl stieg auf 45. Mai war schlecht.', 'de'), ['Er kam am 3.', 'Danach ging er.', 'Die Zahl stieg auf 45.', 'Mai war schlecht.']);
});

test('an ordinal after an article ends no sentence, unless the next word is capitalised only as a first word', () => {
  assert.deepEqual(split('Der 1. FC Köln siegte am 2. Spieltag. Es war seine 3. Amtszeit und der 145. Sieg. Österreich ist auf dem 14. Platz.', 'de'), [
    'Der 1. FC Köln siegte am 2. Spieltag.',
    'Es war seine 3. Amtszeit und der 145. Sieg.',
    'Österreich ist auf dem 14. Platz.',
  ]);
  // "Danach" and "Die" are capitalised as first words only; no article before "45."; a figure of four is a year.
  assert.deepEqual(split('Er kam am 3. Danach ging er. Sie wurde die 2. Die anderen blieben. Sie stieg auf 45. Behörden warnten. Das war im 2020. Jahr.', 'de'), [
    'Er kam am 3.',
    'Danach ging er.',
    'Sie wurde die 2.',
    'Die anderen blieben.',
    'Sie stieg auf 45.',
    'Behörden warnten.',
    'Das war im 2020.',
    'Jahr.',
  ]);
  // A language whose table lists no ordinal openers keeps the segmenter's split.
  assert.deepEqual(split('It was the 15. Win came later.', 'en'), ['It was the 15.', 'Win came later.']);
});

test('initials do not end sentences in any language', () => {
  assert.deepEqual(split('J. K. Rowling wrote it. It sold well.', 'en'), ['J. K. Rowling wrote it.', 'It sold well.']);
});

test('a paragraph of thousands of sentences is given to the segmenter in bounded pieces', () => {
  const text = 'The cat sat on the mat. '.repeat(16_000);
  const work = { pieces: 0, longestPiece: 0 };
  const spans = sentenceSpans(text, [0, text.length], 'en', work);
  assert.equal(spans.length, 16_000);
  assert.equal(text.slice(spans[123]![0], spans[123]![1]), 'The cat sat on the mat.');
  assert.ok(work.longestPiece <= SEGMENTER_CHUNK, `longest piece ${work.longestPiece}`);
  assert.ok(work.pieces <= Math.ceil((text.length / SEGMENTER_CHUNK) * 2), `${work.pieces} pieces`);
});

test('runs of initials and abbreviations join into sentences of bounded length', () => {
  for (const [unit, lang] of [['J. R. R. ', 'en'], ['U.S. ', 'en'], ['Jan. ', 'en'], ['Mr. Smith ', 'en'], ['В. В. ', 'ru']] as const) {
    const text = unit.repeat(16_000);
    const spans = sentenceSpans(text, [0, text.length], lang);
    const longest = Math.max(...spans.map(([s, e]) => e - s));
    assert.ok(longest <= MAX_JOINED_SENTENCE, `${unit}: longest sentence ${longest}`);
    assert.ok(spans.length >= text.length / MAX_JOINED_SENTENCE, `${unit}: ${spans.length} sentences`);
  }
});

test('a stop inside a piece boundary still splits where the segmenter would', () => {
  const text = `${'Word '.repeat(500)}ends here. Next one starts. ${'More words '.repeat(300)}done.`;
  const whole = split(text, 'en');
  assert.equal(whole.length, 3);
  assert.ok(whole[0]!.endsWith('ends here.'));
  assert.equal(whole[1], 'Next one starts.');
});
