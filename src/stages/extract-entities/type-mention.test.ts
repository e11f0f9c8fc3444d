import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strongMentions } from '../../test-support.js';

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
