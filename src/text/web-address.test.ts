import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressLine, hostOf } from './web-address.js';

test('a line that is one web address gives the address, without the punctuation after it; a line with other words gives none', () => {
  assert.equal(addressLine('http://www.bbc.co.uk/news/uk-england-somerset-23419896'), 'http://www.bbc.co.uk/news/uk-england-somerset-23419896');
  assert.equal(addressLine('  <www.example.org/harbour/closed>  '), 'www.example.org/harbour/closed');
  assert.equal(addressLine('https://example.org/a?b=1.'), 'https://example.org/a?b=1');
  assert.equal(addressLine('Read more at http://example.org/a'), null);
  assert.equal(addressLine('http://example.org/a and more'), null);
  assert.equal(addressLine('The harbour stayed closed.'), null);
});

test("an address's site is its host without www., with or without the scheme written", () => {
  assert.equal(hostOf('https://www.ria.ru/2022/01/18/a.html'), 'ria.ru');
  assert.equal(hostOf('www.thenational.ae/news/world'), 'thenational.ae');
  assert.equal(hostOf('HTTP://Voices.Yahoo.com/a'), 'voices.yahoo.com');
  assert.equal(hostOf('http://exa mple.org'), null);
  assert.equal(hostOf(null), null);
});
