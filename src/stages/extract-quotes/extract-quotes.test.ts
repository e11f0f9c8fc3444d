import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NewsDoc } from '../../doc/news-doc.js';
import { charactersScanned, tokensMade } from '../../text/tokens.js';
import { analyseText } from '../../test-support.js';
import { MAX_SENTENCE_WORDS } from './attribute-direct.js';

/** Each quote as [kind, quoted words, the words naming its speaker (or the speaker kind)]. */
function quotesOf(doc: NewsDoc): Array<[string, string, string | null]> {
  return (doc.data.quotes ?? []).map((q) => {
    const speaker = q.speaker === null ? null : q.speaker.kind === 'previous' ? 'previous' : doc.text.slice(q.speaker.span[0], q.speaker.span[1]);
    return [q.kind, doc.text.slice(q.span[0], q.span[1]), speaker];
  });
}

const direct = (doc: NewsDoc) => quotesOf(doc).filter(([kind]) => kind === 'direct');
const reported = (doc: NewsDoc) => quotesOf(doc).filter(([kind]) => kind === 'reported');

test('an abbreviated title does not end the speaker window after a quotation', async () => {
  const doc = await analyseText('The harbour of Port Elvan stayed closed on Monday after the storm.\n\n“We will rebuild the harbour before the winter comes,” Mr. Okafor said on Monday.');
  assert.deepEqual(direct(doc), [['direct', 'We will rebuild the harbour before the winter comes', 'Okafor']]);
});

test('a speech verb before the quotation in its sentence names the speaker', async () => {
  const doc = await analyseText('Senator Maria Lindqvist visited the harbour of Port Elvan on Monday.\n\nLindqvist said the closure of the port showed “a lack of respect for the dock workers and their families.”');
  assert.deepEqual(direct(doc), [['direct', 'a lack of respect for the dock workers and their families.', 'Lindqvist']]);
});

test("newspaper-archive ''…'' quotations are attributed like any other", async () => {
  const doc = await analyseText("Senator Maria Lindqvist visited the harbour of Port Elvan on Monday.\n\n''Nobody here has been paid since the storm,'' Ms. Lindqvist told reporters.");
  assert.deepEqual(direct(doc), [['direct', 'Nobody here has been paid since the storm', 'Lindqvist']]);
});

test('a colon-ended lead-in in the paragraph before attributes the quotation', async () => {
  const doc = await analyseText('Senator Maria Lindqvist spoke at the harbour of Port Elvan on Monday. Then Lindqvist continued:\n\n“The workers of this port deserve better than silence from the ministry.”');
  assert.deepEqual(direct(doc), [['direct', 'The workers of this port deserve better than silence from the ministry.', 'Lindqvist']]);
});

test('a headline is read for quotations: "Speaker: ‘…’" above the article', async () => {
  const doc = await analyseText('Maria Lindqvist: ‘The Harbour Will Open Again Before Winter.’\n\nSenator Maria Lindqvist told reporters on Monday that the harbour of Port Elvan would open again before the winter.');
  assert.equal(doc.data.clean?.title, 'Maria Lindqvist: ‘The Harbour Will Open Again Before Winter.’');
  assert.deepEqual(direct(doc), [['direct', 'The Harbour Will Open Again Before Winter.', 'Maria Lindqvist']]);
});

test('a short quotation counts only when a speech verb attributes it', async () => {
  const doc = await analyseText('Senator Maria Lindqvist toured the harbour of Port Elvan on Monday.\n\nLindqvist called the closure “reckless” on Monday. The so-called “reform” of the port has been delayed twice.');
  assert.deepEqual(direct(doc), [['direct', 'reckless', 'Lindqvist']]);
});

test('a quotation with no cue that opens a sentence continues the previous speaker', async () => {
  const doc = await analyseText('Senator Maria Lindqvist toured the harbour of Port Elvan on Monday.\n\n“The port must reopen,” Lindqvist said. “The families cannot wait another winter.”');
  assert.deepEqual(direct(doc), [
    ['direct', 'The port must reopen', 'Lindqvist'],
    ['direct', 'The families cannot wait another winter.', 'previous'],
  ]);
});

test('reported speech: "X said (that) …", "…, X said." and "according to X, …"', async () => {
  const doc = await analyseText(
    'Senator Maria Lindqvist toured the harbour of Port Elvan on Monday.\n\nLindqvist said the harbour would reopen in May. The repairs will cost four million euros, Lindqvist said on Tuesday. According to Lindqvist, the ministry has not answered her letters. Lindqvist denied that the port authority had lost the funds.',
  );
  assert.deepEqual(reported(doc), [
    ['reported', 'the harbour would reopen in May', 'Lindqvist'],
    ['reported', 'The repairs will cost four million euros', 'Lindqvist'],
    ['reported', 'the ministry has not answered her letters', 'Lindqvist'],
    ['reported', 'the port authority had lost the funds', 'Lindqvist'],
  ]);
});

test('a cue inside a direct quotation attributes nothing as reported speech', async () => {
  const doc = await analyseText('Senator Maria Lindqvist toured the harbour of Port Elvan on Monday.\n\n“They said the harbour would reopen in May, and nobody believed them,” Lindqvist said.');
  assert.deepEqual(reported(doc), []);
  assert.equal(direct(doc).length, 1);
});

test('reported speech in French, German, Spanish, Russian and Ukrainian', async () => {
  const cases: Array<[string, string, string]> = [
    ["Le ministre Jean Dupont a visité le port de Marseille lundi matin avec les syndicats. Selon Jean Dupont, le port rouvrira au mois de mai prochain.", 'le port rouvrira au mois de mai prochain', 'Jean Dupont'],
    ['Der Minister Hans Müller besuchte am Montag den Hafen von Hamburg mit den Gewerkschaften. Der Hafen werde im Mai wieder geöffnet, sagte Hans Müller am Dienstag.', 'Der Hafen werde im Mai wieder geöffnet', 'Hans Müller'],
    ['El ministro Juan García visitó el lunes el puerto de Valencia con los sindicatos. Juan García dijo que el puerto volverá a abrir en el mes de mayo.', 'el puerto volverá a abrir en el mes de mayo', 'Juan García'],
    ['Министр Иван Петров в понедельник посетил порт Новороссийска вместе с профсоюзами. Иван Петров заявил, что порт снова откроется в мае.', 'порт снова откроется в мае', 'Иван Петров'],
    ['Міністр Іван Петренко у понеділок відвідав порт Одеси разом із профспілками. Іван Петренко заявив, що порт знову відкриється у травні.', 'порт знову відкриється у травні', 'Іван Петренко'],
  ];
  for (const [text, statement, speaker] of cases) {
    const found = reported(await analyseText(text));
    assert.ok(
      found.some(([, words, who]) => words === statement && who !== null && speaker.endsWith(who)),
      `${statement} by ${speaker} in ${JSON.stringify(found)}`,
    );
  }
});

test('a document reads the same after another one: no pattern keeps its place from the document before', async () => {
  const statement = 'The harbour of Port Elvan stayed closed on Monday.\n\nAccording to the harbour authority, the port will reopen before the winter storms arrive.';
  const alone = reported(await analyseText(statement));
  assert.deepEqual(alone, [['reported', 'the port will reopen before the winter storms arrive', 'the harbour authority']]);
  // A quotation attributed with "according to" right after it: its attribution is looked for with the same pattern.
  await analyseText('The harbour of Port Elvan stayed closed on Monday.\n\n“We will rebuild the harbour before the winter comes,” according to Mayor Okafor.');
  assert.deepEqual(reported(await analyseText(statement)), alone);
});

/** Words read per quotation by the quotation stages (unit: tokens): 16 after it, a share of its paragraph's words once, a sentence's. */
const MAX_TOKENS_PER_QUOTATION = 200;

test('paragraphs dense with quotations are read in work that grows with their length, not its square', async () => {
  // "“Quote,” he said." with no sentence end outside the marks once masked, and markup read as text ('a="…" b="…"'), where
  // every quotation used to have all the words of its paragraph before it read again.
  for (const piece of ['“Quote number one,” he said. ', 'content="the main wrapper of this page" title="the top of this page here" ']) {
    const paragraph = piece.repeat(Math.floor(4_800 / piece.length));
    const before = tokensMade();
    const doc = await analyseText(`A harbour closed.\n\n${paragraph}`);
    const quotations = (doc.data.quotes ?? []).filter((q) => q.kind === 'direct').length;
    const made = tokensMade() - before;
    assert.ok(quotations > 100, `${piece}: ${quotations} quotations`);
    assert.ok(made < quotations * MAX_TOKENS_PER_QUOTATION, `${piece}: ${made} tokens for ${quotations} quotations`);
  }
});

test('a line of JSON read as text, every value quoted: each quotation reads a bounded stretch after it for its attribution', async () => {
  const values = Array.from({ length: 800 }, (_, i) => `"title":"Harbour story number ${i} of the day","id":${1000 + i}`).join(',');
  const before = charactersScanned();
  const doc = await analyseText(`A harbour closed.\n\n{"list":[{${values}}]}`);
  const quotations = (doc.data.quotes ?? []).filter((q) => q.kind === 'direct').length;
  const scanned = charactersScanned() - before;
  assert.ok(quotations > 500, `${quotations} quotations`);
  // Three quoted strings an item ("title", its value, "id"), one kept as a quotation. Before the bound, each read on to its
  // sixteenth word after it, about half the rest of the line: 14,000 characters for each kept.
  assert.ok(scanned < quotations * 4_000, `${scanned} characters read for ${quotations} quotations`);
});

test('a quotation after a sentence longer than the bound is attributed from the words nearest to it', async () => {
  const long = Array.from({ length: MAX_SENTENCE_WORDS + 20 }, (_, i) => `word${i}`).join(' ');
  const doc = await analyseText(`A harbour closed.\n\nMaria Lindqvist said ${long} and the closure showed “a lack of respect for the dock workers and their families.”`);
  const quote = (doc.data.quotes ?? []).find((q) => q.kind === 'direct');
  assert.ok(quote, 'the quotation is found');
  assert.notEqual(quote.speaker?.kind, 'mention', 'the name beyond the bound is not read as its speaker');
});

test("a word that names an object's own member is no speaker pronoun", async () => {
  const doc = await analyseText('The storm closed the port of Port Elvan on Monday.\n\n“We are not ready for this,” constructor told reporters at the harbour on Tuesday.');
  const [quote] = direct(doc);
  assert.equal(quote?.[1], 'We are not ready for this');
  assert.notEqual(quote?.[2], 'constructor');
});
