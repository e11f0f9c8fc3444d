import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTimeline } from './build-timeline.js';

test('the same day from several documents is one entry with all its sources, in calendar order', () => {
  const mention = (doc: string, date: string, sentence: string, language = 'en') => ({ doc, span: [0, 5] as [number, number], date, to: null, sentence, language });
  const timeline = buildTimeline([
    mention('fr', '2022-01-13', 'Le jeudi 13 janvier, ils ont annoncé la fin de la mission.', 'fr'),
    mention('b', '2022-01-02', 'Protests began on Sunday, January 2.'),
    mention('a', '2022-01-13', 'On Thursday, January 13, they announced the end of the mission.'),
  ]);
  assert.deepEqual(
    timeline.map((t) => [t.date, t.documents, t.event]),
    [
      ['2022-01-02', ['b'], 'Protests began on Sunday, January 2.'],
      ['2022-01-13', ['fr', 'a'], 'On Thursday, January 13, they announced the end of the mission.'],
    ],
  );
});
