import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAnalysis } from '../../pipeline/run-analysis.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { hasShared, referenceExpected, scoreParts, sharedRoot } from '../../test-support.js';
import { claimSentences, MAX_CLAIM_SENTENCES } from './claim-content.js';
import { compareClaims } from './compare-claims.js';
import type { Claim } from './compare-claims.js';
import { measureStems } from './compare-figures.js';

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

test('sentences of two independent documents giving one figure for one measure corroborate each other; a translation does not', () => {
  const figure = (value: number, about: string) => ({ value, unit: null, measure: new Set(measureStems(about)) });
  const sentence = (doc: string, anchors: string[], figures: ReturnType<typeof figure>[]) => ({ doc, story: 's1', language: 'en', span: [0, 10] as [number, number], text: `${doc} text`, anchors: new Set(anchors), figures, stems: new Set<string>() });
  const claims = compareClaims([sentence('a', ['n:225', 'e:e1'], [figure(225, 'people died')]), sentence('b', ['n:225'], [figure(225, 'people were killed')]), sentence('c', ['n:19'], [figure(19, 'police officers')])], [], []);
  assert.deepEqual(claims.map((c) => [c.status, c.documents]), [['corroborated', ['a', 'b']], ['single-source', ['c']]]);
  const otherMeasure = compareClaims([sentence('a', ['n:225'], [figure(225, 'people died')]), sentence('b', ['n:225'], [figure(225, 'kilometres of road')])], [], []);
  assert.deepEqual(otherMeasure.map((c) => c.documents), [['a'], ['b']], 'the same number counting something else is another claim');
  const translated = compareClaims([sentence('a', ['n:225'], [figure(225, 'people died')]), sentence('b', ['n:225'], [figure(225, 'people died')])], [], [{ type: 'translation', from: 'b', to: 'a', score: 0.9, direction: 'unknown', evidence: [] }]);
  assert.equal(translated[0]!.status, 'single-source');
});

test('a shared day or name is not a shared statement; the same participants doing the same thing are', () => {
  const sentence = (doc: string, text: string, anchors: string[], words: string[]) => ({ doc, story: 's1', language: 'en', span: [0, text.length] as [number, number], text, anchors: new Set(anchors), figures: [], stems: new Set(words) });
  const riots = sentence('a', 'By January 5, the rallies escalated into riots.', ['d:2022-01-05'], ['ralli', 'eskal', 'riots']);
  const emergency = sentence('b', 'In Almaty a state of emergency was introduced from January 5.', ['d:2022-01-05', 'e:almaty'], ['state', 'emerg', 'intro']);
  assert.deepEqual(compareClaims([riots, emergency], [], []), []);
  const kiev = (doc: string, text: string, words: string[]) => sentence(doc, text, ['e:ablyazov', 'e:kiev', 'e:kazakhstan'], words);
  const lives = sentence('c', 'Ablyazov lives in France and avoids travelling to Kazakhstan.', ['e:ablyazov', 'e:kazakhstan', 'e:france'], ['lives', 'avoid', 'trave']);
  const claims = compareClaims([kiev('a', 'Ablyazov said the centre coordinating the protests in Kazakhstan is in Kiev.', ['kentr', 'koord', 'prote']), kiev('b', 'The protests in Kazakhstan were coordinated from headquarters in Kiev, Ablyazov said.', ['prote', 'koord', 'headq']), lives], [], []);
  assert.deepEqual(claims.map((c) => [c.status, c.documents, c.evidence.map((e) => e.doc)]), [['corroborated', ['a', 'b'], ['a', 'b']]]);
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

test('reference corpus: the Kiev claim rests on 000, 001 and 002, not 003, each piece of evidence names Kiev, and it has one origin, the RIA Novosti interview', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const store = openSqliteStore(':memory:');
  const { dossier } = await runAnalysis([join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles')], store);
  store.close();
  const claims = dossier.claims as Claim[];
  const textOf = (e: { doc: string; span: [number, number] }) => dossier.documents.find((d) => d.id === e.doc)!.text.slice(e.span[0], e.span[1]);
  const kiev = claims.filter((c) => c.evidence.some((e) => /Kiev/.test(textOf(e))));
  assert.equal(kiev.length, 1, kiev.map((c) => c.statement).join(' | '));
  const claim = kiev[0]!;
  assert.equal(claim.status, 'corroborated');
  assert.deepEqual(claim.documents.map((d) => d.slice(0, 3)).sort(), ['000', '001', '002']);
  for (const e of claim.evidence) assert.match(textOf(e), /Kiev/, `evidence of ${e.doc}`);
  assert.deepEqual(claim.origins.map((o) => [o.via, o.documents.length]), [['RIA Novosti', 3]]);
  // A shared day is not a shared statement: "By January 5, the rallies escalated into riots" stands alone.
  assert.ok(!claims.some((c) => c.status === 'corroborated' && c.evidence.some((e) => /escalated into riots/.test(textOf(e)))));
  // Every claim of two independent sources has an origin per independent voice.
  const deaths = claims.find((c) => c.evidence.some((e) => /225/.test(textOf(e))))!;
  assert.equal(deaths.origins.length, 2);
});

test('claims read a document\'s first sentences only: a flood of sentences costs no more than a long article', () => {
  const sentence = 'The harbour authority reported that the tanker crossed the strait. ';
  const text = sentence.repeat(MAX_CLAIM_SENTENCES + 200);
  const sentences = Array.from({ length: MAX_CLAIM_SENTENCES + 200 }, (_, k): [number, number] => [k * sentence.length, (k + 1) * sentence.length - 1]);
  const read = claimSentences({ id: 'flood', story: null, language: 'en', text, sentences, anchors: sentences.map(() => new Set(['e:harbour'])), names: [], figures: [] });
  assert.equal(read.length, MAX_CLAIM_SENTENCES);
  assert.ok(read[0]!.stems.size > 0, 'a sentence read keeps its predicate words');
});
