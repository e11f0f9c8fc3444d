import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strongMentions } from '../../test-support.js';

const mentions = strongMentions;

test('a title of a work in quotation marks is one mention of its own', async () => {
  const found = await mentions('She later starred in "It Happened to Jane" and in the comedy "The Glass Bottom Boat" with a famous partner.');
  assert.ok(found.includes('It Happened to Jane:other'), found.join(', '));
  assert.ok(found.includes('The Glass Bottom Boat:other'), found.join(', '));
  const spanish = await mentions('El director adaptó la novela «El señor de los anillos» para el cine con un presupuesto enorme.');
  assert.ok(spanish.includes('El señor de los anillos:other'), spanish.join(', '));
});

test('speech in quotation marks is no title, and a species in them no name at all', async () => {
  const found = await mentions('"We Will Win Again," the coach told reporters after the game, and the bird "Aquila nipalensis" flew over the field.');
  assert.ok(!found.some((m) => m.startsWith('We Will Win Again:')), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('Aquila')), found.join(', '));
});
