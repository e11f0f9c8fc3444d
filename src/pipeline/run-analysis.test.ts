import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStore } from '../store/sqlite.js';
import { readInputs } from '../read/read-inputs.js';
import { repoRoot, tempDir } from '../test-support.js';
import { runAnalysis } from './run-analysis.js';
import { ANALYZER_VERSION, createAnalyzer } from './analyze.js';
import { toAnalysis } from '../dossier/document.js';

const article = (topic: string) => `${topic} closed after ship runs aground\n\nTraffic through the ${topic} was suspended on Sunday after a bulk carrier lost steering and ran aground, officials said.`;

test('a second run analyses nothing again; a new file is the only one analysed', async () => {
  const dir = tempDir();
  const db = join(dir, 'store', 'triangulate.db');
  writeFileSync(join(dir, 'a.txt'), article('Bosphorus'));
  writeFileSync(join(dir, 'b.txt'), article('Dardanelles'));
  let store = openSqliteStore(db);
  const first = await runAnalysis([dir], store);
  store.close();
  assert.equal(first.analysed, 2);
  assert.equal(first.reused, 0);

  store = openSqliteStore(db);
  const second = await runAnalysis([dir], store);
  assert.equal(second.analysed, 0);
  assert.equal(second.reused, 2);
  assert.deepEqual(second.dossier.documents.map((d) => d.bodyText), first.dossier.documents.map((d) => d.bodyText));

  writeFileSync(join(dir, 'c.txt'), article('Suez Canal'));
  const third = await runAnalysis([dir], store);
  store.close();
  assert.equal(third.analysed, 1);
  assert.equal(third.reused, 2);
  assert.deepEqual(third.dossier.documents.map((d) => d.title), ['Bosphorus closed after ship runs aground', 'Dardanelles closed after ship runs aground', 'Suez Canal closed after ship runs aground']);
});

test('hostile inputs each yield an error while the others are analysed', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), article('Bosphorus'));
  writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(10_000)}<p>Deep text of the page that is nested far too deep.</p>${'</div>'.repeat(10_000)}</body></html>`);
  writeFileSync(join(dir, 'oneline.txt'), `${'The strait stayed closed for days and ships waited. '.repeat(20_000)}`);
  writeFileSync(join(dir, 'script.html'), '<html><body><article><p>Officials said the strait would reopen soon, after the ship was refloated on Monday morning.</p><script>alert(1)</script><img src=x onerror="alert(2)"></article></body></html>');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 4, 5]));
  const store = openSqliteStore(':memory:');
  const run = await runAnalysis([dir], store);
  store.close();
  assert.deepEqual(run.dossier.documents.map((d) => d.id).sort(), ['deep', 'good', 'oneline', 'script']);
  const messages = run.dossier.errors.map((e) => `${e.source}: ${e.message}`);
  assert.ok(messages.some((m) => /binary\.txt: .*NUL/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /deep\.html: \d+ tags nested deeper than \d+ levels were dropped/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /oneline\.txt: line 1 has \d+ characters/.test(m)), messages.join('\n'));
  const deep = run.dossier.documents.find((d) => d.id === 'deep')!;
  assert.match(deep.bodyText, /Deep text of the page/);
  const script = run.dossier.documents.find((d) => d.id === 'script')!;
  assert.doesNotMatch(script.text, /alert/);
  assert.match(script.bodyText, /Officials said the strait would reopen soon/);
});

test('an HTML page: metadata from meta tags, the article by Readability, comments outside it set apart', async () => {
  const dir = tempDir();
  const paragraph = (n: number) => `<p>Paragraph ${n} of the report says that the strait stayed closed for a second day while tugs worked to refloat the grounded carrier.</p>`;
  writeFileSync(
    join(dir, 'page.html'),
    `<html><head><title>Strait closed | Site</title><meta property="og:title" content="Strait closed again">
     <meta property="article:published_time" content="2024-03-05T08:00:00Z"><meta name="author" content="Jane Roe"></head>
     <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
     <article><h1>Strait closed again</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}<p>Read also: Freight rates rise</p></article>
     <section class="comments"><h3>2 Comments</h3><ol><li><p>Ann says:</p><p>Terrible news for shipping.</p><a>Reply</a></li>
     <li><p>Bob says:</p><p>Pilots should be mandatory.</p><a>Reply</a></li></ol></section><footer>© Site 2024</footer></body></html>`,
  );
  const store = openSqliteStore(':memory:');
  const { dossier } = await runAnalysis([dir], store);
  store.close();
  const page = dossier.documents[0]!;
  assert.equal(page.format, 'html');
  assert.equal(page.title, 'Strait closed again');
  assert.equal(page.published, '2024-03-05T08:00');
  assert.equal(page.byline, 'Jane Roe');
  assert.equal(page.body.length, 5);
  assert.ok(page.bodyText.startsWith('Paragraph 1 of the report'));
  assert.doesNotMatch(page.bodyText, /Read also|Home|Terrible/);
  assert.deepEqual(page.comments.map((c) => [page.text.slice(c.span[0], c.span[1]), c.author]), [
    ['Terrible news for shipping.', 'Ann'],
    ['Pilots should be mandatory.', 'Bob'],
  ]);
});

test('the store keeps stories and relations incrementally: later documents join, copy and translate earlier ones', async () => {
  const folder = join(repoRoot, 'test', 'fixtures', 'two-stories', 'articles');
  const store = openSqliteStore(':memory:');
  try {
    await runAnalysis(['a1-flood-wire-en.txt', 'a2-flood-daily-en.txt', 'b1-strike-es.txt'].map((name) => join(folder, name)), store);
    assert.equal(store.stories().length, 2);
    const second = await runAnalysis([folder], store);
    assert.equal(second.analysed, 4, 'only the new documents are analysed');
    const idOf = new Map(readInputs([folder]).records.map((r) => [r.hash, r.id]));
    const stories = store.stories().map((s) => s.documents.map((hash) => idOf.get(hash)).sort().join(' '));
    assert.deepEqual(stories, ['a1-flood-wire-en a2-flood-daily-en a3-flood-daily-de a4-flood-repost-en a5-flood-day3-en', 'b1-strike-es b2-strike-en']);
    const relations = store.relations([...idOf.keys()]).map((r) => `${r.type} ${idOf.get(r.from)} ${idOf.get(r.to)}`).sort();
    assert.deepEqual(relations, ['copy a4-flood-repost-en a1-flood-wire-en', 'translation a3-flood-daily-de a2-flood-daily-en']);
  } finally {
    store.close();
  }
});

test('documents stored before stories were kept are placed in stories on the next run', async () => {
  const folder = join(repoRoot, 'test', 'fixtures', 'two-stories', 'articles');
  const store = openSqliteStore(':memory:');
  try {
    const analyze = await createAnalyzer();
    const old = readInputs([join(folder, 'a1-flood-wire-en.txt')]).records[0]!;
    store.save([{ hash: old.hash, analysis: toAnalysis(analyze(old)) }], [], ANALYZER_VERSION);
    assert.equal(store.storyOf(old.hash), null);
    await runAnalysis([join(folder, 'a4-flood-repost-en.txt')], store);
    const repost = readInputs([join(folder, 'a4-flood-repost-en.txt')]).records[0]!;
    assert.notEqual(store.storyOf(old.hash), null);
    assert.equal(store.storyOf(old.hash), store.storyOf(repost.hash));
  } finally {
    store.close();
  }
});
