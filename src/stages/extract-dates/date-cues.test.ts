import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cldrDateWords, dateCue } from './date-cues.js';

test('CLDR gives a language\'s month, weekday and yesterday/today/tomorrow words', () => {
  const italian = cldrDateWords('it');
  for (const word of ['marzo', 'lunedì', 'ieri', 'domani']) assert.ok(italian.includes(word), word);
  assert.deepEqual(cldrDateWords('xx-unknown-language'), []);
});

test('a paragraph is read for dates when it holds a cue of its language', () => {
  assert.ok(dateCue('it').test('Lo ha detto ieri il ministro.'));
  assert.ok(dateCue('zh').test('总统于3月12日发表讲话。'), 'a figure, in a language with no table but a chrono locale');
  assert.ok(!dateCue('it').test('Il ministro ha parlato a lungo.'));
  assert.ok(!dateCue('en').test('The minister spoke for 20 minutes.'), 'a table language keeps its own words');
  assert.ok(!dateCue('tr').test('Bakan 20 dakika konuştu.'), 'a language chrono does not know keeps the tables\' cues');
});
