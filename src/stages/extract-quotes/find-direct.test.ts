import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lexiconFor } from '../extract-entities/lexicon.js';
import { findDirectQuotes } from './find-direct.js';

const quotes = (text: string, language = 'en') =>
  findDirectQuotes(text, [0, text.length], lexiconFor(language))
    .filter((q) => !q.short)
    .map((q) => text.slice(q.span[0], q.span[1]));
const short = (text: string) => findDirectQuotes(text, [0, text.length], lexiconFor('en')).filter((q) => q.short).map((q) => text.slice(q.span[0], q.span[1]));

test('nested quotations stay inside the outer one', () => {
  assert.deepEqual(quotes('“Our headquarters — it was called the “Coordinating Headquarters” — is located in Kiev,” the banker said.'), [
    'Our headquarters — it was called the “Coordinating Headquarters” — is located in Kiev',
  ]);
  assert.deepEqual(quotes('"We called for occupying buildings. In Russian there is a (word) "knock". To occupy is to fill oneself", he said.'), [
    'We called for occupying buildings. In Russian there is a (word) "knock". To occupy is to fill oneself',
  ]);
});

test('guillemets, German marks and dialogue dashes are quotations; scare quotes are not', () => {
  assert.deepEqual(quotes('« Notre siège est situé à Kiev » , a déclaré Ablyazov.', 'fr'), ['Notre siège est situé à Kiev']);
  assert.deepEqual(quotes('„Das Schiff hat die Steuerung verloren“, sagte er.', 'de'), ['Das Schiff hat die Steuerung verloren']);
  assert.deepEqual(quotes('— Судно потеряло управление у берега, — заявил он.', 'ru'), ['Судно потеряло управление у берега,'].map((q) => q.replace(/,$/, '')));
  assert.deepEqual(quotes('He was called the country\'s "opposition leader" by the station.'), []);
});

test('a quotation left open runs to the paragraph end', () => {
  assert.deepEqual(quotes('He said: “We will rebuild the port and reopen it to every ship'), ['We will rebuild the port and reopen it to every ship']);
});

test("newspaper-archive ''…'' marks and single ‘…’ marks are quotations, apostrophes are not", () => {
  assert.deepEqual(quotes("''We finally may be seeing some wage acceleration,'' the economist wrote on his blog."), ['We finally may be seeing some wage acceleration']);
  assert.deepEqual(quotes('The senator said ‘we won’t back down on this,’ and left the economists’ meeting.'), ['we won’t back down on this']);
  assert.deepEqual(quotes("The economists' forecast and Trump's plan were not quoted."), []);
});

test('quotations under four words are kept but marked short', () => {
  assert.deepEqual(short('Clinton called the charge “pathetic” and “dangerous” on Twitter.'), ['pathetic', 'dangerous']);
  assert.deepEqual(quotes('Clinton called the charge “pathetic” and “dangerous” on Twitter.'), []);
});
