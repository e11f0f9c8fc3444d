import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analysePaths, hasShared, referenceExpected, repoRoot, scoreParts, sharedRoot } from '../../test-support.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'multilingual');

const analyseFixture = () => analysePaths([join(fixture, 'articles')]);

test('one person across five languages and three scripts is one entity, quoted by pronoun in each', async () => {
  const dossier = await analyseFixture();
  const petrenko = dossier.entities.find((e) => (e as { name: string }).name === 'Ivan Petrenko') as
    | { id: string; type: string; mentions: Array<{ doc: string; text: string }>; descriptors: Array<{ doc: string; text: string }> }
    | undefined;
  assert.ok(petrenko, 'no entity named Ivan Petrenko');
  assert.equal(petrenko.type, 'person');
  assert.deepEqual(new Set(petrenko.mentions.map((m) => m.text)), new Set(['Ivan Petrenko', 'Иван Петренко', 'Іван Петренко', 'Iwan Petrenko', 'Iván Petrenko']));
  const quotes = dossier.quotes as Array<{ doc: string; kind: string; speaker: string | null; text: string }>;
  for (const doc of dossier.documents) {
    assert.ok(quotes.some((q) => q.doc === doc.id && q.kind === 'direct' && q.speaker === petrenko.id && q.text.includes('300')), `${doc.id}: quote not attributed`);
    assert.ok(petrenko.descriptors.some((d) => d.doc === doc.id && /dire[ck]t|директор/iu.test(d.text)), `${doc.id}: no descriptor`);
  }
  const dates = dossier.dates as Array<{ doc: string; date: string }>;
  assert.equal(new Set(dates.filter((d) => d.date === '2024-03-05').map((d) => d.doc)).size, 5);
});

test('the multilingual fixture scores ≥ 0.9 on every part', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const dossier = await analyseFixture();
  for (const [part, score] of scoreParts(dossier, join(fixture, 'expected.json'))) assert.ok(score >= 0.9, `${part}: ${score}`);
});

test('the reference corpus scores ≥ 0.9 on entities, quotes, quantities, dates and framing', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const dossier = await analysePaths([join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles')]);
  const scores = scoreParts(dossier, referenceExpected);
  for (const name of ['entities', 'quotes', 'quantities', 'dates', 'framing']) assert.ok((scores.get(name) ?? 0) >= 0.9, `${name}: ${scores.get(name)}`);
});
