import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../pipeline/analyze.js';
import { hashRecord } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import type { InputMeta } from '../doc/news-doc.js';
import { toAnalysis } from './document.js';

const body = 'Firefighters in Wellington fought a blaze at the supermarket for six hours on Sunday, and the store stays shut this week.';
const record = (content: string, meta: InputMeta = {}): RawRecord => ({ id: 'a', source: 'a.txt', line: null, format: 'text', content, meta, hash: hashRecord('text', content, meta) });

test("a plain text's outlet is the site of the address heading it, unless the record names its own", async () => {
  const analyze = await createAnalyzer();
  const text = ['http://www.bbc.co.uk/news/uk-england-somerset-23419896', 'Supermarket fire: man denies arson', body].join('\n');
  const analysis = toAnalysis(analyze(record(text)));
  assert.equal(analysis.outlet, 'bbc.co.uk');
  assert.equal(analysis.title, 'Supermarket fire: man denies arson');
  assert.equal(toAnalysis(analyze(record(text, { outlet: 'Somerset Gazette' }))).outlet, 'Somerset Gazette');
  assert.equal(toAnalysis(analyze(record(text, { url: 'https://www.example.org/a' }))).outlet, 'example.org');
  assert.equal(toAnalysis(analyze(record(body))).outlet, null);
});
