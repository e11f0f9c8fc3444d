import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../../test-support.js';
import { toAnalysis } from '../../dossier/document.js';
import { contentKeys, MAX_CONTENT_WORDS } from './content-keys.js';
import { storyFeatures } from './features.js';

const keysOf = (language: string, text: string) => contentKeys({ language, title: null, text, body: [[0, text.length]] });

test('content keys: function words and addresses left out, concepts shared across languages, unknown words romanised, unspaced scripts in character pairs', () => {
  const keys = keysOf('en', 'The ministers of Путин met Putin. See http://www.example.com/news today. 特朗普说');
  assert.ok(!keys.some((k) => k.key === 'k:the' || k.key === 'w:the'), 'a function word');
  assert.ok(!keys.some((k) => k.key.includes('exampl')), 'the words of an address');
  assert.deepEqual(
    keys.filter((k) => k.key === 'k:minister').map((k) => k.portable),
    [true],
    'a word the lexicon knows is its concept, the same in every language',
  );
  assert.deepEqual(
    keys.filter((k) => k.key === 'w:putin').map((k) => k.portable),
    [false],
    'a word unknown to the language keeps its romanised letters, a key of its language',
  );
  assert.deepEqual(keys.filter((k) => /\p{Script=Han}/u.test(k.key)).map((k) => k.key), ['w:特朗', 'w:朗普', 'w:普说']);
  // "Frachter" and "cargo" are one concept, as are "Hafen" and "port"'s first sense.
  const german = keysOf('de', 'Der Frachter lief im Hafen auf Grund.').map((k) => k.key);
  const french = keysOf('fr', 'Le cargo s’est échoué dans le port.').map((k) => k.key);
  assert.ok(german.includes('k:cargo_ship') && french.includes('k:cargo_ship'), `${german} / ${french}`);
});

test('features: the title counts more, countries and round numbers little, figures keep their unit, names are portable', async () => {
  const doc = toAnalysis(await analyseText('Flood hits Dresden\n\nThe Elbe flooded Dresden in Germany on March 3, 2024, causing damage of 12.7 million euros. About 100 people left.'));
  const features = new Map(storyFeatures(doc).map((f) => [f.key, f]));
  const dresden = features.get('k:dresden')!;
  const damage = features.get('k:damage')!;
  assert.ok(dresden.count > damage.count, 'Dresden is in the title too');
  assert.equal(features.get('k:flood')!.count, 5, '"Flood" in the title and "flooded" in the lead are one concept');
  assert.ok(features.get('k:germany')!.scale < 1, 'a country says little about which event');
  assert.ok(features.get('k:march')!.scale < 1, 'nor does a month');
  assert.ok(dresden.portable && damage.portable && features.get('c:dresd')!.portable, 'concepts and cognate keys are portable');
  assert.ok([...features.keys()].some((k) => k.startsWith('n:12700000:EUR')), [...features.keys()].join(' '));
  assert.ok(features.get('n:100')!.scale < 1, 'a round number');
  assert.ok(features.has('d:3-3'), 'the calendar day');
});

test('content keys read a document\'s first words only: a page read as plain text costs no more than a long article', () => {
  const text = Array.from({ length: MAX_CONTENT_WORDS + 3000 }, (_, i) => (i < MAX_CONTENT_WORDS ? 'harbour' : 'volcano')).join(' ');
  const keys = contentKeys({ language: 'en', title: 'Harbour closed', text, body: [[0, text.length]] });
  assert.equal(keys.length, MAX_CONTENT_WORDS);
  assert.equal(keys.filter((k) => k.place === 'title').length, 2);
  assert.ok(keys.every((k) => k.word.toLowerCase() !== 'volcano'));
});
