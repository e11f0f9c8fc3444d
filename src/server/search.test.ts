import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStore } from '../store/sqlite.js';
import { ftsQuery } from '../store/search-query.js';
import { hasShared, sharedRoot } from '../test-support.js';
import { createApp } from './app.js';

test('a query becomes required words, each also matched by its name key, and quoted phrases; operators never pass', () => {
  assert.equal(ftsQuery('Tokayev'), '({title body} : "Tokayev" OR {names} : "tokaiev")');
  assert.equal(ftsQuery('"fugitive banker" Kiev', { comments: true }), '{title body comments} : "fugitive banker" AND ({title body comments} : "Kiev" OR {names comment_names} : "kiev")');
  assert.equal(ftsQuery('a OR b NOT c*'), '({title body} : "a") AND ({title body} : "OR") AND ({title body} : "b") AND ({title body} : "NOT" OR {names} : "not") AND ({title body} : "c")');
  assert.equal(ftsQuery('"" ** "'), null);
});

test('search over the reference corpus: spellings of one name, quoted phrases, reader comments only when asked', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, token: null });
  const folder = join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles');
  const articles = readdirSync(folder).map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }));
  assert.equal((await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) })).status, 200);
  const search = async (query: string) => {
    const body = (await (await app.request(`/api/documents?${query}`)).json()) as { documents: Array<{ id: string }> };
    return body.documents.map((d) => d.id.slice(0, 3)).sort();
  };
  assert.deepEqual(await search('q=Tokayev'), ['000', '001', '002', '003', '004'], '"Tokaïev" in the French article is the same name');
  assert.deepEqual(await search('q=Tokaïev'), ['000', '001', '002', '003', '004']);
  const words = await search('q=Kazakh%20banker');
  assert.ok(words.includes('003'), `both words, anywhere: ${words}`);
  assert.deepEqual(await search('q=%22Kazakh%20banker%22'), ['001'], 'the phrase, its words side by side');
  assert.deepEqual(await search('q=OKDB'), [], 'a word only in reader comments is not found by default');
  assert.deepEqual(await search('q=OKDB&comments=1'), ['004']);
  store.close();
});
