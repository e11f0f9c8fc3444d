import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNewsDoc } from '../doc/news-doc.js';
import type { NewsDoc, Span } from '../doc/news-doc.js';
import { cleanText } from '../stages/clean/clean.js';
import { sentenceSpans } from '../stages/segment/segment.js';
import { outOfTime } from '../doc/stage-timer.js';
import { createExtractDates } from '../stages/extract-dates/extract-dates.js';
import { createExtractDescriptors } from '../stages/extract-descriptors/extract-descriptors.js';
import { createExtractMentions } from '../stages/extract-entities/extract-mentions.js';
import { createExtractQuantities } from '../stages/extract-quantities/extract-quantities.js';
import { createExtractQuotes } from '../stages/extract-quotes/extract-quotes.js';
import { createFindCitations } from '../stages/find-citations/find-citations.js';
import { createAnalyzer } from './analyze.js';
import { DOCUMENT_BUDGET, withinBudget } from './budget.js';

declare module '../doc/news-doc.js' {
  interface DataMap {
    /** Written by the test stage: what it was given to read. */
    seen: { paragraphs: number; sentences: number; characters: number; longest: number };
  }
}

function prepared(text: string): NewsDoc {
  const doc = createNewsDoc({ id: 'x', source: 'x.txt', format: 'text', hash: 'x', text, meta: {} });
  doc.data.clean = cleanText(text, null, null);
  doc.data.sentences = doc.data.clean.body.flatMap((span) => sentenceSpans(text, span, 'en'));
  return doc;
}

/** A stage that records how much it was given to read, as extraction stages would read it. */
const [recording] = withinBudget([
  {
    name: 'record',
    run(doc: NewsDoc) {
      const body: Span[] = doc.data.clean?.body ?? [];
      doc.data.seen = {
        paragraphs: body.length,
        sentences: doc.data.sentences?.length ?? 0,
        characters: body.reduce((sum, [s, e]) => sum + e - s, 0),
        longest: Math.max(0, ...body.map(([s, e]) => e - s)),
      };
    },
  },
]);

test('16,000 "X says:" lines: extraction reads a bounded part, the document keeps its body and says so', () => {
  const text = Array.from({ length: 16_000 }, (_, i) => (i % 2 ? 'John says:' : `Comment number ${i} says the harbour should reopen soon.`)).join('\n\n');
  const doc = prepared(text);
  recording!.run(doc);
  const seen = doc.data.seen!;
  assert.ok(seen.paragraphs <= DOCUMENT_BUDGET.paragraphs && seen.characters <= DOCUMENT_BUDGET.characters, JSON.stringify(seen));
  assert.ok(seen.paragraphs > 0);
  assert.equal(doc.data.clean!.body.length + doc.data.clean!.comments.length > seen.paragraphs, true, 'the document itself is not cut');
  assert.match(doc.messages.map((m) => m.message).join(' '), /over the analysis budget/);
});

test('a 300 KB single-line dateline flood is read in pieces of bounded length', () => {
  const text = 'PARIS, Jan 17 (Reuters) - The harbour closed. '.repeat(6_500);
  const doc = prepared(text);
  recording!.run(doc);
  const seen = doc.data.seen!;
  assert.ok(seen.longest <= DOCUMENT_BUDGET.paragraphCharacters, JSON.stringify(seen));
  assert.ok(seen.characters <= DOCUMENT_BUDGET.characters && seen.characters > DOCUMENT_BUDGET.characters / 2, JSON.stringify(seen));
  assert.equal(doc.data.clean!.body.length, 1, 'the body is still one paragraph');
});

test('a document within the budget is given to the stages as it is, without a message', () => {
  const doc = prepared('The harbour closed on Monday after the storm, officials said.\n\nIt reopened on Wednesday.');
  recording!.run(doc);
  assert.deepEqual(doc.data.seen, { paragraphs: 2, sentences: 2, characters: 86, longest: 61 });
  assert.deepEqual(doc.messages, []);
});

test('a stage that spends its time stops where it is, says so, and the stages after it read the text before that point', () => {
  const doc = prepared(Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} says the harbour reopened.`).join('\n\n'));
  const paragraphs = doc.data.clean!.body;
  let clock = 0;
  const read: Span[] = [];
  const [slow, after] = withinBudget(
    [
      {
        name: 'slow',
        run(view: NewsDoc) {
          for (const span of view.data.clean!.body) {
            if (outOfTime(view, span[0])) break;
            read.push(span);
            clock += 10;
          }
        },
      },
      recording!,
    ],
    { ...DOCUMENT_BUDGET, stageMilliseconds: 25 },
    () => clock,
  );
  slow!.run(doc);
  after!.run(doc);
  // Three paragraphs take 30 ms: the fourth is not read, by this stage nor by the one after it.
  assert.deepEqual(read, paragraphs.slice(0, 3));
  assert.equal(doc.data.seen!.paragraphs, 3);
  assert.equal(doc.data.seen!.sentences, 3);
  assert.equal(doc.data.clean!.body.length, 6, 'the document itself is not cut');
  assert.deepEqual(
    doc.messages.map((m) => m.message),
    [`stage slow stopped at character ${paragraphs[3]![0]} of ${doc.text.length}: it had spent its time on this document (25 ms); the stages after it read the text before that point`],
  );
  assert.equal(doc.data.timer, undefined, 'no timer is left on the document');
});

test('every extraction stage stops when its time is spent, and finds what it finds with time left', async () => {
  const text = [
    'Harbour plan approved',
    'President Joe Biden said on Monday, March 1, 2021, that the plan would cost $2 trillion, Reuters reported.',
    '"We will build it," Biden told reporters in Washington, the capital.',
  ].join('\n\n');
  const record = { id: 'x', source: 'x.txt', line: null, format: 'text' as const, content: text, meta: {}, hash: 'x' };
  const prepare = await createAnalyzer({ extraction: false });
  const slots = { 'find-citations': 'citations', 'extract-mentions': 'mentions', 'extract-descriptors': 'descriptors', 'extract-quotes': 'quotes', 'extract-dates': 'dates', 'extract-quantities': 'quantities' } as const;
  const stages = [createFindCitations(), createExtractMentions(), createExtractDescriptors(), createExtractQuotes(), createExtractDates(), createExtractQuantities()];
  const full = prepare(record);
  for (const stage of withinBudget(stages)) stage.run(full);
  for (const [index, stage] of stages.entries()) {
    const slot = slots[stage.name as keyof typeof slots];
    assert.ok((full.data[slot]?.length ?? 0) > 0, `${stage.name} finds something in time`);
    // The same document up to this stage (the stages before it done in time), then this stage with no time at all.
    const doc = prepare(record);
    for (const before of withinBudget(stages.slice(0, index))) before.run(doc);
    withinBudget([stage], { ...DOCUMENT_BUDGET, stageMilliseconds: 0 })[0]!.run(doc);
    assert.deepEqual(doc.data[slot], [], `${stage.name} stops at once`);
    assert.match(doc.messages.map((m) => m.message).join(' '), new RegExp(`stage ${stage.name} stopped at character \\d+`));
  }
});
