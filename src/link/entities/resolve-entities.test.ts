import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention } from '../../stages/extract-entities/extract-mentions.js';
import { resolveEntities } from './resolve-entities.js';
import type { MentionSource } from './resolve-entities.js';

/** A document whose mentions are the given names, found where they first occur. */
function source(id: string, text: string, names: Array<[string, EntityType, boolean?]>): MentionSource {
  let from = 0;
  const mentions: Mention[] = names.map(([name, type, weak]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { span: [start, start + name.length], text: name, type, known: null, title: null, inComments: false, joinedWith: null, weak: weak ?? false, surnameKey: name.toLowerCase() };
  });
  return { id, text, language: 'en', mentions };
}

const entityOf = (entities: ReturnType<typeof resolveEntities>, doc: string, text: string) => entities.find((e) => e.mentions.some((m) => m.doc === doc && m.text === text))?.id;

test('only an acronym in parentheses names the same thing as the name before it', () => {
  const entities = resolveEntities([
    source('a', 'The Bank Turan Alem (BTA) lent money under the European Union (Withdrawal) Act.', [['Bank Turan Alem', 'organization'], ['BTA', 'organization'], ['European Union', 'organization'], ['Withdrawal', 'other']]),
  ]);
  assert.equal(entityOf(entities, 'a', 'Bank Turan Alem'), entityOf(entities, 'a', 'BTA'));
  assert.notEqual(entityOf(entities, 'a', 'European Union'), entityOf(entities, 'a', 'Withdrawal'));
  const event = resolveEntities([source('b', 'Britain leaves the EU (Brexit) and the UN (United Nations) watches.', [['EU', 'organization'], ['Brexit', 'other'], ['UN', 'organization'], ['United Nations', 'organization']])]);
  assert.notEqual(entityOf(event, 'b', 'EU'), entityOf(event, 'b', 'Brexit'));
  assert.equal(entityOf(event, 'b', 'UN'), entityOf(event, 'b', 'United Nations'));
});

test('a weak mention needs support in its own document or from a mostly supported name', () => {
  const weakOnly = (id: string) => source(id, 'Saison one.', [['Saison', 'other', true]]);
  const entities = resolveEntities([source('s', 'He met Saison there.', [['Saison', 'person']]), weakOnly('w1'), weakOnly('w2'), weakOnly('w3'), weakOnly('w4')]);
  assert.equal(entities.length, 0); // weak in four documents of five: a common word
  const supported = resolveEntities([source('s', 'He met Gazprom there.', [['Gazprom', 'organization']]), source('t', 'Gazprom again.', [['Gazprom', 'organization']]), source('w', 'Gazprom said.', [['Gazprom', 'organization', true]])]);
  assert.equal(supported[0]?.mentions.length, 3);
});

test('an acronym joins the name of its initials in the same document, lower-case words included', () => {
  const entities = resolveEntities([
    source('u', 'Збройні сили України відступили. ЗСУ тримають оборону.', [['Збройні сили України', 'organization'], ['ЗСУ', 'organization']]),
    source('k', 'Democratic Choice of Kazakhstan met. The DCK said no.', [['Democratic Choice of Kazakhstan', 'organization'], ['DCK', 'organization']]),
  ]);
  assert.equal(entityOf(entities, 'u', 'ЗСУ'), entityOf(entities, 'u', 'Збройні сили України'));
  assert.equal(entityOf(entities, 'k', 'DCK'), entityOf(entities, 'k', 'Democratic Choice of Kazakhstan'));
});

test('a nationality word read as a name once keeps its own type: one "German" typed a person does not make thirty a person', () => {
  const demonym = (id: string) => source(id, 'The German team won.', [['German', 'other']]);
  const entities = resolveEntities([source('p', 'Minister German spoke.', [['German', 'person']]), demonym('d1'), demonym('d2'), demonym('d3')]);
  assert.equal(entities.find((e) => e.mentions.some((m) => m.doc === 'd1'))?.type, 'other');
  // An untyped name still takes the type the others give it.
  const untyped = resolveEntities([source('p', 'Minister Saison spoke.', [['Saison', 'person']]), source('o', 'Saison and Saison.', [['Saison', 'other'], ['Saison', 'other']])]);
  assert.equal(untyped.length, 1);
  assert.notEqual(untyped[0]!.type, 'other');
});

test('a one-word name joins the first person of its document with that surname, or one letter off it', () => {
  const entities = resolveEntities([
    source('a', 'Mukhtar Ablyazov fled. Madina Ablyazova spoke. Ablyazov denied it. Abkyazov appealed.', [['Mukhtar Ablyazov', 'person'], ['Madina Ablyazova', 'person'], ['Ablyazov', 'person'], ['Abkyazov', 'person']]),
    source('b', 'Ivan Petrenko met Olga Petrenka. Petrenku spoke.', [['Ivan Petrenko', 'person'], ['Olga Petrenka', 'person'], ['Petrenku', 'person']]),
  ]);
  assert.equal(entityOf(entities, 'a', 'Ablyazov'), entityOf(entities, 'a', 'Mukhtar Ablyazov'));
  assert.equal(entityOf(entities, 'a', 'Abkyazov'), entityOf(entities, 'a', 'Mukhtar Ablyazov'));
  assert.notEqual(entityOf(entities, 'a', 'Madina Ablyazova'), entityOf(entities, 'a', 'Mukhtar Ablyazov'));
  // One letter off both surnames: the first person named wins.
  assert.equal(entityOf(entities, 'b', 'Petrenku'), entityOf(entities, 'b', 'Ivan Petrenko'));
  assert.notEqual(entityOf(entities, 'b', 'Olga Petrenka'), entityOf(entities, 'b', 'Ivan Petrenko'));
});
