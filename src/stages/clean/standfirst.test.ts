import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../../doc/news-doc.js';
import { cleanText } from './clean.js';

const bodyOf = (text: string, body: readonly Span[]) => body.map(([s, e]) => text.slice(s, e));

const lines = [
  'Turkey and Poland added to quarantine list',
  'Penalties for those who refuse to self-isolate are to be increased to a maximum of £10,000 for repeat offenders.',
  'By April Roach',
  '01 October 2020',
  'The islands of Bonaire and Saba have been removed from the list of travel corridors, the transport secretary said on Thursday evening.',
  'Travellers arriving after 4am on Saturday will have to self-isolate for two weeks, the department added in a statement.',
];
const text = lines.join('\n\n');
const articleStart = text.indexOf(lines[4]!);
const article: Span[] = [[articleStart, articleStart + lines[4]!.length], [text.indexOf(lines[5]!), text.length]];

test('a standfirst above the byline joins the article when it opens like the page summary', () => {
  const result = cleanText(text, article, lines[0]!, { summary: 'Penalties for those who refuse to self-isolate are to be increased to a maximum of £10,000…' });
  assert.deepEqual(bodyOf(text, result.body), [lines[1], lines[4], lines[5]]);
});

test('prose before the article that is not the page summary (a caption, a notice) stays out', () => {
  const result = cleanText(text, article, lines[0]!, { summary: 'Five more countries join the list of places travellers must quarantine after visiting.' });
  assert.deepEqual(bodyOf(text, result.body), [lines[4], lines[5]]);
  assert.deepEqual(bodyOf(text, cleanText(text, article, lines[0]!, {}).body), [lines[4], lines[5]]);
});

test('the standfirst is looked for below the title only', () => {
  const above = [lines[1], lines[0], ...lines.slice(2)].join('\n\n');
  const start = above.indexOf(lines[4]!);
  const result = cleanText(above, [[start, above.length]], lines[0]!, { summary: lines[1] });
  assert.ok(!bodyOf(above, result.body).includes(lines[1]!));
});
