import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareDocuments, PreparedTexts } from './detect-relations.js';
import type { RelationSource } from './detect-relations.js';
import { BUDGET_EN, BUDGET_RU, FINAL_RU, documentOf } from './test-documents.js';
import { decodePrint, encodePrint, mayRelate, probeOf } from './text-print.js';

const probe = (source: RelationSource, prepared = new PreparedTexts()) => probeOf(source.language, prepared.shingles(source), prepared.keys(source));
/** The stored side: encoded to bytes, then read back from a copy at an odd offset, as a store's buffer may be. */
const print = (source: RelationSource) => {
  const bytes = encodePrint(probe(source))!;
  const unaligned = new Uint8Array(bytes.length + 1);
  unaligned.set(bytes, 1);
  return decodePrint(source.language, unaligned.subarray(1));
};

const wire = [
  'The port authority said on Monday that traffic through the strait would resume within two days.',
  'Divers inspected the hull of the grounded carrier overnight and found no breach in its double bottom.',
  'Three tugs were waiting for the morning tide to pull the ship off the sandbank near the northern lighthouse.',
  'Insurers estimate the cost of the delay at more than two million dollars for the ships waiting at anchor.',
];
const otherReport = [
  'Shipping through the strait stayed blocked on Monday as salvage crews worked on the stranded vessel.',
  'The carrier ran aground in fog on Saturday, its owner said in a statement.',
  'Dozens of tankers are queuing at both ends of the waterway.',
];

test('a print lets through every pair the full comparison relates: a copy, a one-paragraph brief, a translation', () => {
  const pairs: Array<[RelationSource, RelationSource]> = [
    [documentOf('repost', 'en', [...wire.slice(1), 'Comments are closed.']), documentOf('wire', 'en', wire)],
    [documentOf('brief', 'en', [wire[1]!]), documentOf('wire', 'en', wire)],
    [documentOf('wire', 'en', wire), documentOf('brief', 'en', [wire[1]!])],
    [documentOf('ru', 'ru', BUDGET_RU), documentOf('en', 'en', BUDGET_EN)],
    [documentOf('en', 'en', BUDGET_EN), documentOf('ru', 'ru', BUDGET_RU)],
  ];
  for (const [newcomer, stored] of pairs) {
    assert.ok(compareDocuments(newcomer, stored), `${newcomer.id} and ${stored.id} are related`);
    assert.ok(mayRelate(probe(newcomer), print(stored)), `the print of ${stored.id} lets ${newcomer.id} through`);
  }
});

test('a print holds back documents that share no text: another report of the same event, another story in another language', () => {
  const pairs: Array<[RelationSource, RelationSource]> = [
    [documentOf('report', 'en', otherReport), documentOf('wire', 'en', wire)],
    [documentOf('final', 'ru', FINAL_RU), documentOf('en', 'en', BUDGET_EN)],
    [documentOf('budget', 'ru', BUDGET_RU), documentOf('final', 'ru', FINAL_RU)],
  ];
  for (const [newcomer, stored] of pairs) {
    assert.equal(compareDocuments(newcomer, stored), null);
    assert.equal(mayRelate(probe(newcomer), print(stored)), false, `${newcomer.id} against ${stored.id}`);
  }
});

test('one shared line is not enough to read a stored document back, three are', () => {
  const stored = documentOf('wire', 'en', wire);
  const oneLine = documentOf('one', 'en', [wire[0]!, ...otherReport]);
  const threeLines = documentOf('three', 'en', [...wire.slice(0, 3), ...otherReport]);
  assert.equal(mayRelate(probe(oneLine), print(stored)), false);
  assert.ok(mayRelate(probe(threeLines), print(stored)));
});

test('a print keeps its counts and its language, and a document without text has an empty one', () => {
  const source = documentOf('wire', 'en', [...wire, wire[0]!]);
  const read = print(source);
  assert.deepEqual([read.language, read.distinct, read.sentences], ['en', 4, 5]);
  assert.ok(read.shingles.length > 40 && read.keys.length > 20, `${read.shingles.length} shingles, ${read.keys.length} keys`);
  const empty = print(documentOf('empty', null, []));
  assert.deepEqual([empty.language, empty.distinct, empty.sentences, empty.shingles.length, empty.units.length], [null, 0, 0, 0, 0]);
  assert.equal(mayRelate(probe(documentOf('any', null, wire)), empty), false);
});
