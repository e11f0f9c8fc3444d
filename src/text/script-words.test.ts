import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCRIPT_WORD } from './script-words.js';

test('a word does not cross from a script written without spaces into another', () => {
  const words = (text: string) => text.match(new RegExp(SCRIPT_WORD, 'gu'));
  assert.deepEqual(words('打击robocalls的法案'), ['打击', 'robocalls', '的法案']);
  assert.deepEqual(words('Tokaïev Путина l’homme'), ['Tokaïev', 'Путина', 'l', 'homme']);
  assert.deepEqual(words('カタカナー และภาษาไทย'), ['カタカナー', 'และภาษาไทย']);
  assert.deepEqual(words('Tokai\u0308ev'), ['Tokai\u0308ev'], 'a combining mark stays with its letter');
});
