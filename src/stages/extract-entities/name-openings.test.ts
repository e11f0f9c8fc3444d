import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysesDone } from '../../lexicon/lemma.js';
import { analyseText, strongMentions } from '../../test-support.js';
import { tokenize } from '../../text/tokens.js';
import { lexiconFor } from './lexicon.js';
import { kindOpening } from './name-openings.js';

const mentions = strongMentions;

test('an article capitalised inside a sentence opens the name, one at a sentence start does not', async () => {
  const found = await mentions('After the tour he moved to Los Angeles and joined The Flaming Lips for two years. The band split in the spring.');
  assert.ok(found.includes('Los Angeles:place'), found.join(', '));
  assert.ok(found.some((m) => m.startsWith('The Flaming Lips:')), found.join(', '));
  const spanish = await mentions('Después de la gira se mudó a La Habana y luego vivió muchos años en El Salvador con su familia.');
  assert.ok(spanish.includes('La Habana:place'), spanish.join(', '));
  assert.ok(spanish.includes('El Salvador:place'), spanish.join(', '));
});

test('a capitalised word before a known place stays in the name; only a hyphenated qualifier is cut', async () => {
  const found = await mentions('He played for Atlético Madrid before he moved to Northern Ireland, where the Russian-led CSTO was never discussed.');
  assert.ok(found.includes('Atlético Madrid:organization'), found.join(', '));
  assert.ok(found.includes('Northern Ireland:place'), found.join(', '));
  assert.ok(found.some((m) => m.startsWith('CSTO:')), found.join(', '));
});

test('clubs are organisations by a head or tail word, or a place and a plural', async () => {
  const found = await mentions('In the same week Sheffield United lost at home, while the Florida Panthers and the Cleveland Cavaliers both won their games easily.');
  assert.ok(found.includes('Sheffield United:organization'), found.join(', '));
  assert.ok(found.includes('Florida Panthers:organization'), found.join(', '));
  assert.ok(found.includes('Cleveland Cavaliers:organization'), found.join(', '));
});

test('where nouns are capitalised, a club head or a kind of place opens the name, and nouns after an article are no names', async () => {
  const found = await mentions('Er spielte in dieser Saison für den FC Metz und wohnte in der Provinz Suruga, der schönsten Gegend der Welt, denn die Art der Landschaft gefiel ihm.');
  assert.ok(found.includes('FC Metz:organization'), found.join(', '));
  assert.ok(found.includes('Provinz Suruga:place'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('Welt') || m.startsWith('Art')), found.join(', '));
});

test('a lower-case kind of team or event opens its name', async () => {
  const russian = await mentions('В прошлом году он впервые сыграл за сборную Австралии и провёл за неё четыре матча в отборочном турнире.');
  assert.ok(russian.includes('сборную Австралии:organization'), russian.join(', '));
  const spanish = await mentions('El delantero debutó con la selección de fútbol de Japón poco antes de la batalla de Naseby que recreaba la película.');
  assert.ok(spanish.includes('selección de fútbol de Japón:organization'), spanish.join(', '));
  assert.ok(spanish.includes('batalla de Naseby:other'), spanish.join(', '));
});

test('the words before a name are looked up as a kind only where some kind of the language ends as they do', () => {
  // English tables list no kinds that open names: no word before a name is lemmatised for one.
  const text = 'Yesterday the recently reappointed zorblaxing quorvenist Quentin Tarrow spoke.';
  const tokens = tokenize(text, [[0, text.length]]);
  const before = analysesDone();
  assert.equal(kindOpening(text, tokens, tokens.findIndex((t) => t.text === 'Quentin'), lexiconFor('en')), null);
  assert.equal(analysesDone(), before);
});

test('a team named after a country is not the country: the kind of another type drops what the name was known as', async () => {
  const doc = await analyseText('Он переехал в Австралию в детстве. В прошлом году он впервые сыграл за сборную Австралии в отборочном турнире.');
  const known = new Map((doc.data.mentions ?? []).map((m) => [m.text, m.known]));
  assert.ok(known.get('Австралию'), [...known].join('; '));
  assert.equal(known.get('сборную Австралии'), null, [...known].join('; '));
});

test('initials make a person, titles alone name no one, and a dotted abbreviation keeps its full stop', async () => {
  const found = await mentions('The novel by J. R. R. Tolkien was read by the Princess when she visited Leeds United F.C. in the spring of that year.');
  assert.ok(found.includes('J. R. R. Tolkien:person'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('Princess')), found.join(', '));
  assert.ok(found.includes('Leeds United F.C.:organization'), found.join(', '));
});
