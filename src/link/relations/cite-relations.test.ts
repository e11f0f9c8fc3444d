import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analysePaths, tempDir } from '../../test-support.js';
import { citeRelations } from './cite-relations.js';

test('a document citing an outlet points at that outlet\'s own article in the set', () => {
  const citing = 'Mr Novak told RIA Novosti that the vote was rigged.';
  const ria = 'MOSCOW (RIA Novosti) - Mr Novak said the vote was rigged.';
  const relations = citeRelations([
    { id: 'a', text: citing, body: [[0, citing.length]], outlet: 'Daily Courier', credit: null, cites: [{ name: 'RIA Novosti', span: [14, 25] }] },
    { id: 'b', text: ria, body: [[0, ria.length]], outlet: 'ria.ru', credit: 'RIA Novosti', cites: [] },
    { id: 'c', text: 'Business news.', body: [[0, 14]], outlet: 'usbusiness.com', credit: null, cites: [] },
    { id: 'd', text: 'The US said so.', body: [[0, 15]], outlet: null, credit: null, cites: [{ name: 'US', span: [4, 6] }] },
  ]);
  assert.deepEqual(relations.map((r) => [r.type, r.from, r.to]), [['cites', 'a', 'b']]);
  const [evidence] = relations[0]!.evidence;
  assert.equal(citing.slice(...evidence!.from), 'RIA Novosti');
  assert.equal(ria.slice(...evidence!.to), 'RIA Novosti');
});

test('cites relations from JSONL records that name their outlet', async () => {
  const dir = tempDir();
  const records = [
    { title: 'Novak: the vote was rigged', source: 'RIA Novosti', url: 'https://ria.ru/1', text: 'Opposition leader Piotr Novak said on Monday that the vote in Velsk had been rigged and called for a recount in all districts.' },
    { title: 'Velsk opposition demands recount', source: 'Daily Courier', text: 'Opposition leader Piotr Novak told RIA Novosti that the vote in Velsk had been rigged. The electoral commission rejected the claim on Tuesday.' },
  ];
  writeFileSync(join(dir, 'feed.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
  const dossier = await analysePaths([dir]);
  const cites = (dossier.relations as Array<{ type: string; from: string; to: string }>).filter((r) => r.type === 'cites');
  assert.deepEqual(cites.map((r) => [r.from, r.to]), [['feed#2', 'feed#1']]);
  assert.equal(dossier.documents[0]!.outlet, 'RIA Novosti');
});
