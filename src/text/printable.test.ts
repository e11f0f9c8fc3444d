import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printable } from './printable.js';

test('terminal escapes, line breaks and bidirectional overrides are printed as escapes on one line', () => {
  const line = printable('a\u001b]0;TITLE\u0007b \u001b[31mred\u001b[0m\nnext\r\tline \u202egnp.exe\u0085');
  assert.equal(line, 'a\\x1b]0;TITLE\\x07b \\x1b[31mred\\x1b[0m\\nnext\\r\\tline \\u202egnp.exe\\x85');
  assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f]/);
});

test('ordinary text in any script is left as it is', () => {
  const text = 'Токаев: «Порядок восстановлен» — 1 300 задержаны. C:\\path\\to\\file.txt';
  assert.equal(printable(text), text);
});
