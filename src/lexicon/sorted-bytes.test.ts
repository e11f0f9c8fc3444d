import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { LEXICON_DIR, readTableBytes } from './data-files.js';
import { byteOrder, lineAt, SortedBytes } from './sorted-bytes.js';
import { SortedLines } from './sorted-lines.js';

/** A table in both forms, from its lines. */
function tables(lines: readonly string[]): [SortedBytes, SortedLines] {
  const text = lines.join('\n');
  return [new SortedBytes(Buffer.from(text, 'utf8')), new SortedLines(text)];
}

test('SortedBytes finds every key of a sorted table with its value decoded, and only those', () => {
  const keys = ['', 'Ab', 'a', 'ab', 'abc', 'b', 'ba', 'zz', 'é', 'éa', 'судно', 'судно_x'];
  const [bytes] = tables(keys.map((key, i) => (i === 3 ? key : `${key}\tзначение ${i} x`)));
  keys.forEach((key, i) => assert.equal(bytes.get(key), i === 3 ? '' : `значение ${i} x`, key));
  for (const missing of ['A', 'aa', 'abcd', 'c', 'zzz', 'судн', 'e', 'é\t', '\ud800', 'a\udc00']) assert.equal(bytes.get(missing), undefined, missing);
  assert.equal(new SortedBytes(Buffer.alloc(0)).get('haus'), undefined);
  assert.equal(new SortedBytes(Buffer.from('haus\tflags\tnoun\nschiff\tS\n')).get('haus'), 'flags\tnoun');
});

test('SortedBytes answers as SortedLines does over lines of uneven length', () => {
  const keys = Array.from({ length: 2_000 }, (_, i) => `${i % 3 === 0 ? 'ü' : 'k'}${((i * 7919) % 2_000).toString(36)}`).sort();
  const [bytes, text] = tables(keys.map((key, i) => `${key}\t${'ß'.repeat(1 + ((i * 37) % 300))}`));
  for (const key of keys.flatMap((key) => [key, `${key}0`, key.slice(0, -1), key.toUpperCase()])) assert.equal(bytes.get(key), text.get(key), key);
});

test('byteOrder sorts by code point where code units disagree, and SortedBytes finds every key of a table so sorted', () => {
  // U+10000 is written with a surrogate (D800) that sorts before U+FFFD as code units, after it as UTF-8 (F0 > EF).
  const keys = ['z', '\ufffd', '\u{10000}', 'a', 'ÿ', '\u{1f600}x', 'ﬀ'].sort(byteOrder);
  assert.deepEqual(keys, ['a', 'z', 'ÿ', 'ﬀ', '\ufffd', '\u{10000}', '\u{1f600}x']);
  assert.ok(['\ufffd', '\u{10000}'].sort()[0] === '\u{10000}', 'code-unit order differs here');
  const [bytes] = tables(keys.map((key, i) => `${key}\t${i}`));
  keys.forEach((key, i) => assert.equal(bytes.get(key), String(i), key));
});

test('lineAt decodes the one line that starts at an offset, the last one without a newline', () => {
  const text = Buffer.from('gn:1\tКиїв\tcity\t1\niso:DE\tGermany\tcountry\t1', 'utf8');
  assert.equal(lineAt(text, 0), 'gn:1\tКиїв\tcity\t1');
  const second = text.indexOf(0x0a) + 1;
  assert.equal(lineAt(text, second), 'iso:DE\tGermany\tcountry\t1');
});

test('every concept file holds no character beyond U+FFFF, so its byte order is its code-unit order, and is read alike as bytes and as text', () => {
  const files = readdirSync(new URL('concepts/', LEXICON_DIR)).filter((name) => name.endsWith('.tsv.gz'));
  assert.ok(files.length >= 6, files.join(', '));
  for (const name of files) {
    const raw = readTableBytes(`concepts/${name}`)!;
    const text = raw.toString('utf8');
    // Beyond U+FFFF, byte order and code-unit order part; U+FFFD would mark bytes that are not UTF-8.
    assert.doesNotMatch(text, /[\u{10000}-\u{10ffff}\ufffd]|\p{Surrogate}/u, name);
    const [bytes, lines] = [new SortedBytes(raw), new SortedLines(text)];
    const keys = text.split('\n').filter((_, i) => i % 97 === 0).map((line) => line.split('\t')[0]!);
    for (const key of keys) {
      assert.notEqual(bytes.get(key), undefined, `${name}: ${key}`);
      assert.equal(bytes.get(key), lines.get(key), `${name}: ${key}`);
      assert.equal(bytes.get(`${key}~`), lines.get(`${key}~`), `${name}: ${key}~`);
    }
  }
});
