import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstName, lemma, lemmatize, nameKeys, place, romanise } from './index.js';
import { analysesDone } from './lemma.js';

test('inflected forms meet at their dictionary lemma in all six languages', () => {
  assert.equal(lemma('ships', 'en'), 'ship');
  assert.equal(lemma('carried', 'en'), 'carry');
  assert.equal(lemma('Schiffe', 'de'), 'schiff');
  assert.equal(lemma('Regierungschefs', 'de'), 'regierungschef');
  assert.equal(lemma('navires', 'fr'), 'navire');
  assert.equal(lemma('chevaux', 'fr'), 'cheval');
  assert.equal(lemma('ont', 'fr'), 'avoir');
  assert.equal(lemma("l'armée", 'fr'), 'armée');
  assert.equal(lemma('buques', 'es'), 'buque');
  assert.equal(lemma('dijo', 'es'), 'decir');
  assert.equal(lemma('судов', 'ru'), 'судно');
  assert.equal(lemma('Владивостоке', 'ru'), 'владивосток');
  assert.equal(lemma('суден', 'uk'), 'судно');
  assert.equal(lemma('Клімкіна', 'uk'), 'клімкін');
  assert.equal(lemma('пʼять', 'uk'), "п'ять");
});

test('a German compound takes the lemma of its last part; a word in another script is read by that script\'s languages', () => {
  assert.deepEqual(lemmatize('Regierungschefs', 'de'), { lemma: 'Regierungschef', pos: null, source: 'dictionary', head: 'chef' });
  assert.equal(lemmatize('Maßnahmen', 'de').source, 'dictionary');
  assert.equal(lemmatize('governments', 'ru').lemma, 'government');
});

test('a word of another script is not analysed by the text\'s own dictionary, nor cut as one of its compounds', () => {
  // German would try every cut of the Ukrainian word as a compound of German parts (22 analyses); only the Ukrainian
  // table reads it now, once per case variant.
  const before = analysesDone();
  assert.deepEqual(lemmatize('Краматорськими', 'de'), { lemma: 'краматорський', pos: null, source: 'dictionary' });
  assert.ok(analysesDone() - before <= 3, `${analysesDone() - before} analyses`);
  // Figures belong to no script: the English table, which lists the digits, still reads them.
  assert.equal(lemmatize('7', 'en').source, 'dictionary');
});

test('a word unknown in its own script is looked up in the other languages of that script as their stems only', () => {
  // English refuses "Bundestag" with its affixes (two case variants analysed); German, French and Spanish are asked
  // for it as a stem, with no analysis: the German dictionary lists it.
  let before = analysesDone();
  assert.deepEqual(lemmatize('Bundestag', 'en'), { lemma: 'Bundestag', pos: null, source: 'dictionary' });
  assert.equal(analysesDone() - before, 2);
  // A name no dictionary knows costs its own language's analyses and nothing more.
  before = analysesDone();
  assert.equal(lemmatize('Zzyzxovich', 'es').source, 'fallback');
  assert.equal(analysesDone() - before, 2);
  // In a text of another script it is analysed with the affixes of each Latin language, two case variants each, and
  // never cut as a German compound (which would try a dozen cuts).
  before = analysesDone();
  assert.equal(lemmatize('Qwyzxovich', 'ru').source, 'fallback');
  assert.equal(analysesDone() - before, 8);
});

test('unknown words fall back to the language\'s suffix rules, so every token has a key', () => {
  assert.deepEqual(lemmatize('Линкявичюсом', 'ru'), { lemma: 'линкявичюс', pos: null, source: 'fallback' });
  assert.equal(lemmatize('Zzyzxes', 'en').source, 'fallback');
  assert.equal(lemma('Zzyzxes', 'en'), 'zzyzx');
});

test('place names resolve to one id across languages, scripts and cases', () => {
  const germany = ['Germany', 'Германии', 'Німеччини', 'ФРГ', 'Deutschland', 'Alemania'].map((name, i) => place(name, ['en', 'ru', 'uk', 'ru', 'de', 'es'][i]!)?.id);
  assert.deepEqual(new Set(germany), new Set(['iso:DE']));
  assert.equal(place('Владивостоке', 'ru')?.name, 'Vladivostok');
  assert.equal(place('Moskau', 'de')?.id, place('Москвой', 'ru')?.id);
  assert.equal(place('Charkiw', 'de')?.id, place('Járkov', 'es')?.id);
  assert.equal(place('Kiev', 'en')?.id, place('Київ', 'uk')?.id);
  assert.equal(place('Європі', 'uk')?.id, 'm49:150');
  assert.equal(place('Велика Британія', 'uk')?.id, 'iso:GB');
  assert.equal(place('Tokayev', 'en'), null);
});

test('romanisation follows the standard schemes and each language\'s press', () => {
  assert.equal(romanise('Токаев', 'ru'), 'Tokayev');
  assert.equal(romanise('Токаев', 'ru', 'iso9'), 'Tokaev');
  assert.equal(romanise('Щёлково', 'ru', 'iso9'), 'Ŝëlkovo');
  assert.equal(romanise('Токаев', 'ru', 'bgn-pcgn'), 'Tokayev');
  assert.equal(romanise('Токаев', 'ru', 'de'), 'Tokajew');
  assert.equal(romanise('Токаев', 'ru', 'fr'), 'Tokaïev');
  assert.equal(romanise('Харків', 'uk', 'es'), 'Jarkiv');
  assert.equal(romanise('Ольга', 'uk'), 'Olha');
  assert.equal(romanise('Berlin', 'de', 'iso9'), 'Berlin');
});

test('name keys join spellings across scripts, romanisations and inflection, and keep other names apart', () => {
  const shared = (a: [string, string], b: [string, string]) => nameKeys(...a).keys.some((key) => nameKeys(...b).keys.includes(key));
  assert.ok(shared(['Tokajew', 'de'], ['Токаева', 'ru']));
  assert.ok(shared(['Tokaïev', 'fr'], ['Tokayev', 'en']));
  assert.ok(shared(['Ольга', 'uk'], ['Olha', 'en']));
  assert.ok(shared(['Ольга', 'ru'], ['Olga', 'de']));
  assert.ok(shared(['Клімкіна', 'uk'], ['Климкиным', 'ru']));
  assert.ok(shared(['Schewtschenko', 'de'], ['Шевченко', 'uk']));
  assert.ok(!shared(['Ivanov', 'en'], ['Petrov', 'en']));
  assert.equal(nameKeys('Keanu Reeves', 'en').skeleton, nameKeys('Киану Ривз', 'ru').skeleton);
});

test('first names carry their gender where the source gives it', () => {
  assert.deepEqual(firstName('Ольга', 'uk'), { gender: 'female' });
  assert.deepEqual(firstName('Павел', 'ru'), { gender: 'male' });
  assert.deepEqual(firstName('John', 'en'), { gender: 'male' });
  assert.equal(firstName('Gazprom', 'en'), null);
});
