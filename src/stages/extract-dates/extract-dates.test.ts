import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type * as chrono from 'chrono-node';
import { analyseText } from '../../test-support.js';
import { dateParser, withSettledPattern } from './date-parser.js';
import type { DateParser } from './date-parser.js';
import { createShiftedReadings } from './shifted-readings.js';

const datesOf = async (text: string) => {
  const doc = await analyseText(text);
  return (doc.data.dates ?? []).map((d) => ({ text: doc.text.slice(d.span[0], d.span[1]), relative: d.relative, start: d.start, about: d.about }));
};

test('a stated date keeps its parts and what it is about; a date that moves with the day of writing is relative', async () => {
  const dates = await datesOf('Protests in Kazakhstan began on January 2, 2022 after fuel prices doubled. Yesterday the government resigned, and last Thursday the president spoke.');
  const byText = new Map(dates.map((d) => [d.text, d]));
  assert.deepEqual(byText.get('January 2, 2022')?.start, { year: 2022, month: 1, day: 2, weekday: null });
  assert.equal(byText.get('January 2, 2022')?.relative, false);
  assert.equal(byText.get('January 2, 2022')?.about, 'Protests in Kazakhstan began on');
  assert.equal(byText.get('Yesterday')?.relative, true);
  assert.equal(byText.get('last Thursday')?.relative, true);
});

test('relative expressions are told apart in other languages too', async () => {
  const dates = await datesOf('Вчера в Алматы прошли протесты, а 5 января 2022 года президент объявил чрезвычайное положение в стране.');
  assert.deepEqual(
    dates.map((d) => [d.text.trim(), d.relative]),
    [
      ['Вчера', true],
      ['5 января 2022 года', false],
    ],
  );
});

test('a figure after a comma is not read as a short year', async () => {
  const dates = await datesOf('The blockade started on March 3, 63 ships were waiting outside the port by the evening.');
  assert.deepEqual(dates.find((d) => d.text === 'March 3')?.start, { year: null, month: 3, day: 3, weekday: null });
});

test('the same relative expression in two documents is read alike', async () => {
  const first = await datesOf('Two days ago the strike reached the capital, the unions said in a statement.');
  const second = await datesOf('Two days ago the strike reached the port of Aktau, according to the workers.');
  assert.deepEqual([first, second].map((dates) => dates.map((d) => [d.text, d.relative])), [[['Two days ago', true]], [['Two days ago', true]]]);
});

test('a settled pattern is built once and reads exactly as chrono does', () => {
  const require = createRequire(import.meta.url);
  const samples: Array<[string, string]> = [
    ['de', 'Am Montag, dem 3. Januar 2022, um 10 Uhr begann der Streik; vor zwei Wochen war es ruhig.'],
    ['fr', 'Il y a trois jours, le 5 janvier, à 11h, les manifestants ont pris la mairie.'],
    ['ru', 'В течение суток, 5 января, протестующие заняли здание акимата.'],
  ];
  for (const [code, text] of samples) {
    const chronoOwn = (require(`chrono-node/${code}`) as { casual: { parse(text: string, reference: Date): chrono.ParsedResult[] } }).casual;
    const reference = new Date(Date.UTC(2022, 0, 10, 12));
    const reading = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);
    assert.deepEqual(reading(dateParser(code).parse(text, reference)), reading(chronoOwn.parse(text, reference)));
    assert.ok(reading(chronoOwn.parse(text, reference)).length >= 2, `${code}: chrono reads the dates of the sample`);
  }
  let built = 0;
  const counted = withSettledPattern({ pattern: () => (built++, /\d{4}/), extract: () => ({ year: 2022 }) });
  const context = {} as Parameters<chrono.Parser['pattern']>[0];
  for (let i = 0; i < 3; i++) assert.equal(counted.pattern(context).source, '\\d{4}');
  assert.equal(built, 1);
});

test('an expression is read again against the other reference once per language, however often it comes back', () => {
  const read: string[] = [];
  const parser: DateParser = { parse: (text, reference) => (read.push(text), dateParser('en').parse(text, reference)) };
  const readShifted = createShiftedReadings(new Date(Date.UTC(2010, 6, 20, 12)));
  for (const text of ['yesterday', 'March 3', 'yesterday', 'March 3', 'last week']) readShifted(parser, text);
  assert.deepEqual(read, ['yesterday', 'March 3', 'last week']);
  assert.deepEqual(readShifted(parser, 'yesterday'), { year: 2010, month: 7, day: 19 });
  assert.deepEqual(readShifted(parser, 'March 3'), { year: 2010, month: 3, day: 3 });
});

test('a time of day takes its day from the reference, so it is relative; a full date with its year is not', async () => {
  const dates = await datesOf('The talks on January 2, 2022 ended at 10:30 pm, and the next round begins on Monday.');
  assert.deepEqual(
    dates.map((d) => [d.text, d.relative]),
    [
      ['January 2, 2022', false],
      ['at 10:30 pm', true],
      ['on Monday', true],
    ],
  );
});

test('bounded runs of white space in chrono\'s patterns are unbounded, so that they compile fast; the expressions read stay the same', () => {
  const settled = withSettledPattern({ pattern: () => /(\W|^)(\d+)\s{0,3}(days?)\s{0,5}ago(?=\W|$)/i, extract: () => ({ day: 1 }) });
  const context = {} as Parameters<chrono.Parser['pattern']>[0];
  const seen = settled.pattern(context);
  assert.equal(seen.source, String.raw`(\W|^)(\d+)\s*(days?)\s*ago(?=\W|$)`);
  assert.equal(seen.flags, 'i');
  const reference = new Date(Date.UTC(2022, 0, 10, 12));
  const read = dateParser('en').parse('The strike began 3 days ago, on 7 January, and ended 2 weeks later.', reference);
  assert.deepEqual(read.map((r) => r.text), ['3 days ago', 'on 7 January', '2 weeks later']);
});

test('a language with a chrono-node locale but no table here is read with its own locale and CLDR words', async () => {
  const italian = await datesOf('Il presidente ha parlato il 12 marzo 2020 a Roma. Ieri il governo si è dimesso, e lunedì scorso il ministro ha annunciato nuove misure.');
  assert.deepEqual(
    italian.filter((d) => !d.relative).map((d) => d.start),
    [{ year: 2020, month: 3, day: 12, weekday: null }],
  );
  assert.ok(italian.some((d) => d.text === 'Ieri' && d.relative), JSON.stringify(italian));
  // No table lists a Chinese month: the paragraph is read because it holds a figure.
  const chinese = await datesOf('总统于2020年3月12日在北京发表讲话，宣布了新的经济措施。昨天政府宣布辞职，部长在周一宣布了新的措施。');
  assert.deepEqual(chinese.find((d) => d.text === '2020年3月12日')?.start, { year: 2020, month: 3, day: 12, weekday: null }, JSON.stringify(chinese));
});

test('only the sentences with a calendar word or a year are read, whole across a day number before its month', async () => {
  const german = 'Der Plan wurde am Dienstag, dem 28. Juli, vorgestellt. Doch jetzt ist alles anders, so der Minister.';
  const doc = await analyseText(german);
  const found = (doc.data.dates ?? []).map((d) => german.slice(d.span[0], d.span[1]));
  assert.ok(found.includes('28. Juli'), found.join(' | '));
  // chrono reads "jetzt" and "so" as times: the sentence holds no calendar word and is not read.
  assert.ok(found.every((text) => german.indexOf(text) < german.indexOf('Doch')), found.join(' | '));
  const russian = 'Судно, завершившее в июне совместную экспедицию, вернулось в порт.';
  const june = (await analyseText(russian)).data.dates ?? [];
  assert.deepEqual(june.map((d) => [russian.slice(d.span[0], d.span[1]), d.start.month]), [['в июне', 6]]);
});
