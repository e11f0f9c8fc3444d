import assert from 'node:assert/strict';
import { test } from 'node:test';
import { concepts, sharedConcepts } from './concepts.js';

test('a ship is one concept in all six languages, through direct pairs and pivots', () => {
  const ship: Array<[string, string]> = [
    ['ship', 'en'],
    ['Schiff', 'de'],
    ['navire', 'fr'],
    ['buque', 'es'],
    ['судно', 'ru'],
    ['судно', 'uk'],
  ];
  for (const [word, language] of ship) assert.ok(concepts(word, language).includes('ship'), `${language} ${word}: ${concepts(word, language).join(' ')}`);
  for (const [a, langA] of ship) for (const [b, langB] of ship) assert.ok(sharedConcepts(a, langA, b, langB), `${a}/${langA} ~ ${b}/${langB}`);
});

test('every pair of the six languages meets on common news words', () => {
  const government: Array<[string, string]> = [
    ['government', 'en'],
    ['Regierung', 'de'],
    ['gouvernement', 'fr'],
    ['gobierno', 'es'],
    ['правительство', 'ru'],
    ['уряд', 'uk'],
  ];
  for (const [a, langA] of government) for (const [b, langB] of government) assert.ok(sharedConcepts(a, langA, b, langB), `${a}/${langA} ~ ${b}/${langB}`);
  assert.ok(sharedConcepts('Haus', 'de', 'maison', 'fr'));
  assert.ok(concepts('Haus', 'de').includes('house'));
  assert.ok(concepts('maison', 'fr').includes('house'));
  assert.ok(sharedConcepts('будинок', 'uk', 'casa', 'es'));
});

test('the first senses come first and domain-marked senses give way to general ones', () => {
  assert.equal(concepts('Haus', 'de')[0], 'house');
  assert.ok(!concepts('Haus', 'de').includes('establishment'), concepts('Haus', 'de').join(' '));
  assert.equal(concepts('gouvernement', 'fr')[0], 'government');
  assert.ok(concepts('Regierung', 'de').includes('government'));
  assert.ok(concepts('Regierung', 'de').length <= 6);
});

test('lookup ignores case; English lemmas are their own concepts; unknown words and languages give []', () => {
  assert.deepEqual(concepts('SCHIFF', 'de'), concepts('schiff', 'de'));
  assert.deepEqual(concepts('Ship', 'en'), ['ship']);
  // A multiword concept is followed by its head word.
  assert.deepEqual(concepts('house music', 'en'), ['house_music', 'music']);
  assert.deepEqual(concepts('qzxwvj', 'de'), []);
  assert.deepEqual(concepts('ship', 'xx'), []);
  assert.deepEqual(concepts('', 'fr'), []);
  assert.equal(sharedConcepts('Schiff', 'de', 'maison', 'fr'), false);
  assert.equal(sharedConcepts('qzxwvj', 'de', 'qzxwvj', 'de'), false);
});
