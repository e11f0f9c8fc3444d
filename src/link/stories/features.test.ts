import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../../test-support.js';
import { toAnalysis } from '../../dossier/document.js';
import { contentKeys } from './content-keys.js';
import { storyFeatures } from './features.js';

test('content keys: function words and addresses left out, Cyrillic romanised, unspaced scripts in character pairs', () => {
  const text = 'The ministers of Путин met Putin. See http://www.example.com/news today. 特朗普说';
  const keys = contentKeys({ language: 'en', title: null, text, body: [[0, text.length]] }).map((k) => k.key);
  assert.ok(!keys.includes('w:the'), 'a function word');
  assert.ok(!keys.some((k) => k.includes('exampl')), 'the words of an address');
  assert.equal(keys.filter((k) => k === 'w:putin').length, 2, 'Путин and Putin are one key');
  assert.ok(keys.includes('w:minist'), 'a long word keeps its first six letters');
  assert.deepEqual(keys.filter((k) => /\p{Script=Han}/u.test(k)), ['w:特朗', 'w:朗普', 'w:普说']);
});

test('features: the title counts more, countries and round numbers little, figures keep their unit, names are portable', async () => {
  const doc = toAnalysis(await analyseText('Flood hits Dresden\n\nThe Elbe flooded Dresden in Germany on March 3, 2024, causing damage of 12.7 million euros. About 100 people left.'));
  const features = new Map(storyFeatures(doc).map((f) => [f.key, f]));
  const dresden = features.get('w:dresde')!;
  const flooded = features.get('w:floded')!;
  assert.ok(dresden.count > flooded.count, 'Dresden is in the title too');
  assert.ok(features.get('w:german')!.scale < 1, 'a country says little about which event');
  assert.ok(features.get('w:marh')!.scale < 1, 'nor does a month');
  assert.ok(!dresden.portable && !flooded.portable && features.get('c:dresd')!.portable, 'a capitalised word has a portable cognate key, words are keys of their language');
  assert.ok([...features.keys()].some((k) => k.startsWith('n:12700000:EUR')), [...features.keys()].join(' '));
  assert.ok(features.get('n:100')!.scale < 1, 'a round number');
  assert.ok(features.has('d:3-3'), 'the calendar day');
});
