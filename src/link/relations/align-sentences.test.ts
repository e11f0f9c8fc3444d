import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignSentences, coversAtLeast, unitCover } from './align-sentences.js';
import { keyDocument } from './sentence-keys.js';
import { BUDGET_EN, BUDGET_RU, FINAL_RU, documentOf } from './test-documents.js';

const keyed = (language: string, sentences: readonly string[]) => keyDocument(documentOf(language, language, sentences));

test('a Russian translation aligns sentence by sentence with its English source, through concepts where no name or figure is shared', () => {
  const pairs = alignSentences(keyed('en', BUDGET_EN), keyed('ru', BUDGET_RU));
  assert.deepEqual(
    pairs.map((p) => [p.a, p.b]),
    BUDGET_EN.map((_, k) => [[k], [k]]),
  );
  // "First on the list was water." / "Первой в списке была вода.": list and water meet as concepts.
  assert.ok(pairs[1]!.score > 0.3 && pairs[1]!.matched >= 3, JSON.stringify(pairs[1]));
});

test('a sentence split in two by the translator aligns one to two', () => {
  const ru = [BUDGET_RU[0]!, 'Мэр сказал, что деньги пойдут на оплату врачей.', 'Часть денег пойдёт медсёстрам.', BUDGET_RU[3]!];
  const en = [BUDGET_EN[0]!, 'The mayor said the money would pay for doctors and nurses.', BUDGET_EN[3]!];
  const pairs = alignSentences(keyed('en', en), keyed('ru', ru));
  assert.deepEqual(
    pairs.map((p) => [p.a, p.b]),
    [
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ],
  );
});

test('an article on another story aligns nothing, and little of it finds its keys in the other', () => {
  const [en, ru] = [keyed('en', BUDGET_EN), keyed('ru', FINAL_RU)];
  assert.deepEqual(alignSentences(en, ru), []);
  assert.ok(unitCover(en, ru) < 0.2, String(unitCover(en, ru)));
  assert.ok(unitCover(keyed('en', BUDGET_EN), keyed('ru', BUDGET_RU)) > 0.5);
});

test('whether the cover reaches a share is answered as the cover itself would, for shares on both sides of it', () => {
  for (const [a, b] of [
    [keyed('en', BUDGET_EN), keyed('ru', FINAL_RU)],
    [keyed('en', BUDGET_EN), keyed('ru', BUDGET_RU)],
  ] as const) {
    const cover = unitCover(a, b);
    for (const share of [0, cover / 2, cover, cover + 0.01, 0.25, 0.5, 1]) assert.equal(coversAtLeast(a, b, share), cover >= share, `cover ${cover}, share ${share}`);
  }
});

test('a long text is keyed up to the sentence limit only', () => {
  const long = Array.from({ length: 500 }, (_, k) => `Sentence number ${k} mentions the harbour.`);
  assert.equal(keyDocument(documentOf('long', 'en', long), 300).sentences.length, 300);
});

test('a web address is one unit, the same in every language, and its words are not read as words of the text', () => {
  const english = keyDocument(documentOf('en', 'en', ['Read the report (https://Example.org/flood-report-2024).']));
  const russian = keyDocument(documentOf('ru', 'ru', ['Доклад опубликован на https://example.org/flood-report-2024.']));
  const [units] = english.sentences.map((sentence) => sentence.units.map((unit) => unit.keys));
  assert.deepEqual(units!.at(-1), ['u:https://example.org/flood-report-2024']);
  assert.ok(russian.keys.has('u:https://example.org/flood-report-2024'));
  // "report" is keyed once, from the text; "flood", "https" and "example" of the address give no keys.
  assert.ok(units!.some((keys) => keys.includes('k:repor')), JSON.stringify(units));
  for (const word of ['flood', 'https', 'examp']) assert.ok(![...english.keys].some((key) => key.includes(word) && !key.startsWith('u:')), word);
});
