import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashRecord } from '../read/read-inputs.js';
import type { RawRecord } from '../read/read-inputs.js';
import type { DocFormat, InputMeta } from '../doc/news-doc.js';
import { languageHint } from './language-hint.js';

const record = (content: string, format: DocFormat = 'text', meta: InputMeta = {}): RawRecord => ({ id: 'x', source: 'x', line: null, format, content, meta, hash: hashRecord(format, content, meta) });

test('a record is hinted the language whose function words its first sentences hold most', () => {
  assert.equal(languageHint(record('Die Regierung hat am Montag in Berlin beschlossen, dass die Schulen wieder öffnen.')), 'de');
  assert.equal(languageHint(record('Le gouvernement a décidé lundi que les écoles et les crèches rouvriront dans la région.')), 'fr');
  assert.equal(languageHint(record('The government decided on Monday that the schools in the region would open again.')), 'en');
  assert.equal(languageHint(record('Правительство в понедельник решило, что школы и детские сады снова откроются. Об этом сообщил он сегодня, после встречи с мэром.')), 'ru');
  assert.equal(languageHint(record('Уряд у понеділок вирішив, що школи та садки знову відкриються після карантину. Про це він повідомив сьогодні.')), 'uk');
});

test('a page is hinted by its text, not its markup; a declared language wins; too little text gives none', () => {
  const page = `<html><head><title>x</title><script>var the = "the the the the";</script><style>.a{}</style></head><body><nav>Home</nav><p>Die Regierung hat am Montag in Berlin beschlossen, dass die Schulen wieder öffnen.</p></body></html>`;
  assert.equal(languageHint(record(page, 'html')), 'de');
  // A page's html element may say its language.
  assert.equal(languageHint(record('<!doctype html><html class="x" lang="fr-FR"><body><p>The government decided on Monday.</p></body></html>', 'html')), 'fr');
  assert.equal(languageHint(record('The government decided on Monday that the schools would open.', 'json', { language: 'ES' })), 'es');
  assert.equal(languageHint(record('Berlin, Paris, London')), null);
});
