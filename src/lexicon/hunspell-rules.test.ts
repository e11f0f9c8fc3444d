import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberGroups, safeRegExp, type Rule, type RuleList } from './hunspell-rules.js';

test('the rules of one added text are numbered by group of equal strip and condition, in table order, once', () => {
  const vowel = safeRegExp('[aeiou]$');
  const rule = (flag: string, strip: string, condition: RegExp | null): Rule => ({ flag, strip, add: 's', cont: '', condition, cross: true });
  const list: RuleList = { rules: [rule('A', 'y', vowel), rule('B', '', null), rule('C', 'y', vowel), rule('D', 'y', null), rule('E', '', null)], group: null, groups: [] };
  assert.deepEqual(numberGroups(list), [0, 1, 0, 2, 1]);
  assert.deepEqual(list.group, [0, 1, 0, 2, 1]);
  assert.deepEqual(list.groups.map((group) => [group.strip, group.condition?.source ?? null]), [['y', '[aeiou]$'], ['', null], ['y', null]]);
});

test('a malformed Hunspell condition matches nothing instead of throwing', () => {
  assert.equal(safeRegExp('[abc').test('abc'), false);
  assert.equal(safeRegExp('[^y]$').test('ship'), true);
});
