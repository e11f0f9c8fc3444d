import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dossier } from '../dossier/schema.js';
import { renderMarkdown } from './markdown.js';

test('a relation whose direction is unknown is listed both ways, one whose direction is known as an arrow', () => {
  const relations = [
    { type: 'translation', from: 'a', to: 'b', score: 0.9, direction: 'unknown', evidence: [{ from: [0, 5], to: [0, 6] }] },
    { type: 'copy', from: 'c', to: 'a', score: 1, direction: 'repost', evidence: [] },
  ];
  const dossier = { documents: [], entities: [], stories: [], claims: [], timeline: [], framing: [], quotes: [], quantities: [], dates: [], errors: [], relations } as unknown as Dossier;
  const lines = renderMarkdown(dossier).split('\n');
  assert.ok(lines.includes('- translation: a ↔ b (score 0.9, 1 passages, which came first is unknown)'), lines.join('\n'));
  assert.ok(lines.includes('- copy: c → a (score 1, 0 passages)'));
});
