import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languages } from '../../lang/index.js';
import { openingsOf, phrasesOf } from './phrases.js';

test('phrases match whatever the case of the line, and rest() gives what follows in the original case', () => {
  const republished = phrasesOf('republished');
  assert.equal(republished.rest('REPOSTED FROM Riverside Wire'), 'Riverside Wire');
  assert.equal(republished.rest('  Reposted from  Riverside Wire '), 'Riverside Wire');
  const form = phrasesOf('form');
  assert.ok(form.test('LEAVE A REPLY'));
  assert.ok(form.test('leave a reply'));
  assert.ok(!form.test('Leave a replyfor later'));
  assert.ok(!phrasesOf('related').test('The president said on Tuesday that the measures would continue.'));
});

test('a line whose lower case is longer than itself is matched case-insensitively, with rest() at the right place', () => {
  // "İ" lowers to two code units: the line cannot be matched lower-cased in place.
  const related = phrasesOf('related');
  assert.ok(related.test('READ ALSO: İstanbul talks resume'));
  assert.equal(phrasesOf('republished').rest('REPOSTED FROM İstanbul Wire'), 'İstanbul Wire');
});

test('pattern phrases in the tables are lower-case, as they are matched against lower-cased lines', () => {
  for (const table of languages) {
    for (const [kind, phrases] of Object.entries(table.boilerplate)) {
      for (const phrase of phrases) {
        if (typeof phrase === 'string') continue;
        // Escapes such as \p{L}, \S, \b are not letters of the phrase.
        const letters = phrase.source.replace(/\\p\{\w+\}/g, '').replace(/\\[A-Za-z]/g, '');
        assert.ok(!/\p{Lu}/u.test(letters), `${kind}: ${phrase.source}`);
      }
    }
  }
});

test('a phrase opens with the characters its source tells, or with any when it cannot tell', () => {
  const openings = (phrase: string | RegExp) => {
    const found = openingsOf(phrase);
    return found ? [...found].sort().join('') : null;
  };
  assert.equal(openings('Leave a Reply'), 'l');
  assert.equal(openings(/^(read|see) (also|more)\b/), 'rs');
  assert.equal(openings(/^(?:\(c\)|©|copyright\b)/), '(c©');
  assert.equal(openings(/^\d+ (comments?|replies)\b/), '0123456789');
  // An optional first part lets what follows open too.
  assert.equal(openings(/^(jetzt )?(kostenlos(en)? )?newsletter abonnieren/), 'jkn');
  assert.equal(openings(/^¡?mira lo que/), 'm¡');
  // Classes, dots, lookarounds and counted repeats are not read.
  assert.equal(openings(/^[abc]x/), null);
  assert.equal(openings(/^.x/), null);
  assert.equal(openings(/^(?!no)x/), null);
  assert.equal(openings(/^a{0,2}b/), null);
  assert.equal(openings(/^(a|)b/), null);
});

test('phrases that share an opening are each found, and a line that opens like one but says something else is not', () => {
  const related = phrasesOf('related');
  assert.ok(related.test('Read also: the talks resume'));
  assert.ok(related.test('See more: the talks resume'));
  assert.ok(related.test('Lesen Sie auch: Mehr'));
  assert.ok(!related.test('Reading the talks, officials said little.'));
});
