import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../test-support.js';
import { writeFileAtomic } from './write-atomic.js';

test('a file is replaced whole, through a temporary file that does not stay', () => {
  const dir = tempDir();
  const path = join(dir, 'dossier.json');
  writeFileSync(path, '{"old": true}');
  writeFileAtomic(path, '{"new": true}');
  assert.equal(readFileSync(path, 'utf8'), '{"new": true}');
  assert.deepEqual(readdirSync(dir), ['dossier.json']);
});

test('a temporary file left by a killed run is removed; one of a running process is kept', () => {
  const dir = tempDir();
  const abandoned = join(dir, '.dossier.json.999999999.tmp');
  const running = join(dir, `.dossier.json.${process.ppid}.tmp`);
  writeFileSync(abandoned, '{"trunc');
  writeFileSync(running, '{"being written');
  writeFileAtomic(join(dir, 'dossier.json'), '{}');
  assert.equal(existsSync(abandoned), false);
  assert.equal(existsSync(running), true);
});
