import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashRecord } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import { analyseRecords, RECORDS_PER_WORKER, workerCount } from './analyze-workers.js';
import { prepareLink } from './link-into-store.js';
import { threadPriority, WORKER_NICE_STEP } from './thread-priority.js';

const record = (id: string, content: string): RawRecord => ({ id, source: `${id}.txt`, line: null, format: 'text', content, meta: {}, hash: hashRecord('text', content, {}) });
const records = Array.from({ length: 20 }, (_, i) => record(`r${i}`, `Harbour ${i} closed\n\nThe harbour number ${i} closed on Monday after a storm damaged the quay, officials said.`));

test('workers are started only for batches that repay their start, at most one per job', () => {
  assert.equal(workerCount(9, 2, false), 0, 'the demo: analysed in the calling thread');
  assert.equal(workerCount(RECORDS_PER_WORKER - 1, 8, false), 0);
  assert.equal(workerCount(RECORDS_PER_WORKER, 2, false), 1, 'one worker, while the calling thread stores and links');
  assert.equal(workerCount(5 * RECORDS_PER_WORKER, 2, false), 2);
  assert.equal(workerCount(100_000, 1, false), 0, 'one job: the calling thread');
  assert.equal(workerCount(9, 2, true), 2, 'asked for threads: one per batch of records, up to the jobs');
  assert.equal(workerCount(3, 2, true), 1);
});

test('a small batch is analysed in the calling thread: no worker gets ready', async () => {
  const startSeconds: number[] = [];
  const ids: string[] = [];
  for await (const result of analyseRecords(records, 2, { startSeconds })) ids.push(result.record.id);
  assert.deepEqual(ids, records.map((r) => r.id));
  assert.deepEqual(startSeconds, []);
});

test('worker threads give the same analyses as one thread, in input order', async () => {
  const one: string[] = [];
  for await (const result of analyseRecords(records, 1)) one.push('analysis' in result ? `${result.record.id} ${result.analysis.title}` : result.error);
  const two: string[] = [];
  const startSeconds: number[] = [];
  for await (const result of analyseRecords(records, 2, { threads: true, startSeconds })) two.push('analysis' in result ? `${result.record.id} ${result.analysis.title}` : result.error);
  assert.equal(one[7], 'r7 Harbour 7 closed');
  assert.deepEqual(two, one);
  assert.equal(startSeconds.length, 2, 'both workers got ready (and said how long it took)');
});

test('a worker prepares each analysis for linking as the linking thread would, and only when asked', async () => {
  const russian = record('ru', 'Порт закрыт\n\nВ понедельник порт Новороссийска закрыли после шторма, сообщили власти.');
  const seen: string[] = [];
  for await (const result of analyseRecords([...records.slice(0, 3), russian], 2, { threads: true, linking: true })) {
    assert.ok('analysis' in result && result.linking, `${result.record.id} was analysed and prepared`);
    assert.deepEqual(result.linking, prepareLink(result.analysis), `${result.record.id}: the same features and keyed sentences`);
    seen.push(`${result.record.id} ${result.linking.placement.features.length > 0} ${result.linking.keyed.sentences.length}`);
  }
  assert.deepEqual(seen, ['r0 true 1', 'r1 true 1', 'r2 true 1', 'ru true 1']);
  for await (const result of analyseRecords(records.slice(0, 2), 2, { threads: true })) assert.ok(!('linking' in result), 'not asked: not prepared');
});

test('analysis workers run at a lower priority than the thread that takes their results', { skip: threadPriority() === null && 'threads have no priority of their own here' }, async () => {
  const priorities: Array<number | null> = [];
  let analysed = 0;
  for await (const result of analyseRecords(records, 2, { threads: true, priorities })) if ('analysis' in result) analysed++;
  assert.equal(analysed, records.length);
  const own = threadPriority()!;
  assert.deepEqual(priorities, [Math.min(19, own + WORKER_NICE_STEP), Math.min(19, own + WORKER_NICE_STEP)]);
  assert.equal(threadPriority(), own);
});

test('workers stay a bounded number of records ahead of a caller that is slower than they are', async () => {
  const many = Array.from({ length: 400 }, (_, i) => record(`m${i}`, `Ferry ${i} delayed\n\nFerry number ${i} was delayed by fog on Tuesday, the port said.`));
  let most = 0;
  const taken: string[] = [];
  for await (const result of analyseRecords(many, 2, { threads: true, onHandOut: (handedOut, done) => (most = Math.max(most, handedOut - done)) })) {
    taken.push(result.record.id);
    // The caller stops for a while after its first result: time enough for the workers to analyse every record.
    if (taken.length === 1) await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  assert.deepEqual(taken, many.map((r) => r.id));
  assert.ok(most > 0 && most <= 128, `records handed out ahead of the caller: ${most}`);
});

test('records of two languages interleaved come back in input order, each from the worker that analysed it', async () => {
  const german = (i: number) => record(`de${i}`, `Schulen ${i} öffnen\n\nDie Regierung hat am Montag in Berlin beschlossen, dass die Schule ${i} und die Kitas wieder öffnen, sagte der Sprecher.`);
  const russian = (i: number) => record(`ru${i}`, `Школы ${i} откроются\n\nПравительство в понедельник решило, что школа ${i} и детские сады снова откроются. Об этом сообщил он сегодня, после встречи с мэром.`);
  const mixed = Array.from({ length: 48 }, (_, i) => (i % 2 === 0 ? german(i) : russian(i)));
  const workerOf: number[] = [];
  const seen: string[] = [];
  for await (const result of analyseRecords(mixed, 2, { threads: true, workerOf })) seen.push('analysis' in result ? `${result.record.id} ${result.analysis.language}` : result.error);
  assert.deepEqual(seen, mixed.map((r) => `${r.id} ${r.id.slice(0, 2)}`));
  // Which worker took which record depends on how fast each got ready (see hand-out.test.ts for the policy).
  assert.ok(mixed.every((_, i) => workerOf[i] === 0 || workerOf[i] === 1));
});

test('a record that takes a worker past its heap limit gets the reason as its error, and the other records are analysed in order', async () => {
  const paragraph = 'The minister said on Monday that the talks in Geneva would go on until Friday, officials said. '.repeat(20);
  const huge = record('huge', `Talks go on\n\n${`${paragraph}\n\n`.repeat(Math.ceil(12_000_000 / paragraph.length))}`);
  const mixed = [...records.slice(0, 2), huge, ...records.slice(2, 9)];
  const seen: string[] = [];
  for await (const result of analyseRecords(mixed, 2, { threads: true, heapMb: 32 })) seen.push('analysis' in result ? `${result.record.id} ${result.analysis.title}` : `${result.record.id}: ${result.error}`);
  assert.deepEqual(seen, [
    'r0 Harbour 0 closed',
    'r1 Harbour 1 closed',
    'huge: the worker analysing it stopped: it ran out of memory (32 MB of heap)',
    ...records.slice(2, 9).map((r, i) => `${r.id} Harbour ${i + 2} closed`),
  ]);
});

test('a worker that cannot get ready ends the run with the reason', async () => {
  await assert.rejects(async () => {
    for await (const result of analyseRecords(records, 2, { threads: true, heapMb: 1 })) assert.fail(`no result expected, got ${result.record.id}`);
  }, /an analysis worker could not get ready: it ran out of memory \(1 MB of heap\)/);
});
