import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { openSqliteStore } from '../store/sqlite.js';
import { repoRoot } from '../test-support.js';
import { createApp } from './app.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'two-stories', 'articles');
const upload = (names: string[]) => ({ articles: names.map((name) => ({ name, content: readFileSync(join(fixture, name), 'utf8') })) });
const post = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

test('API: ingest articles, list and search them, list stories and read one story\'s dossier', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, token: null });
  const ingested = await app.request('/api/articles', post(upload(['a1-flood-wire-en.txt', 'a4-flood-repost-en.txt', 'b1-strike-es.txt'])));
  assert.equal(ingested.status, 200);
  const result = (await ingested.json()) as { documents: Array<{ id: string; hash: string; story: string }>; errors: unknown[] };
  assert.deepEqual(result.documents.map((d) => d.id), ['a1-flood-wire-en', 'a4-flood-repost-en', 'b1-strike-es']);
  assert.equal(result.documents[0]!.story, result.documents[1]!.story, 'the repost joins its original');
  assert.notEqual(result.documents[0]!.story, result.documents[2]!.story);

  const list = (await (await app.request('/api/documents?limit=2')).json()) as { total: number; documents: unknown[] };
  assert.equal(list.total, 3);
  assert.equal(list.documents.length, 2);
  const search = (await (await app.request('/api/documents?q=huelga%20Sagunto')).json()) as { total: number; documents: Array<{ id: string; snippet: string }> };
  assert.deepEqual(search.documents.map((d) => d.id), ['b1-strike-es']);
  assert.match(search.documents[0]!.snippet, /Sagunto/);

  const stories = (await (await app.request('/api/stories')).json()) as { stories: Array<{ id: string; title: string; documents: number }> };
  assert.deepEqual(stories.stories.map((s) => s.documents), [2, 1]);
  const dossier = (await (await app.request(`/api/stories/${stories.stories[0]!.id}`)).json()) as { documents: Array<{ id: string }>; relations: Array<{ type: string; from: string; to: string }> };
  assert.deepEqual(dossier.documents.map((d) => d.id).sort(), ['a1-flood-wire-en', 'a4-flood-repost-en']);
  assert.deepEqual(dossier.relations.map((r) => [r.type, r.from, r.to]), [['copy', 'a4-flood-repost-en', 'a1-flood-wire-en']]);
  const sliced = await app.request(`/api/stories/${stories.stories[0]!.id}?limit=1`);
  assert.equal(sliced.headers.get('x-triangulate-documents'), '1 of 2');
  assert.equal(((await sliced.json()) as { documents: unknown[] }).documents.length, 1);
  const missing = await app.request('/api/stories/s999');
  assert.equal(missing.status, 404);
  assert.match(((await missing.json()) as { error: string }).error, /no story s999/);
  store.close();
});

test('API: raw uploads are read like files (Windows-1251, broken JSONL lines), with the same messages', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, token: null });
  const text = 'Порт Новороссийска закрыт\n\nДвижение судов через порт Новороссийска приостановлено в понедельник из-за шторма, сообщили в администрации порта.';
  const raw = await app.request('/api/articles?name=novorossiysk.txt', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: iconv.encode(text, 'win1251') });
  const body = (await raw.json()) as { documents: Array<{ hash: string }> };
  assert.equal(raw.status, 200);
  assert.match((await (await app.request(`/api/documents/${body.documents[0]!.hash}`)).json() as { text: string }).text, /Новороссийска закрыт/);
  const lines = '{"title": "A", "text": "Ships waited at anchor off the port on Monday, the harbour master said."}\n{broken\n';
  const jsonl = await app.request('/api/articles?name=feed.jsonl', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: lines });
  const report = (await jsonl.json()) as { documents: unknown[]; errors: Array<{ source: string; line: number; message: string }> };
  assert.equal(report.documents.length, 1);
  assert.equal(report.errors[0]!.source, 'upload:feed.jsonl');
  assert.equal(report.errors[0]!.line, 2);
  const nothing = await app.request('/api/articles?name=empty.txt', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '' });
  assert.equal(nothing.status, 422);
  assert.match(JSON.stringify(await nothing.json()), /empty/);
  // An upload without a name is named by its content type; a type that an object answers with one of its members is an unknown one.
  const odd = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'constructor' }, body: 'Ships waited at anchor off the port on Monday, the harbour master said.' });
  assert.equal(odd.status, 200, await odd.clone().text());
  assert.equal(((await odd.json()) as { documents: unknown[] }).documents.length, 1);
  store.close();
});

test('API: size limit, bad requests and the token give JSON errors', async () => {
  const store = openSqliteStore(':memory:');
  const small = createApp({ store, token: null, maxBodyBytes: 1000 });
  const big = await small.request('/api/articles?name=big.txt', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': '5000' }, body: 'x'.repeat(5000) });
  assert.equal(big.status, 413);
  assert.match(((await big.json()) as { error: string }).error, /over the 1000 bytes limit/);
  const bad = await small.request('/api/documents?limit=5000');
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: string }).error, /limit/);
  const invalid = await small.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"articles": [' });
  assert.equal(invalid.status, 400);

  const foreign = await small.request('http://127.0.0.1:4300/api/articles?name=a.txt', { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'https://evil.example', host: '127.0.0.1:4300' }, body: 'Ships waited at anchor off the port on Monday, the harbour master said.' });
  assert.equal(foreign.status, 403, 'a cross-origin post is refused');
  const sameOrigin = await small.request('http://127.0.0.1:4300/api/articles?name=a.txt', { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://127.0.0.1:4300', host: '127.0.0.1:4300' }, body: 'Ships waited at anchor off the port on Monday, the harbour master said.' });
  assert.equal(sameOrigin.status, 200);

  const guarded = createApp({ store, token: 's3cret-token' });
  const denied = await guarded.request('/api/stories');
  assert.equal(denied.status, 401);
  assert.match(((await denied.json()) as { error: string }).error, /token/);
  assert.equal((await guarded.request('/api/stories', { headers: { authorization: 'Bearer s3cret-token' } })).status, 200);
  assert.equal((await guarded.request('/?token=s3cret-token')).status, 200);
  assert.equal((await guarded.request('/?token=wrong-token!')).status, 401);
  store.close();
});

test('pages escape article text: a title with markup is shown as text on the home page', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, token: null });
  const hostile = join(repoRoot, 'test', 'fixtures', 'hostile', 'script-in-text.txt');
  await app.request('/api/articles', post({ articles: [{ name: 'script-in-text.txt', content: readFileSync(hostile, 'utf8') }] }));
  const home = await (await app.request('/?q=harbour')).text();
  assert.match(home, /Harbour reopens &lt;script&gt;window.__pwned/);
  assert.doesNotMatch(home, /<script>window/);
  const story = (await (await app.request('/api/stories')).json()) as { stories: Array<{ id: string }> };
  const page = await (await app.request(`/stories/${story.stories[0]!.id}`)).text();
  assert.doesNotMatch(page, /<script>window|<img src=x/);
  store.close();
});

test('the app over a real port', async () => {
  const store = openSqliteStore(':memory:');
  const server = serve({ fetch: createApp({ store, token: null }).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/articles`, post(upload(['b2-strike-en.json'])));
    assert.equal(response.status, 200);
    const stories = (await (await fetch(`http://127.0.0.1:${port}/api/stories`)).json()) as { total: number };
    assert.equal(stories.total, 1);
    assert.equal((await fetch(`http://127.0.0.1:${port}/nowhere`)).status, 404);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    store.close();
  }
});

test('DNS rebinding: a request addressed to another host is refused (421), with or without the token', async () => {
  const store = openSqliteStore(':memory:');
  const open = createApp({ store, token: null });
  const rebound = await open.request('http://evil.example:4300/api/documents', { headers: { host: 'evil.example:4300' } });
  assert.equal(rebound.status, 421);
  assert.match(((await rebound.json()) as { error: string }).error, /does not answer for the host "evil\.example:4300"/);
  const posted = await open.request('http://evil.example:4300/api/articles?name=a.txt', { method: 'POST', headers: { host: 'evil.example:4300', origin: 'http://evil.example:4300', 'content-type': 'text/plain' }, body: 'Ships waited at anchor off the port on Monday, the harbour master said.' });
  assert.equal(posted.status, 421, 'a matching Origin does not help');
  for (const host of ['127.0.0.1:4300', 'localhost:4300', '[::1]:4300', 'LOCALHOST']) assert.equal((await open.request('/api/documents', { headers: { host } })).status, 200, host);
  const guarded = createApp({ store, token: 's3cret-token', hosts: ['127.0.0.1', 'news.example'] });
  const withToken = { authorization: 'Bearer s3cret-token' };
  assert.equal((await guarded.request('/api/documents', { headers: { ...withToken, host: 'evil.example' } })).status, 421);
  assert.equal((await guarded.request('/api/documents', { headers: { ...withToken, host: 'news.example' } })).status, 200);
  assert.equal((await guarded.request('/api/documents', { headers: { ...withToken, host: 'localhost' } })).status, 421, 'only the configured names');
  store.close();
});

test('CSP is sent as a response header on pages and API answers, beside the other protections', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, token: null });
  await app.request('/api/articles', post(upload(['a1-flood-wire-en.txt'])));
  const home = await app.request('/');
  assert.match(home.headers.get('content-security-policy') ?? '', /^default-src 'none'; style-src 'unsafe-inline'; form-action 'self'.*frame-ancestors 'none'$/);
  const { stories } = (await (await app.request('/api/stories')).json()) as { stories: Array<{ id: string }> };
  const page = await app.request(`/stories/${stories[0]!.id}`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:.*frame-ancestors 'none'/);
  for (const response of [await app.request('/api/stories'), await app.request('/nowhere')]) {
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
  }
  store.close();
});

test('a merged story keeps its old id: the page redirects (301), the API lists it among the aliases', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, token: null });
  const article = (name: string, content: string) => app.request(`/api/articles?name=${name}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: content });
  const storyOf = async (response: Response) => ((await response.json()) as { documents: Array<{ story: string }> }).documents[0]!.story;
  const detained = await storyOf(await article('a.txt', 'Protests in Almaty\n\nPresident Kassym-Jomart Tokayev said on Wednesday that 1,300 people were detained in Almaty during the unrest of January 5. Tokayev blamed foreign-trained terrorists.'));
  const resigned = await storyOf(await article('b.txt', 'Government resigns in Nur-Sultan\n\nPrime Minister Askar Mamin resigned in Nur-Sultan on January 9 after 164 people died, the health ministry said. Mamin was replaced by Alikhan Smailov.'));
  assert.notEqual(detained, resigned);
  // An article telling both events joins the two stories into one.
  const both = await storyOf(await article('c.txt', 'Kazakhstan after the unrest\n\nPresident Kassym-Jomart Tokayev said 1,300 people were detained in Almaty on January 5. Prime Minister Askar Mamin resigned in Nur-Sultan on January 9 after 164 people died; Alikhan Smailov replaced Mamin.'));
  const old = [detained, resigned].find((id) => id !== both)!;
  const { stories } = (await (await app.request('/api/stories')).json()) as { stories: Array<{ id: string; documents: number; aliases: string[] }> };
  assert.deepEqual(stories, [{ id: both, title: 'Protests in Almaty', documents: 3, aliases: [old] }]);
  const moved = await app.request(`/stories/${old}?token=kept`);
  assert.equal(moved.status, 301);
  assert.equal(moved.headers.get('location'), `/stories/${both}?token=kept`);
  const api = await app.request(`/api/stories/${old}`);
  assert.equal(api.status, 301);
  assert.equal(api.headers.get('location'), `/api/stories/${both}`);
  assert.equal((await app.request('/stories/s999')).status, 404);
  store.close();
});

test('over a real port, a rebound Host is refused before anything is read', async () => {
  const { request } = await import('node:http');
  const store = openSqliteStore(':memory:');
  const server = serve({ fetch: createApp({ store, token: null }).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const status = (host: string) =>
    new Promise<number>((resolve, reject) => request({ host: '127.0.0.1', port, path: '/api/stories', headers: { host } }, (res) => resolve(res.resume().statusCode!)).on('error', reject).end());
  try {
    assert.equal(await status(`evil.example:${port}`), 421);
    assert.equal(await status(`127.0.0.1:${port}`), 200);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    store.close();
  }
});
