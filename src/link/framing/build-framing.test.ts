import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Span } from '../../doc/news-doc.js';
import { buildFraming } from './build-framing.js';

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return [start, start + part.length];
}

test('framing: descriptors, speech verbs and hedges per actor and document', () => {
  const en = 'The so-called People’s Front held a rally. Mr Novak claimed that the vote was rigged, the fugitive tycoon added.';
  const fr = 'Le soi-disant Front populaire a manifesté. M. Novak a affirmé que le vote était truqué.';
  const sources = [
    { id: 'a', text: en, language: 'en', sentences: [spanOf(en, 'The so-called People’s Front held a rally.'), spanOf(en, 'Mr Novak claimed that the vote was rigged, the fugitive tycoon added.')] },
    { id: 'b', text: fr, language: 'fr', sentences: [spanOf(fr, 'Le soi-disant Front populaire a manifesté.'), spanOf(fr, 'M. Novak a affirmé que le vote était truqué.')] },
  ];
  const entities = [
    { id: 'e1', mentions: [{ doc: 'a', span: spanOf(en, 'Novak'), inComments: false }, { doc: 'b', span: spanOf(fr, 'Novak'), inComments: false }], descriptors: [{ doc: 'a', span: spanOf(en, 'fugitive tycoon'), text: 'fugitive tycoon' }] },
    { id: 'e2', mentions: [{ doc: 'a', span: spanOf(en, 'People’s Front'), inComments: false }, { doc: 'b', span: spanOf(fr, 'Front populaire'), inComments: false }], descriptors: [] },
  ];
  const quotes = [
    { doc: 'a', span: spanOf(en, 'the vote was rigged'), speaker: 'e1', speakerSpan: spanOf(en, 'Novak'), inComments: false },
    { doc: 'b', span: spanOf(fr, 'le vote était truqué'), speaker: 'e1', speakerSpan: spanOf(fr, 'Novak'), inComments: false },
  ];
  const rows = buildFraming(sources, entities, quotes);
  const get = (entity: string, doc: string) => rows.find((r) => r.entity === entity && r.doc === doc);
  assert.deepEqual(get('e1', 'a')?.descriptors.map((d) => d.text), ['fugitive tycoon']);
  assert.deepEqual(get('e1', 'a')?.verbs.map((v) => v.text), ['claimed']);
  assert.deepEqual(get('e1', 'b')?.verbs.map((v) => v.text), ['a affirmé']);
  assert.deepEqual(get('e2', 'a')?.hedges.map((h) => h.text), ['so-called']);
  assert.deepEqual(get('e2', 'b')?.hedges.map((h) => h.text), ['soi-disant']);
  const [s, e] = get('e2', 'b')!.hedges[0]!.span;
  assert.equal(fr.slice(s, e), 'soi-disant');
});

test('framing: text past the last quote and mention (beyond what was analysed) changes nothing', () => {
  const head = 'The so-called People’s Front held a rally. Mr Novak claimed that the vote was rigged.';
  const tail = ' Allegedly, reportedly, the so-called crowd claimed and stated.'.repeat(20_000);
  const rowsOf = (text: string) => {
    const sentences = [spanOf(text, 'The so-called People’s Front held a rally.'), spanOf(text, 'Mr Novak claimed that the vote was rigged.'), [head.length, text.length] as Span];
    const entities = [
      { id: 'e1', mentions: [{ doc: 'a', span: spanOf(text, 'Novak'), inComments: false }], descriptors: [] },
      { id: 'e2', mentions: [{ doc: 'a', span: spanOf(text, 'People’s Front'), inComments: false }], descriptors: [] },
    ];
    const quotes = [{ doc: 'a', span: spanOf(text, 'the vote was rigged'), speaker: 'e1', speakerSpan: spanOf(text, 'Novak'), inComments: false }];
    return buildFraming([{ id: 'a', text, language: 'en', sentences }], entities, quotes);
  };
  const short = rowsOf(head);
  assert.deepEqual(short.find((r) => r.entity === 'e2')?.hedges.map((h) => h.text), ['so-called']);
  assert.deepEqual(rowsOf(head + tail), short);
});
