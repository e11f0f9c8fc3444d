import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNewsDoc } from '../doc/news-doc.js';
import type { NewsDoc, Span } from '../doc/news-doc.js';
import { cleanText } from '../stages/clean/clean.js';
import { sentenceSpans } from '../stages/segment/segment.js';
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
