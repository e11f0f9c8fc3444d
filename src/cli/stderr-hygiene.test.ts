import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, tempDir } from '../test-support.js';

/** ../shared/bench/hostile/stderr-escape-injection.jsonl: a title-setting OSC sequence and colour codes in a broken line. */
const ESCAPES = `{"text": "ok"}\n\u001b]0;TERMINAL-TITLE-SET-BY-INPUT\u0007{bad \u001b[31mRED\u001b[0m line\n${JSON.stringify({ text: 'Other line, President Tokayev said that 1,300 people were detained in Almaty on January 5, 2022.' })}\n`;
/** ../shared/bench/hostile/multiline-error-message.json: broken JSON whose parser message spans lines. */
const MULTILINE = '{\n"a"\n: x\n';

test('every problem about an input is printed on one line, control characters escaped', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'stderr-escape-injection.jsonl'), ESCAPES);
  writeFileSync(join(dir, 'in', 'multiline-error-message.json'), MULTILINE);
  writeFileSync(join(dir, 'in', 'title\u001b]0;pwned\u0007\nfake: line.txt'), '');
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'triangulate.js'), 'analyze', 'in', '--out', 'out', '--db', 'store.db'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no raw control character reaches the terminal');
  const lines = run.stderr.trimEnd().split('\n');
  const problems = lines.filter((line) => !/^\d+ documents?\b/.test(line));
  // Three broken inputs, and the record {"text": "ok"}, whose one word is read as navigation: a body-less document is said too.
  assert.equal(problems.length, 4, run.stderr);
  assert.ok(problems.some((line) => /stderr-escape-injection\.jsonl.*no article text was kept/.test(line)), run.stderr);
  assert.ok(problems.some((line) => line.startsWith(`${join('in', 'stderr-escape-injection.jsonl')}:2: line 2 is not valid JSON (Unexpected token '\\x1b'`)), run.stderr);
  assert.ok(problems.some((line) => line.startsWith(`${join('in', 'multiline-error-message.json')}: not valid JSON (Unexpected token 'x', "{\\n"a"\\n: x`)), run.stderr);
  assert.ok(problems.some((line) => line.startsWith(`${join('in', 'title\\x1b]0;pwned\\x07\\nfake: line.txt')}: the file is empty`)), run.stderr);
});
