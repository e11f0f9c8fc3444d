import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashRecord } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import { analyseRecords } from './analyze-workers.js';

const record = (id: string, content: string): RawRecord => ({ id, source: `${id}.txt`, line: null, format: 'text', content, meta: {}, hash: hashRecord('text', content, {}) });
const records = Array.from({ length: 20 }, (_, i) => record(`r${i}`, `Harbour ${i} closed\n\nThe harbour number ${i} closed on Monday after a storm damaged the quay, officials said.`));

test('worker threads give the same analyses as one thread, in input order', async () => {
  const one: string[] = [];
  for await (const result of analyseRecords(records, 1)) one.push('analysis' in result ? `${result.record.id} ${result.analysis.title}` : result.error);
  const two: string[] = [];
  for await (const result of analyseRecords(records, 2)) two.push('analysis' in result ? `${result.record.id} ${result.analysis.title}` : result.error);
  assert.equal(one[7], 'r7 Harbour 7 closed');
  assert.deepEqual(two, one);
});

test('workers stay a bounded number of records ahead of a caller that is slower than they are', async () => {
  const many = Array.from({ length: 400 }, (_, i) => record(`m${i}`, `Ferry ${i} delayed\n\nFerry number ${i} was delayed by fog on Tuesday, the port said.`));
  let most = 0;
  const taken: string[] = [];
  for await (const result of analyseRecords(many, 2, { onHandOut: (handedOut, done) => (most = Math.max(most, handedOut - done)) })) {
    taken.push(result.record.id);
    // The caller stops for a while after its first result: time enough for the workers to analyse every record.
    if (taken.length === 1) await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  assert.deepEqual(taken, many.map((r) => r.id));
  assert.ok(most > 0 && most <= 128, `records handed out ahead of the caller: ${most}`);
});
