import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FLOOD_PIECES } from '../bench/fuzz-inputs.js';
import type { NewsDoc } from '../doc/news-doc.js';
import { readBytes } from '../read/read-inputs.js';
import type { ReadResult } from '../read/read-inputs.js';
import { createAnalyzer } from './analyze.js';
import { boundedView, DOCUMENT_BUDGET } from './budget.js';

/** Size of each flood (unit: bytes): past every limit of the budget and of the article search, small enough for a test. */
const FLOOD_BYTES = 60_000;

/** Characters and paragraphs that extraction is given of a document. */
function extractionReads(doc: NewsDoc): { characters: number; paragraphs: number } {
  const clean = (boundedView(doc, DOCUMENT_BUDGET) ?? doc).data.clean!;
  return { characters: clean.body.reduce((sum, [s, e]) => sum + e - s, 0), paragraphs: clean.body.length };
}

test('every flood shape once super-linear, as text and as HTML, gives a document read within the budget, never a silent drop', async () => {
  const analyze = await createAnalyzer();
  for (const piece of FLOOD_PIECES) {
    const body = piece.repeat(Math.ceil(FLOOD_BYTES / piece.length));
    for (const [name, content] of [['flood.txt', body], ['flood.html', `<html><body><p>${body}</p></body></html>`]] as const) {
      const read: ReadResult = { records: [], errors: [] };
      readBytes(Buffer.from(content, 'utf8'), name, read);
      assert.equal(read.records.length + read.errors.length > 0, true, `${JSON.stringify(piece)} in ${name}: neither a document nor a message`);
      for (const record of read.records) {
        const doc = analyze(record);
        const label = `${JSON.stringify(piece)} in ${name}`;
        assert.equal(doc.messages.find((m) => /stage \S+ failed/.test(m.message)), undefined, `${label}: a stage failed`);
        assert.ok((doc.data.clean?.body.length ?? 0) > 0 || doc.messages.length > 0 || !/[\p{L}\p{N}]/u.test(doc.text), `${label}: no body and no message`);
        const reads = extractionReads(doc);
        assert.ok(reads.characters <= DOCUMENT_BUDGET.characters && reads.paragraphs <= DOCUMENT_BUDGET.paragraphs, `${label}: extraction read ${reads.characters} characters in ${reads.paragraphs} paragraphs`);
      }
    }
  }
});
