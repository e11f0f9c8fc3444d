import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relationDirection } from './relation-direction.js';

test('without dates or provenance the direction is unknown, whatever the lengths, and the ids are in order', () => {
  assert.deepEqual(relationDirection({ id: 'b', published: null }, { id: 'a', published: null }), { from: 'a', to: 'b', basis: 'unknown' });
  assert.deepEqual(relationDirection({ id: 'b', published: '2024-03-04' }, { id: 'a', published: '2024-03-04T09:00' }).basis, 'unknown');
});

test('a repost line makes a document the derived one, even when it is the earlier', () => {
  const repost = { id: 'blog', published: '2024-03-01', republishedFrom: 'The Valley Herald' };
  const source = { id: 'herald', published: '2024-03-02', outlet: 'valleyherald.com' };
  assert.deepEqual(relationDirection(source, repost), { from: 'blog', to: 'herald', basis: 'repost' });
});

test("a credit or a cite naming the other's publisher makes the derived one; else the later date", () => {
  const wire = { id: 'wire', published: null, outlet: 'Harbour Wire' };
  assert.deepEqual(relationDirection(wire, { id: 'portal', published: null, credit: 'Harbour Wire' }), { from: 'portal', to: 'wire', basis: 'credit' });
  assert.deepEqual(relationDirection({ id: 'paper', published: null, cites: [{ name: 'Harbour Wire' }] }, wire), { from: 'paper', to: 'wire', basis: 'named-source' });
  assert.deepEqual(relationDirection({ id: 'x', published: '2024-03-05' }, { id: 'y', published: '2024-03-04T10:00' }), { from: 'x', to: 'y', basis: 'date' });
});
