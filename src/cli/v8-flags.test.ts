import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { RUN_FLAGS } from './v8-flags.js';

// setFlagsFromString ignores a flag V8 does not know, while the command line refuses it: a flag renamed or dropped by
// a later Node would otherwise stop working unnoticed.
test('v8 flags: this Node knows every flag a run sets', () => {
  assert.ok(RUN_FLAGS.length >= 2);
  for (const flag of RUN_FLAGS) {
    const run = spawnSync(process.execPath, [flag, '-e', ''], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${flag}: ${run.stderr}`);
  }
  const unknown = spawnSync(process.execPath, ['--heap-growing-percentage=50', '-e', ''], { encoding: 'utf8' });
  assert.notEqual(unknown.status, 0, 'the command line refuses a flag V8 does not know');
});
