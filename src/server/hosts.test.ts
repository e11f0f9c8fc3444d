import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { test } from 'node:test';
import { allowedHosts, hostName } from './hosts.js';

test('a Host header is read without its port, lower-cased, IPv6 in brackets', () => {
  assert.equal(hostName('LocalHost:4300'), 'localhost');
  assert.equal(hostName('[::1]:4300'), '[::1]');
  assert.equal(hostName('::1'), '[::1]');
  assert.equal(hostName('evil.example.'), 'evil.example');
  assert.equal(hostName(''), null);
  assert.equal(hostName('[]'), null);
});

test('loopback answers for loopback names only; a wildcard bind for the machine too; configured names are added', () => {
  assert.deepEqual(allowedHosts('127.0.0.1'), ['127.0.0.1', 'localhost', '[::1]']);
  assert.deepEqual(allowedHosts('::1'), ['127.0.0.1', 'localhost', '[::1]']);
  assert.deepEqual(allowedHosts('192.168.1.20', ['News.Example:443']), ['192.168.1.20', 'news.example']);
  const wildcard = allowedHosts('0.0.0.0');
  assert.ok(wildcard.includes('localhost') && wildcard.includes(hostname().toLowerCase()));
  assert.ok(wildcard.includes('127.0.0.1') && wildcard.includes('[::1]'));
});
