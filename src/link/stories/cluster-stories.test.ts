import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAnalysis } from '../../pipeline/run-analysis.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { repoRoot } from '../../test-support.js';

test('mixed folders split into one story per event, across languages and scripts', async () => {
  const store = openSqliteStore(':memory:');
  const { dossier } = await runAnalysis([join(repoRoot, 'examples', 'articles'), join(repoRoot, 'test', 'fixtures', 'multilingual', 'articles')], store);
  store.close();
  const groups = dossier.stories.map((s) => [...s.documents].sort().join(' ')).sort();
  // The German page joins its story through concepts ("Frachter", "sухогруз", "carrier": a cargo ship), not letters.
  assert.deepEqual(groups, [
    '01-harbour-wire-en 02-harbour-portal-en 03-harbour-fr 04-harbour-ru 05-harbour-page-de 06-wire-feed#1 06-wire-feed#2 07-reopened-ru-cp1251',
    '06-wire-feed#4',
    'de-plant-fire en-plant-fire es-plant-fire ru-plant-fire uk-plant-fire',
  ]);
  for (const doc of dossier.documents) assert.ok(dossier.stories.find((s) => s.id === doc.story)?.documents.includes(doc.id), doc.id);
});

test('name skeletons survive scripts, romanisations and inflection', async () => {
  const { nameSkeleton } = await import('./story-keys.js');
  assert.deepEqual(['Tokayev', 'Tokaïev', 'Токаев', 'Токаева'].map((n) => nameSkeleton(n, true)), ['tkv', 'tkv', 'tkv', 'tkv']);
  assert.equal(nameSkeleton('Kassym-Jomart Tokayev', true), 'tkv', 'a person is keyed by the surname');
  assert.equal(nameSkeleton('Kiev'), nameSkeleton('Kyiv'));
  assert.notEqual(nameSkeleton('Radgal Group'), nameSkeleton('Turdun Group'), 'an organisation is keyed by its whole name');
});
