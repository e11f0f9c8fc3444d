import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { decodeRegroupSource, encodeRegroupSource } from './stored-features.js';

const source = {
  language: 'ru',
  published: '2022-01-05',
  features: [
    { key: 'w:наводнение', count: 3, scale: 1, portable: false },
    { key: 'e:mrkl', count: 1, scale: 1.5, portable: true },
    { key: 'n:100', count: 2, scale: 0.25, portable: true },
    { key: 'c:koord', count: 1, scale: 0.5, portable: true },
  ],
};

test('what regrouping reads of a document comes back from its row as it was, and smaller', () => {
  const bytes = encodeRegroupSource(source);
  assert.deepEqual(decodeRegroupSource(bytes), source);
  assert.deepEqual(decodeRegroupSource(encodeRegroupSource({ language: null, published: null, features: [] })), { language: null, published: null, features: [] });
  const many = { ...source, features: Array.from({ length: 200 }, (_, i) => ({ key: `w:word${i}`, count: 1 + (i % 3), scale: 1, portable: false })) };
  assert.ok(encodeRegroupSource(many).length < JSON.stringify(many).length / 2);
});

test('a row that is not one (damaged bytes, other JSON, a feature of the wrong shape) reads as null', () => {
  const rows = [
    new Uint8Array([1, 2, 3, 4]),
    deflateRawSync('[1, 2]'),
    deflateRawSync('{"language": "en", "published": null, "features": [["w:a", 1, 1]]}'),
    deflateRawSync('{"language": "en", "published": null, "features": [["w:a", "1", 1, 0]]}'),
    deflateRawSync('{"language": 5, "published": null, "features": []}'),
  ];
  for (const row of rows) assert.equal(decodeRegroupSource(row), null);
});
