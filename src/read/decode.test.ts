import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';

const russian = 'Протесты в Казахстане начались в воскресенье, 2 января, из-за роста цен на газ.';
const french = 'Le président a déclaré que la sécurité était rétablie à Almaty après des émeutes.';

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const result = decodeBytes(bytes);
  if (!result.ok) assert.fail(`expected text, got: ${result.message}`);
  return { text: result.text, encoding: result.encoding };
}

test('UTF-8 with and without BOM decodes to the same text', () => {
  const plain = Buffer.from(russian, 'utf8');
  assert.equal(decoded(plain).text, russian);
  assert.equal(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain])).text, russian);
});

test('UTF-16 with a BOM decodes in both byte orders', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(russian, 'utf-16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(russian, 'utf-16be')]);
  assert.deepEqual(decoded(le), { text: russian, encoding: 'utf-16le' });
  assert.deepEqual(decoded(be), { text: russian, encoding: 'utf-16be' });
});

test('Windows-1251, KOI8-R and Windows-1252 are told apart', () => {
  assert.deepEqual(decoded(iconv.encode(russian, 'windows-1251')), { text: russian, encoding: 'windows-1251' });
  assert.deepEqual(decoded(iconv.encode(russian, 'koi8-r')), { text: russian, encoding: 'koi8-r' });
  assert.deepEqual(decoded(iconv.encode(french, 'windows-1252')), { text: french, encoding: 'windows-1252' });
});

test('a charset declared by the page is used when the bytes are not UTF-8', () => {
  const result = decodeBytes(iconv.encode(russian, 'koi8-r'), 'koi8-r');
  assert.ok(result.ok && result.text === russian);
});

test('empty, binary and undecodable input get messages a user can act on', () => {
  const empty = decodeBytes(new Uint8Array());
  assert.ok(!empty.ok && empty.message.includes('empty'));
  const pdf = decodeBytes(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
  assert.ok(!pdf.ok && pdf.message.includes('PDF'));
  const nul = decodeBytes(Buffer.from([0x41, 0x00, 0x42, 0x43]));
  assert.ok(!nul.ok && nul.message.includes('NUL'));
  const garbage = decodeBytes(Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 7) % 32))));
  assert.ok(!garbage.ok && garbage.message.includes('UTF-8'), JSON.stringify(garbage));
});

test('UTF-8 with a few stray bytes is read as UTF-8 with replacement characters and a warning', () => {
  const bytes = Buffer.concat([Buffer.from(`${russian} `, 'utf8'), Buffer.from([0x93]), Buffer.from(` ${french}`, 'utf8')]);
  const declared = decodeBytes(bytes, 'utf-8');
  assert.ok(declared.ok, JSON.stringify(declared));
  assert.equal(declared.text, `${russian} \ufffd ${french}`);
  assert.equal(declared.encoding, 'utf-8');
  assert.match(declared.warning ?? '', /1 byte sequence is not valid UTF-8/);
  const undeclared = decodeBytes(bytes);
  assert.ok(undeclared.ok && undeclared.encoding === 'utf-8' && undeclared.warning);
});

test('a Windows-1252 page that declares UTF-8 is still read as Windows-1252', () => {
  const result = decodeBytes(iconv.encode(french, 'windows-1252'), 'utf-8');
  assert.ok(result.ok && result.text === french && result.encoding === 'windows-1252' && !result.warning);
});
