import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBusy, retryBusy } from './retry-busy.js';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

test('a unit that finds the store busy is run again until it goes through', async () => {
  let calls = 0;
  const result = await retryBusy(() => {
    calls++;
    if (calls < 3) throw busy();
    return 'saved';
  });
  assert.equal(result, 'saved');
  assert.equal(calls, 3);
});

test('any other error is thrown at once; a store busy for too long is given up', async () => {
  let calls = 0;
  await assert.rejects(retryBusy(() => {
    calls++;
    throw new TypeError('broken record');
  }), /broken record/);
  assert.equal(calls, 1);
  calls = 0;
  await assert.rejects(retryBusy(() => {
    calls++;
    throw busy();
  }, 4), /database is locked/);
  assert.equal(calls, 4);
  assert.equal(isBusy(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' })), true);
  assert.equal(isBusy(new Error('database is locked')), false, 'only the error code counts');
});
