import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeRemoved } from './removed-spans.js';

test('menu lines of one kind separated by blank lines are one removed stretch; other kinds and prose keep them apart', () => {
  const text = 'Home\nNews\n\nSport\nShare on Facebook\nThe harbour reopened.\nWeather';
  const at = (line: string): [number, number] => [text.indexOf(line), text.indexOf(line) + line.length];
  const removed = [
    { span: at('Home'), kind: 'navigation' },
    { span: at('News'), kind: 'navigation' },
    { span: at('Sport'), kind: 'navigation' },
    { span: at('Share on Facebook'), kind: 'share' },
    { span: at('Weather'), kind: 'navigation' },
  ];
  assert.deepEqual(
    mergeRemoved(text, removed).map((r) => [r.kind, text.slice(r.span[0], r.span[1])]),
    [
      ['navigation', 'Home\nNews\n\nSport'],
      ['share', 'Share on Facebook'],
      ['navigation', 'Weather'],
    ],
  );
});

test('the removed list given is left as it was', () => {
  const removed = [
    { span: [0, 1] as [number, number], kind: 'ad' },
    { span: [2, 3] as [number, number], kind: 'ad' },
  ];
  assert.deepEqual(mergeRemoved('a b', removed), [{ span: [0, 3], kind: 'ad' }]);
  assert.deepEqual(removed[0]!.span, [0, 1]);
});
