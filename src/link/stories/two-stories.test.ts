import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analysePaths, hasShared, repoRoot, scoreParts } from '../../test-support.js';
import type { Claim } from '../claims/compare-claims.js';
import type { Relation } from '../relations/detect-relations.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'two-stories');

const analyseFixture = () => analysePaths([join(fixture, 'articles')]);

test('two stories in three languages: the repost is a copy, the German article a translation, the rest independent', async () => {
  const dossier = await analyseFixture();
  const storyOf = new Map(dossier.documents.map((d) => [d.id, d.story]));
  assert.equal(new Set(['a1-flood-wire-en', 'a2-flood-daily-en', 'a3-flood-daily-de', 'a4-flood-repost-en', 'a5-flood-day3-en'].map((id) => storyOf.get(id))).size, 1);
  assert.equal(storyOf.get('b1-strike-es'), storyOf.get('b2-strike-en'));
  assert.notEqual(storyOf.get('a1-flood-wire-en'), storyOf.get('b1-strike-es'));
  const relations = dossier.relations as Relation[];
  assert.deepEqual(relations.map((r) => `${r.type} ${r.from} ${r.to}`).sort(), ['copy a4-flood-repost-en a1-flood-wire-en', 'translation a3-flood-daily-de a2-flood-daily-en']);
  const repost = dossier.documents.find((d) => d.id === 'a4-flood-repost-en')!;
  assert.equal(repost.comments.length, 3);
  assert.equal(repost.credit, 'Riverside Wire');
});

test('a count rising over three days is updated; a figure set against a denial is contested; a translation does not corroborate', async () => {
  const dossier = await analyseFixture();
  const claims = dossier.claims as Claim[];
  const updated = claims.find((c) => c.status === 'updated');
  assert.ok(updated, 'no updated claim');
  for (const id of ['a1-flood-wire-en', 'a2-flood-daily-en', 'a5-flood-day3-en']) assert.ok(updated.documents.includes(id), `updated lacks ${id}`);
  assert.match(updated.statement, /1200 → 3400 → 5100/);
  const contested = claims.find((c) => c.status === 'contested');
  const name = (id: string | undefined) => (dossier.entities as Array<{ id: string; name: string }>).find((e) => e.id === id)?.name;
  assert.equal(name(contested?.for[0]), 'Unión Metalúrgica');
  assert.equal(name(contested?.against[0]), 'Autoriva');
  const autoriva = (dossier.entities as Array<{ name: string; type: string }>).find((e) => e.name === 'Autoriva');
  assert.equal(autoriva?.type, 'organization', 'a speaker never given a first name or title is an organisation');
  const translationOnly = claims.filter((c) => c.status === 'corroborated' && c.documents.every((d) => d === 'a2-flood-daily-en' || d === 'a3-flood-daily-de'));
  assert.deepEqual(translationOnly, []);
});

test('the two-story fixture scores ≥ 0.85 on every part', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const dossier = await analyseFixture();
  for (const [part, score] of scoreParts(dossier, join(fixture, 'expected.json'))) assert.ok(score >= 0.85, `${part}: ${score}`);
});
