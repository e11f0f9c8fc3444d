import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjectiveThenNoun, isCommonNoun, isCompoundNoun, isDemonym, knownName, lemmaOf, nameKind, namedByKnowledge } from './knowledge.js';
import { isProductWord, lexiconFor } from './lexicon.js';
import { analysesDone } from '../../lexicon/lemma.js';

test('where every noun is capitalised, a name is known by the resources, not by its capital', () => {
  assert.equal(namedByKnowledge('Yale', 'de'), true); // unknown to the dictionary
  assert.equal(namedByKnowledge('Berlin', 'de'), true); // a place
  assert.equal(namedByKnowledge('Angela', 'de'), true); // a first name
  assert.equal(namedByKnowledge('Regierung', 'de'), false); // a common noun
});

test('a capitalised adjective and the lower-case noun it agrees with make one Russian name', () => {
  assert.equal(adjectiveThenNoun('Балтийскому', 'морю'), true);
  assert.equal(adjectiveThenNoun('Европейского', 'союза'), true);
  assert.equal(adjectiveThenNoun('Балтийскому', 'союза'), false); // cases differ
  assert.equal(adjectiveThenNoun('балтийскому', 'морю'), false); // no capital
});

test('common words keep a run of capitals from being a person, names do not', () => {
  assert.equal(isCommonNoun('Valley', 'en'), true);
  assert.equal(isCommonNoun('Pictures', 'en'), true);
  assert.equal(isCommonNoun('Perry', 'en'), false);
  assert.equal(isCommonNoun('Julia', 'en'), false);
});

test('organisation and place words are matched by lemma, kinds of product also inside German compounds', () => {
  assert.equal(lemmaOf('морю', 'ru'), 'море');
  assert.equal(lemmaOf('комитета', 'ru'), 'комитет');
  assert.equal(isProductWord('Massengutfrachter', lexiconFor('de')), true);
  assert.equal(isProductWord('Regierungschef', lexiconFor('de')), false);
  assert.equal(isProductWord('tanker', lexiconFor('en')), true);
});

test('nationality and language words are demonyms by CLDR language names and place adjectives', () => {
  assert.equal(isDemonym('Greek', 'en'), true); // a language name
  assert.equal(isDemonym('American', 'en'), true); // a place adjective
  assert.equal(isDemonym('Französisch', 'de'), true);
  assert.equal(isDemonym('Paris', 'en'), false);
  assert.equal(isDemonym('Hamilton', 'en'), false);
});

test('German compounds whose tail the dictionary knows as a noun are common nouns, foreign names are not', () => {
  assert.equal(isCompoundNoun('Motorradunfall', 'de'), true);
  assert.equal(isCompoundNoun('Ersatztorhüter', 'de'), true);
  assert.equal(isCompoundNoun('Heerenveen', 'de'), false);
  assert.equal(isCompoundNoun('Motorradunfall', 'en'), false); // English does not compound so
  assert.equal(namedByKnowledge('Motorradunfall', 'de'), false);
});

test('surnames are known by their endings where the dictionary lists no common word, and a surname is no town', () => {
  assert.equal(nameKind('Клімкіна', 'uk'), 'surname'); // listed as a name
  assert.equal(nameKind('Порошенко', 'uk'), 'surname'); // unknown to the dictionary
  assert.equal(nameKind('Зеленого', 'uk'), null); // a common adjective
  assert.equal(knownName('Дэвис', 'ru'), null); // a surname before the town of Davis
  assert.equal(knownName('Lyon', 'fr')?.type, 'place'); // a well-known place before a first name
});

test('a token of base64 in German text is not tried as a compound at every cut: the dictionary work stays bounded', () => {
  // A page read as text held 835-letter base64 runs; every cut of every cut took a minute of CPU.
  const blob = `PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0idXRmLTgiPz4NCjwhLS0gR2VuZXJhdG9y${'QWRvYmVJbGx1c3RyYXRvcg'.repeat(40)}`;
  const before = analysesDone();
  assert.equal(isCompoundNoun(blob, 'de'), false);
  namedByKnowledge(blob, 'de');
  assert.ok(analysesDone() - before <= 20, `${analysesDone() - before} analyses`);
  // A real compound is still read, and a long word's work grows with its length, not its square.
  assert.equal(isCompoundNoun('Bewässerungsmaßnahmen', 'de'), true);
  const word = 'Zqwtrvbnxkplmhgfdswqazxcvbnmlkjhgfdsapoiuytrewqmnbvcxzlkjhgfdsa';
  const start = analysesDone();
  isCompoundNoun(word, 'de');
  assert.ok(analysesDone() - start <= 10 * word.length, `${analysesDone() - start} analyses for ${word.length} letters`);
});

test('a place\'s own name is no adjective of it: "Batman", a province, is not a demonym like "American"', () => {
  assert.equal(isDemonym('Batman', 'en'), false);
  assert.equal(isDemonym('Indian', 'en'), true);
});
