import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../../test-support.js';
import { parseNumber } from './extract-quantities.js';

/** The figures found in a text: [as written, value, unit]. */
async function figures(text: string): Promise<Array<[string, number | null, string | null]>> {
  const doc = await analyseText(text);
  return (doc.data.quantities ?? []).map((q) => [doc.text.slice(q.span[0], q.span[1]), q.value, q.unit]);
}

test('numbers in every locale style parse to the same value', () => {
  assert.equal(parseNumber('1,300', '.'), 1300);
  assert.equal(parseNumber('1 300', ','), 1300);
  assert.equal(parseNumber('1.300', ','), 1300);
  assert.equal(parseNumber('7,5', ','), 7.5);
  assert.equal(parseNumber('7.5', '.'), 7.5);
  assert.equal(parseNumber('1,300.25', '.'), 1300.25);
  assert.equal(parseNumber('28 000', ','), 28000);
});

test('scales, currencies, units, bounds and ranges are read in several languages', async () => {
  const cases: Array<[string, string, Partial<{ value: number | null; from: number; to: number; unit: string | null; atLeast: boolean; approximate: boolean }>]> = [
    ['The damage exceeds $7.5 billion, officials said in a statement on the case.', '$7.5 billion', { value: 7.5e9, unit: 'USD', atLeast: true }],
    ['Les dommages dépassent les 7,5 milliards de dollars selon le tribunal de la ville.', '7,5 milliards de dollars', { value: 7.5e9, unit: 'USD', atLeast: true }],
    ['Цены выросли от 60 до 120 тенге за литр, сообщили в министерстве энергетики.', '60 до 120 тенге', { value: null, from: 60, to: 120, unit: 'KZT' }],
    ['Der Frachter hat 28.000 Tonnen Weizen geladen, teilte die Reederei am Montag mit.', '28.000 Tonnen', { value: 28000, unit: 't' }],
    ['Más de 40 buques esperaban el lunes para cruzar el estrecho, según la agencia.', '40', { value: 40, atLeast: true }],
    ['Around 300 people were evacuated from the site within an hour on Tuesday morning.', '300', { value: 300, approximate: true }],
  ];
  for (const [text, expected, fields] of cases) {
    const doc = await analyseText(text);
    const found = (doc.data.quantities ?? []).find((q) => doc.text.slice(q.span[0], q.span[1]) === expected);
    assert.ok(found, `${text}: no "${expected}" in ${JSON.stringify((doc.data.quantities ?? []).map((q) => doc.text.slice(q.span[0], q.span[1])))}`);
    for (const [key, value] of Object.entries(fields)) assert.equal(found[key as keyof typeof found], value, `${expected}: ${key}`);
  }
});

test('years, times, fractions and calendar days are not counted', async () => {
  const doc = await analyseText('In 2004 the strike began at 07:36 on January 5, and 3/4 of the workers joined it within days.');
  assert.deepEqual((doc.data.quantities ?? []).map((q) => doc.text.slice(q.span[0], q.span[1])), []);
});

test('number words count when a scale, a unit or a noun follows', async () => {
  const found = await figures('Two billion dollars were lost, and twelve workers were injured in one of the sheds on Tuesday.');
  assert.deepEqual(found, [
    ['Two billion dollars', 2e9, 'USD'],
    ['twelve', 12, null],
  ]);
});

test('a number word is a whole word, with the words after it across spaces only', async () => {
  // "Someone", "tone", "twelve-year" hold number words but are none; "three, 40" and "five (5)" are not followed by a word.
  const found = await figures('Someone in the tone deaf twelve-year plan said three, 40 people came, five (5) hours late, and seven million euros were paid.');
  assert.deepEqual(found, [
    ['40', 40, null],
    ['5', 5, null],
    ['seven million euros', 7e6, 'EUR'],
  ]);
});

test("words that name an object's own members are no number words, scales or units", async () => {
  // The tables are looked up with the text's words: "constructor" or "toString" must not find Object.prototype's members.
  const found = await figures('The constructor told reporters that two constructor crews and the toString valueOf hasOwnProperty __proto__ team left, and 300 constructor workers stayed.');
  assert.deepEqual(found, [
    ['two', 2, null],
    ['300', 300, null],
  ]);
});
