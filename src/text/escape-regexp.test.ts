import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeRegExp } from './escape-regexp.js';

test('text escaped for a regular expression matches itself literally', () => {
  for (const text of ['d.h.', 'C++ (beta)', '$5 [sic]', 'a|b', 'u.a. ^x\\y']) assert.ok(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text), text);
  assert.ok(!new RegExp(escapeRegExp('d.h')).test('doh'));
});
