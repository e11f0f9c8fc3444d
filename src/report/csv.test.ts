import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { analysePaths, repoRoot, tempDir } from '../test-support.js';
import { renderCsvFiles, toCsv } from './csv.js';

/** A strict RFC 4180 reader, written apart from the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let at = 0;
  while (at < text.length) {
    if (text[at] === '"' && field === '') {
      let end = at + 1;
      for (;;) {
        const next = text.indexOf('"', end);
        assert.ok(next >= 0, 'a quoted field is closed');
        if (text[next + 1] === '"') {
          field += text.slice(end, next + 1);
          end = next + 2;
        } else {
          field += text.slice(end, next);
          at = next + 1;
          break;
        }
      }
      assert.ok(text[at] === ',' || text.startsWith('\r\n', at), `a quoted field ends at a separator (offset ${at})`);
    } else if (text[at] === ',') {
      row.push(field);
      field = '';
      at++;
    } else if (text.startsWith('\r\n', at)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      at += 2;
    } else {
      assert.ok(!'"\r\n'.includes(text[at]!), `a bare quote or line break outside quotes at ${at}`);
      field += text[at];
      at++;
    }
  }
  assert.equal(field + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

test('hostile cells survive a round trip: commas, quotes, line breaks; formulas are neutralised', () => {
  const hostile = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\tleading tab', 'a, b and "c"', 'two\r\nlines\nand\rthree', 'plain', ''];
  const rows = parseCsv(toCsv(['cell', 'n'], hostile.map((cell, i) => [cell, String(i)])));
  assert.deepEqual(rows[0], ['cell', 'n']);
  assert.equal(rows.length, hostile.length + 1);
  rows.slice(1).forEach(([cell, n], i) => {
    assert.equal(n, String(i));
    const original = hostile[i]!;
    if (/^[=+\-@\t\r]/.test(original)) assert.equal(cell, `'${original}`, 'a formula starts with an apostrophe');
    else assert.equal(cell, original);
  });
});

test('the CSV files of the hostile fixtures parse, one row per item with document ids and evidence', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'formula.txt'), 'Port reopens after storm\n\n"=SUM(A1:A9) was painted on the harbour wall overnight, and nobody knows why," the harbour master Anna Berg said on Monday.\n\n"-5 degrees, and rising," Berg told reporters at the port of Sinop.');
  const dossier = await analysePaths([join(repoRoot, 'test', 'fixtures', 'hostile'), dir]);
  const files = new Map(renderCsvFiles(dossier).map((f) => [f.file, parseCsv(f.content)]));
  assert.deepEqual([...files.keys()], ['claims.csv', 'quotes.csv', 'entities.csv', 'framing.csv']);
  const counts = { 'claims.csv': dossier.claims.length, 'quotes.csv': dossier.quotes.length, 'entities.csv': dossier.entities.length, 'framing.csv': dossier.framing.length };
  for (const [file, rows] of files) {
    assert.equal(rows.length - 1, counts[file as keyof typeof counts], `${file}: one row per item`);
    for (const row of rows) assert.equal(row.length, rows[0]!.length, `${file}: every row has every column`);
    for (const row of rows.slice(1)) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `${file}: no cell starts a formula`);
  }
  const quotes = files.get('quotes.csv')!;
  assert.ok(quotes.length > 1, 'the fixtures hold quotes');
  const ids = new Set(dossier.documents.map((d) => d.id));
  for (const row of quotes.slice(1)) assert.ok(ids.has(row[1]!), `quote document ${row[1]}`);
  const texts = quotes.slice(1).map((row) => row[5]);
  assert.ok(texts.some((t) => t!.startsWith("'=SUM(A1:A9)")) && texts.some((t) => t!.startsWith("'-5 degrees")), texts.join(' | '));
  assert.deepEqual(texts, (dossier.quotes as Array<{ text: string }>).map((q) => (/^[=+\-@\t\r]/.test(q.text) ? `'${q.text}` : q.text)));
});
