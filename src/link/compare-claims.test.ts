import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { openSqliteStore } from '../store/sqlite.js';
import { hasShared, referenceExpected, scoreParts, sharedRoot } from '../test-support.js';
import { compareClaims } from './compare-claims.js';

test('a statement set against a negated one is contested, for the one who asserts it', () => {
  const sentence = 'The banker claims that there were no foreigners at the protests, although the president said that foreign fighters took part.';
  const at = (part: string): [number, number] => [sentence.indexOf(part), sentence.indexOf(part) + part.length];
  const base = { doc: 'd1', language: 'en', sentence: [0, sentence.length] as [number, number], sentenceText: sentence };
  const claims = compareClaims(
    [],
    [
      { ...base, span: at('there were no foreigners at the protests'), text: 'there were no foreigners at the protests', speaker: 'banker' },
      { ...base, span: at('foreign fighters took part'), text: 'foreign fighters took part', speaker: 'president' },
    ],
    [],
  );
  assert.deepEqual(claims.map((c) => [c.status, c.statement, c.for, c.against]), [['contested', 'foreign fighters took part', ['president'], ['banker']]]);
});

test('sentences of two independent documents sharing a figure corroborate each other; a translation does not', () => {
  const sentence = (doc: string, anchors: string[]) => ({ doc, story: 's1', language: 'en', span: [0, 10] as [number, number], text: `${doc} text`, anchors: new Set(anchors) });
  const claims = compareClaims([sentence('a', ['n:225', 'e:e1']), sentence('b', ['n:225']), sentence('c', ['n:19'])], [], []);
  assert.deepEqual(claims.map((c) => [c.status, c.documents]), [['corroborated', ['a', 'b']], ['single-source', ['c']]]);
  const translated = compareClaims([sentence('a', ['n:225']), sentence('b', ['n:225'])], [], [{ type: 'translation', from: 'b', to: 'a', score: 0.9, evidence: [] }]);
  assert.equal(translated[0]!.status, 'single-source');
});

test('the reference corpus scores 1.0 on stories and ≥ 0.9 on relations and claims', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const store = openSqliteStore(':memory:');
  const { dossier } = await runAnalysis([join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles')], store);
  store.close();
  const scores = scoreParts(dossier, referenceExpected);
  const part = (name: string) => scores.get(name) ?? 0;
  assert.equal(part('stories'), 1);
  assert.ok(part('relations') >= 0.9, `relations ${part('relations')}`);
  assert.ok(part('claims') >= 0.8, `claims ${part('claims')}`);
});

test('figures of one measure: different values on different days are updated, on the same day contested', async () => {
  const { compareFigures } = await import('./compare-figures.js');
  const point = (doc: string, day: string, value: number, about = 'ships were waiting at anchor') => ({ doc, story: 's1', span: [0, 2] as [number, number], value, unit: null, about, day });
  const independent = () => false;
  const updated = compareFigures([point('a', '2024-03-04', 42), point('b', '2024-03-05', 57), point('c', '2024-03-06', 63, 'ships waiting outside')], independent);
  assert.deepEqual(updated.map((c) => [c.status, c.documents]), [['updated', ['a', 'b', 'c']]]);
  const contested = compareFigures([point('a', '2024-03-04', 42), point('b', '2024-03-04', 57)], independent);
  assert.deepEqual(contested.map((c) => c.status), ['contested']);
  assert.deepEqual(compareFigures([point('a', '2024-03-04', 42), point('b', '2024-03-04', 57)], () => true).map((c) => c.status), [], 'a copy with another figure is not a second source');
  assert.deepEqual(compareFigures([point('a', '2024-03-04', 42), point('b', '2024-03-05', 57, 'tonnes of wheat')], independent), [], 'different measures');
});

test('a figure series across languages: the measure words share a romanised stem', async () => {
  const { compareFigures } = await import('./compare-figures.js');
  const point = (doc: string, day: string, value: number, about: string) => ({ doc, story: 's1', span: [0, 4] as [number, number], value, unit: null, about, day });
  const claims = compareFigures([point('en', '2024-03-11', 1200, 'people were evacuated'), point('ru', '2024-03-12', 3400, 'человек были эвакуированы'), point('de', '2024-03-13', 5100, 'Menschen evakuiert worden')], () => false);
  assert.deepEqual(claims.map((c) => [c.status, c.documents]), [['updated', ['en', 'ru', 'de']]]);
});
