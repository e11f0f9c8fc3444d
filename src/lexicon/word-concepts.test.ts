import assert from 'node:assert/strict';
import { test } from 'node:test';
import { concepts } from './concepts.js';
import { NAME_CONCEPT, wordConcepts } from './word-concepts.js';

const shared = (a: readonly string[], b: readonly string[]) => a.filter((concept) => b.includes(concept));

test('a name is a concept met by its name keys across languages and scripts', () => {
  const russian = wordConcepts('Помпео', 'ru');
  const english = wordConcepts('Pompeo', 'en');
  assert.ok(shared(russian, english).some((c) => c.startsWith(NAME_CONCEPT)), `${russian.join(' ')} / ${english.join(' ')}`);
  // A first name the dictionary tags as a name keeps no common-word concept ("Сергей" is not the cloth serge).
  assert.ok(wordConcepts('Сергей', 'ru').every((c) => c.startsWith(NAME_CONCEPT)), wordConcepts('Сергей', 'ru').join(' '));
  // A lower-case common word is no name.
  assert.ok(!wordConcepts('ships', 'en').some((c) => c.startsWith(NAME_CONCEPT)));
  assert.ok(wordConcepts('ships', 'en').includes('ship'));
});

test('a word takes the concepts of each dictionary reading, and the place it names', () => {
  // en_US lists "announced" as a stem of its own; it is also announce + -ed.
  assert.ok(wordConcepts('announced', 'en').includes('announce'));
  assert.ok(wordConcepts('Владивостоке', 'ru').some((c) => c.startsWith('gn:')));
});

test('a Russian perfective verb reaches its imperfective partner, a reflexive verb its plain one', () => {
  // Mueller glosses "заявлять"; "заявить" has its concepts through ru.aspect.
  assert.ok(shared(concepts('заявить', 'ru'), concepts('заявлять', 'ru')).length > 0, concepts('заявить', 'ru').join(' '));
  assert.ok(shared(wordConcepts('заявил', 'ru'), wordConcepts('announced', 'en')).length > 0);
  assert.ok(concepts('завершиться', 'ru').length > 0);
});

test('a German plural with an article of its own has the concept of its singular', () => {
  assert.ok(shared(wordConcepts('Staaten', 'de'), wordConcepts('États', 'fr')).length > 0, `${wordConcepts('Staaten', 'de').join(' ')} / ${wordConcepts('États', 'fr').join(' ')}`);
});

test('an English irregular verb form reads as its verb; a multiword concept also stands for its head', () => {
  assert.ok(wordConcepts('said', 'en').includes('say'), wordConcepts('said', 'en').join(' '));
  assert.ok(wordConcepts('took', 'en').includes('take'));
  // Ding glosses "Konzern" only with phrases (group_of_companies, business_group); French says "groupe".
  assert.ok(concepts('Konzern', 'de').includes('group'), concepts('Konzern', 'de').join(' '));
  assert.ok(shared(wordConcepts('Konzern', 'de'), wordConcepts('groupe', 'fr')).length > 0);
  // A phrase of function words has no head: "with_that" adds no "that".
  assert.ok(!concepts('damit', 'de').includes('that'), concepts('damit', 'de').join(' '));
});

test('a derived German noun keeps the concept of the noun, not only of the verb the morphology derives it from', () => {
  // igerman98 reads "Regierung" as regieren + -ung; the dictionary lists the noun itself.
  assert.ok(wordConcepts('Regierung', 'de').includes('government'), wordConcepts('Regierung', 'de').join(' '));
  // "-ungen" → "-ung" (src/lang/de.ts derivedPlurals): "Forderung" is glossed, "Forderungen" is not.
  assert.ok(shared(wordConcepts('Forderungen', 'de'), concepts('Forderung', 'de')).length > 0, wordConcepts('Forderungen', 'de').join(' '));
});
