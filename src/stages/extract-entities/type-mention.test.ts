import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strongMentions } from '../../test-support.js';
import { lexiconFor, lexiconMemo } from './lexicon.js';
import { typeOf } from './type-mention.js';

const mentions = strongMentions;

test('after a preposition that never precedes a person, a name guessed a person is a place', async () => {
  const found = await mentions('При этом в том же году в Монтгомери в автобусах было арестовано много людей, приехавших из Галисии.');
  assert.ok(found.includes('Монтгомери:place'), found.join(', '));
  assert.ok(found.includes('Галисии:place'), found.join(', '));
});

test('the ending of a place name types a name nothing else typed', async () => {
  const found = await mentions('Город связан дорогами с близлежащими населёнными пунктами Антоновка, Новодмитровка и Желепово уже много лет.');
  for (const village of ['Антоновка', 'Новодмитровка', 'Желепово']) assert.ok(found.includes(`${village}:place`), found.join(', '));
});

test("a name's own words are remembered, the words beside it are read at each occurrence", () => {
  const russian = lexiconFor('ru');
  // Typed once with a speech verb: a firm by its script. The same name after that, without one, is not typed by it.
  assert.equal(typeOf('Ryanair', true, null, null, 'заявила', true, russian), 'organization');
  assert.equal(typeOf('Ryanair', true, null, null, '', false, russian), 'other');
  const english = lexiconFor('en');
  assert.equal(typeOf('Brantley', true, null, 'mayor', '', false, english), 'person');
  assert.equal(typeOf('Brantley', true, null, null, '', false, english), 'other');
  // A place word after the name ("Brantley County") counts, the words of the name itself first ("Brantley Bank Street").
  assert.equal(typeOf('Brantley', true, null, null, 'county', false, english), 'place');
  assert.equal(typeOf('Brantley Bank Street', false, null, null, 'county', false, english), 'organization');
});

test('lexiconMemo answers each lexicon apart and computes an answer once', () => {
  const calls: string[] = [];
  const memo = lexiconMemo((key, lexicon) => {
    calls.push(`${lexicon.language}:${key}`);
    return `${key}@${lexicon.language}`;
  }, 2);
  const [en, de] = [lexiconFor('en'), lexiconFor('de')];
  assert.equal(memo('a', en), 'a@en');
  assert.equal(memo('a', en), 'a@en');
  assert.equal(memo('a', de), 'a@de');
  assert.deepEqual(calls, ['en:a', 'de:a']);
  // Past its size a lexicon's answers are dropped and computed again.
  memo('b', en);
  memo('c', en);
  memo('a', en);
  assert.deepEqual(calls, ['en:a', 'de:a', 'en:b', 'en:c', 'en:a']);
});
