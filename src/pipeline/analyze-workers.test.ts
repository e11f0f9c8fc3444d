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
