import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Descriptor } from '../../stages/extract-descriptors/extract-descriptors.js';
import type { Mention } from '../../stages/extract-entities/extract-mentions.js';
import { EntityIndex } from './link-descriptors.js';
import type { DescriptorSource } from './link-descriptors.js';
import type { ResolvedEntity } from './resolve-entities.js';

function mention(start: number, text: string): Mention {
  return { span: [start, start + text.length], text, type: 'person', known: null, title: null, inComments: false, joinedWith: null, weak: false, surnameKey: text.toLowerCase() };
}

function entity(id: string, members: number[]): ResolvedEntity {
  return { id, name: id, type: 'person', mentions: [], members: members.map((m) => `0:${m}`) };
}

function bare(start: number, role: string, kind: 'definite' | 'lede'): Descriptor {
  return { span: [start, start + role.length + 4], role, link: { kind }, inComments: false };
}

/** The entity names the descriptors of one document are linked to, in descriptor order. */
function linked(mentions: Mention[], descriptors: Descriptor[], entities: ResolvedEntity[]): Array<string | null> {
  const source: DescriptorSource = { id: 'a', text: '', mentions, descriptors };
  const index = new EntityIndex([source], entities);
  return descriptors.map((_, i) => index.descriptorEntity(0, i)?.name ?? null);
}

test('a lede description goes to the first person named after it, within reach', () => {
  const mentions = [mention(100, 'Holm'), mention(300, 'Virtanen')];
  const entities = [entity('Holm', [0]), entity('Virtanen', [1])];
  assert.deepEqual(linked(mentions, [bare(0, 'banker', 'lede'), bare(150, 'banker', 'lede'), bare(2000, 'banker', 'lede')], entities), ['Holm', 'Virtanen', null]);
});

test('a definite description goes to the last person given that role, else to the person named most before it, the first named winning a tie', () => {
  const mentions = [mention(10, 'Holm'), mention(40, 'Virtanen'), mention(70, 'Virtanen'), mention(100, 'Holm'), mention(500, 'Lind')];
  const entities = [entity('Holm', [0, 3]), entity('Virtanen', [1, 2]), entity('Lind', [4])];
  const byName: Descriptor = { span: [480, 499], role: 'minister', link: { kind: 'mention', mention: 4 }, inComments: false };
  const descriptors = [bare(5, 'minister', 'definite'), bare(50, 'minister', 'definite'), bare(90, 'minister', 'definite'), bare(200, 'minister', 'definite'), byName, bare(600, 'minister', 'definite'), bare(650, 'mayor', 'definite')];
  assert.deepEqual(linked(mentions, descriptors, entities), [null, 'Holm', 'Virtanen', 'Holm', 'Lind', 'Lind', 'Holm']);
});

test('mentions out of text order are read as listed', () => {
  const mentions = [mention(300, 'Virtanen'), mention(100, 'Holm')];
  const entities = [entity('Holm', [1]), entity('Virtanen', [0])];
  assert.deepEqual(linked(mentions, [bare(0, 'banker', 'lede'), bare(400, 'banker', 'definite')], entities), ['Virtanen', 'Virtanen']);
});
