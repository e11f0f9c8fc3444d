import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAnalysis } from '../../pipeline/run-analysis.js';
import { readInputs } from '../../read/read-inputs.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { hasShared, repoRoot, sharedRoot, tempDir } from '../../test-support.js';

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

test('short local reports and their translations that clustering leaves apart share a story, in the dossier and in the store', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  // Four WMT21 news documents and their human translations (de-fr, fr-de, ru-en): two pairs share too few words,
  // names and figures to be linked, and their sentences align as translations.
  const files = ['0083', '0413', '0094', '0371', '0100', '0162', '0276', '0330'].map((n) => join(sharedRoot, 'bench', 'wmt21', 'articles', `wmt-${n}.txt`));
  const store = openSqliteStore(join(tempDir(), 'store.db'));
  const { dossier } = await runAnalysis(files, store);
  const number = (path: string) => path.replace(/^.*wmt-(\d+)\.txt$/, '$1');
  const partition = (groups: string[][]) => groups.map((group) => group.map(number).sort().join('+')).sort();
  const expected = ['0083+0413', '0094+0371', '0100+0162', '0276+0330'];
  const sourceOf = new Map(dossier.documents.map((doc) => [doc.id, doc.source]));
  assert.deepEqual(partition(dossier.stories.map((story) => story.documents.map((id) => sourceOf.get(id)!))), expected);
  const pathOf = new Map(readInputs(files).records.map((record) => [record.hash, record.source]));
  assert.deepEqual(partition(store.stories().map((story) => story.documents.map((hash) => pathOf.get(hash)!))), expected, 'the store regrouped the run as the dossier did');
  store.close();
});
