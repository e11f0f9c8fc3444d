#!/usr/bin/env node
// Runs every compiled test file with Node's test runner (Node 20's `node --test` expands no globs and skips .ts).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? find(path) : name.endsWith('.test.js') ? [path] : [];
  });
}

const files = find('dist').sort();
if (files.length === 0) {
  console.error('no compiled test files under dist/: run `npm run build` first');
  process.exit(1);
}
console.error(`running ${files.length} test files`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
