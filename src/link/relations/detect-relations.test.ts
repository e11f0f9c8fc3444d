import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import type { Dossier } from '../../dossier/schema.js';
import { createApp } from '../../server/app.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { analysePaths, hasShared, repoRoot, sharedRoot, tempDir } from '../../test-support.js';
import { compareDocuments, detectRelations } from './detect-relations.js';
import type { Relation } from './detect-relations.js';
import { BUDGET_EN, BUDGET_RU, FINAL_RU, documentOf } from './test-documents.js';

const analyse = analysePaths;

test('a Ukrainian translation of a Russian article is found, with aligned sentences as evidence and no guessed direction', async () => {
  const dossier = await analyse([join(repoRoot, 'examples', 'articles')]);
  const between = (a: string, b: string) => (dossier.relations as Relation[]).find((r) => [r.from, r.to].sort().join() === [a, b].sort().join());
  const relation = between('06-wire-feed#2', '04-harbour-ru');
  assert.ok(relation);
  assert.equal(relation.type, 'translation');
  // Neither text says which came first (only the Ukrainian one is dated): the ids give the order.
  assert.deepEqual([relation.from, relation.to, relation.direction], ['04-harbour-ru', '06-wire-feed#2', 'unknown']);
  const uk = dossier.documents.find((d) => d.id === '06-wire-feed#2')!;
  const ru = dossier.documents.find((d) => d.id === '04-harbour-ru')!;
  const pairs = relation.evidence.map((e) => [ru.text.slice(e.from[0], e.from[1]), uk.text.slice(e.to[0], e.to[1])]);
  assert.ok(pairs.some(([a, b]) => a!.includes('Tribeka') && b!.includes('Tribeka')), JSON.stringify(pairs));
  const fishing = '06-wire-feed#4';
  assert.ok(!dossier.relations.some((r) => [(r as { from: string }).from, (r as { to: string }).to].includes(fishing)));
  // A two-sentence Russian follow-up (the strait reopened) shares a ship and a strait with the Ukrainian report, not its text.
  assert.equal(between('06-wire-feed#2', '07-reopened-ru-cp1251'), undefined);
});

test('a small Russian translation of an English report is a translation, each sentence paired with its own as standoff evidence', () => {
  const en = documentOf('en', 'en', BUDGET_EN);
  const ru = documentOf('ru', 'ru', BUDGET_RU, { story: 's2' });
  const relation = compareDocuments(ru, { ...en, story: 's1' });
  assert.ok(relation);
  assert.deepEqual([relation.type, relation.from, relation.to, relation.direction], ['translation', 'en', 'ru', 'unknown']);
  assert.deepEqual(
    relation.evidence.map((e) => [en.text.slice(e.from[0], e.from[1]), ru.text.slice(e.to[0], e.to[1])]),
    BUDGET_EN.map((sentence, k) => [sentence, BUDGET_RU[k]]),
  );
});

test('documents put in different stories are still compared, and unrelated ones are not paired', () => {
  const docs = [documentOf('en', 'en', BUDGET_EN, { story: 's1' }), documentOf('ru', 'ru', BUDGET_RU, { story: 's2' }), documentOf('final', 'ru', FINAL_RU, { story: 's3' })];
  const relations = detectRelations(docs, [
    [0, 1],
    [0, 2],
    [1, 2],
  ]);
  assert.deepEqual(
    relations.map((r) => [r.type, r.from, r.to]),
    [['translation', 'en', 'ru']],
  );
});

test('two unrelated texts in scripts with no romanisation here are no translation of each other', () => {
  // Every word of both once gave the same empty key, and any two such texts of a like length aligned.
  const ar = documentOf('ar', 'ar', [
    'أهاب النائب العام بجميع المشاركين في التجمعات المقررة غدا الالتزام بالسلمية.',
    'وشددت النيابة العامة في بيان اليوم على سلمية الفعاليات في المدن المختلفة.',
    'وأشارت إلى أنه تمت مناقشة الترتيبات الخاصة بتأمين المواكب مع وزارة الداخلية.',
    'وطلب النائب العام الالتزام بالتدابير الاحترازية الصادرة من وزارة الصحة.',
  ]);
  const zh = documentOf('zh', 'zh', [
    '作为当前的印刷版订阅者，您可以随时选择加入会员。',
    '所有会员都可以无限制地访问我们的网站和电子版。',
    '所有会员还可以免费使用我们的独家订户储蓄计划。',
    '如果您有任何问题，请联系我们的客户服务团队。',
  ]);
  assert.equal(compareDocuments(ar, zh), null);
});

test('a one-paragraph brief copied from a longer article is a copy; one shared line is not', () => {
  const article = documentOf('article', 'en', body, { published: '2024-03-04' });
  const brief = documentOf('brief', 'en', [body[1]!], { published: '2024-03-05' });
  assert.deepEqual(pick(compareDocuments(article, brief)), ['copy', 'brief', 'article', 'date']);
  const line = documentOf('line', 'en', ['All rights reserved.', 'A different story about the fishing fleet of Sinop returning early.']);
  assert.equal(compareDocuments(documentOf('other', 'en', ['All rights reserved.', ...body.slice(2)]), line), null);
});

function pick(relation: Relation | null) {
  return relation && [relation.type, relation.from, relation.to, relation.direction];
}

/** A wire story's sentences, reposted in the tests below. */
const body = [
  'The port authority said on Monday that traffic through the strait would resume within two days, Reuters reported.',
  'Divers inspected the hull of the grounded carrier overnight and found no breach in its double bottom.',
  'Three tugs were waiting for the morning tide to pull the ship off the sandbank near the northern lighthouse.',
  'Insurers estimate the cost of the delay at more than two million dollars for the ships waiting at anchor.',
];

test('a later repost of the same text is a copy of the earlier one, and inherits its sources', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'original.txt'), `Strait to reopen within days\n\n4 Mar, 2024 09:00\n\n${body.join('\n')}`);
  writeFileSync(join(dir, 'in', 'repost.txt'), `Strait to reopen soon, port says\n\n5 Mar, 2024 11:30\n\n${body.slice(1).join('\n')}\nComments are closed for this article because of the volume of replies.`);
  const dossier = await analyse([join(dir, 'in')]);
  const relation = dossier.relations[0] as Relation | undefined;
  assert.deepEqual(relation && [relation.type, relation.from, relation.to, relation.direction], ['copy', 'repost', 'original', 'date']);
  const repost = dossier.documents.find((d) => d.id === 'repost')!;
  assert.deepEqual(repost.cites.map((c) => [c.name, c.via]), [['Reuters', 'original']]);
});

test('a "Reposted from" line makes a document the copy, even when it is longer and undated', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'wire.txt'), `Strait to reopen within days\n\n${body.join('\n')}`);
  writeFileSync(join(dir, 'in', 'blog.txt'), `Strait to reopen within days\n\nReposted from Harbour Wire\n\n${body.join('\n')}\nOur own view: the strait needs a permanent salvage tug stationed at its northern end.`);
  const dossier = await analyse([join(dir, 'in')]);
  const relation = dossier.relations[0] as Relation | undefined;
  assert.deepEqual(relation && [relation.type, relation.from, relation.to, relation.direction], ['copy', 'blog', 'wire', 'repost']);
  assert.equal(dossier.documents.find((d) => d.id === 'blog')?.credit, 'Harbour Wire');
});

test('a repost whose credit line stands in parentheses at its end is the copy, though it is the longer text', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'wire.txt'), `Strait to reopen within days\n\n${body.slice(0, 3).join('\n')}`);
  writeFileSync(join(dir, 'in', 'blog.txt'), `Strait to reopen within days\n\n${body.join('\n')}\n\n(Reposted from The Harbour Wire)`);
  const dossier = await analyse([join(dir, 'in')]);
  const relation = dossier.relations[0] as Relation | undefined;
  assert.deepEqual(relation && [relation.type, relation.from, relation.to, relation.direction], ['copy', 'blog', 'wire', 'repost']);
  const blog = dossier.documents.find((d) => d.id === 'blog')!;
  assert.equal(blog.credit, 'The Harbour Wire');
  assert.ok(!blog.bodyText.includes('Reposted'), blog.bodyText);
});

test('a short Russian article naming the story\'s actors is no translation of its articles and inherits no citations', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const reference = join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles');
  const book = join(repoRoot, 'test', 'fixtures', 'unrelated-ru');
  const dossier = await analyse([reference, book]);
  const ru = dossier.documents.find((d) => d.id === 'book-ru')!;
  assert.equal(ru.language, 'ru');
  assert.deepEqual(dossier.relations.filter((r) => [(r as Relation).from, (r as Relation).to].includes('book-ru')), []);
  assert.deepEqual(ru.cites, []);
  assert.ok(dossier.relations.some((r) => (r as Relation).type === 'shared-text'), 'the French article still shares text with the English ones');
  // Posted through the API one by one, the Russian article is compared with the stored documents it matched.
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, token: null });
  const files = [...readdirSync(reference).map((name) => join(reference, name)), join(book, 'book-ru.txt')];
  for (const file of files) {
    const posted = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ name: basename(file), content: readFileSync(file, 'utf8') }] }) });
    assert.equal(posted.status, 200);
  }
  const stories = (await (await app.request('/api/stories')).json()) as { stories: Array<{ id: string }> };
  for (const { id } of stories.stories) {
    const story = (await (await app.request(`/api/stories/${id}`)).json()) as Dossier;
    assert.deepEqual(story.relations.filter((r) => [(r as Relation).from, (r as Relation).to].includes('book-ru')), [], `story ${id}`);
    assert.deepEqual(story.documents.find((d) => d.id === 'book-ru')?.cites ?? [], []);
  }
  store.close();
});
