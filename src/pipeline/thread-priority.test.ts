import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { threadPriority, WORKER_NICE_STEP } from './thread-priority.js';

/** Runs `body` in a new worker thread with `lowerThreadPriority` and `threadPriority` in scope, and returns what it gives. */
async function inWorker<T>(body: string): Promise<T> {
  const source = `
    const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(new URL('./thread-priority.js', import.meta.url).href)}).then(({ lowerThreadPriority, threadPriority }) => {
      parentPort.postMessage((() => { ${body} })());
    });`;
  const worker = new Worker(source, { eval: true });
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

const noPriorities = threadPriority() === null && 'threads have no priority of their own here';

test('a worker thread lowers its own priority, not that of the thread that started it', { skip: noPriorities }, async () => {
  const before = threadPriority()!;
  const { returned, now } = await inWorker<{ returned: number | null; now: number | null }>('const returned = lowerThreadPriority(); return { returned, now: threadPriority() };');
  assert.equal(now, Math.min(19, before + WORKER_NICE_STEP), 'the worker runs lower by the step (at most at the lowest priority)');
  assert.equal(returned, now);
  assert.equal(threadPriority(), before, "the calling thread's priority is unchanged");
});

test('lowering a priority never raises it: at the lowest it stays there', { skip: noPriorities }, async () => {
  const seen = await inWorker<number[]>('lowerThreadPriority(19); const lowest = threadPriority(); lowerThreadPriority(5); return [lowest, threadPriority()];');
  assert.deepEqual(seen, [19, 19]);
});
