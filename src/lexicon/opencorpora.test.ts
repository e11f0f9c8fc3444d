import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { knownRussian, parseRussian } from './opencorpora.js';
import type { RussianParse } from './opencorpora.js';

interface AzParse {
  parser: string;
  tag: { POST?: string; toString(): string };
  normalize(): { word: string };
}

/** az's own answer, every parser run, in the shape parseRussian gives. */
function azReadings(word: string): RussianParse[] {
  parseRussian('дом'); // loads az's dictionaries, as parseRussian does on first use
  const az = createRequire(import.meta.url)('az') as { Morph: (word: string) => AzParse[] };
  return az.Morph(word).map((p) => ({ lemma: p.normalize().word, pos: p.tag.POST ?? null, tags: new Set(p.tag.toString().split(/[ ,]/)), known: p.parser === 'Dictionary' }));
}

const shape = (parses: readonly RussianParse[]) => parses.map((p) => `${p.lemma} ${p.pos} ${[...p.tags].join(',')} ${p.known}`);

// Dictionary words with several readings, initials, a name the dictionary lacks, a stuttered word, a hyphenated one, Latin and digits.
const WORDS = ['стали', 'Путину', 'В', 'Кузьминов', 'габриэл', 'беллинсгаузеном', 'дааа', 'вратарь-путешественник', 'Twitter', '2020'];

test('parseRussian gives every reading az gives, guesses included, in its order', () => {
  for (const word of WORDS) assert.deepEqual(shape(parseRussian(word)), shape(azReadings(word)), word);
});

test("knownRussian gives the dictionary's readings of az's answer, without the guesses", () => {
  for (const word of WORDS) assert.deepEqual(shape(knownRussian(word)), shape(azReadings(word).filter((p) => p.known)), word);
  assert.deepEqual(knownRussian('габриэл'), []);
  assert.ok(azReadings('габриэл').length > 0, 'az guesses a reading of an unknown word');
  assert.deepEqual(knownRussian('стали').map((p) => p.lemma).slice(0, 2).sort(), ['сталь', 'стать']);
});
