import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type * as Linkedom from 'linkedom';
import { hasShared, sharedRoot } from '../test-support.js';
import { parseHtmlPage } from './html.js';
import { readPageText } from './page-text.js';
import type { PageNode } from './page-text.js';
import { ARTICLE_BUDGET } from './find-article.js';
import { MAX_SOURCE_DEPTH, repairHtml } from './repair-html.js';

const { parseHTML } = createRequire(import.meta.url)('linkedom') as typeof Linkedom;

const paragraph = (n: number) =>
  `Paragraph ${n} of the report says that the harbour stayed closed for a third day while engineers inspected the damaged quay and the ferries waited offshore.`;
const article = (count: number) => Array.from({ length: count }, (_, i) => `<p>${paragraph(i + 1)}</p>`).join('\n');
const articleText = (page: ReturnType<typeof parseHtmlPage>) => page.articleSpans.map(([s, e]) => page.text.slice(s, e));

test('text before <html> (a PHP warning) no longer empties the page', () => {
  const page = parseHtmlPage(`<b>Warning</b>: session_start() failed<br>\n<!doctype html><html lang="en"><head><title>Harbour closed</title></head><body><article>${article(6)}</article></body></html>`);
  assert.ok(page.text.includes(paragraph(1)));
  assert.equal(page.meta.title, 'Harbour closed');
  assert.ok(articleText(page).includes(paragraph(3)), JSON.stringify(articleText(page)));
});

test('a page with two html documents is read as one, with a warning', () => {
  const page = parseHtmlPage(`<html><head><title>One</title></head><body><p>${paragraph(1)}</p></body></html><html><body><p>${paragraph(2)}</p></body></html>`);
  assert.ok(page.text.includes(paragraph(1)) && page.text.includes(paragraph(2)));
  assert.match(page.warnings.join(' '), /2 <html> or <body>/);
});

test('a head never closed and no body, with a stray </body> at the end, is read as the body', () => {
  const page = parseHtmlPage(`<!DOCTYPE html>\n<html>\n<head>\n<title>Harbour closed</title>\n<meta charset="UTF-8"><script>var a = 1;</script><div class="content">${article(6)}</div><div class="overlay"></div></body></html>`);
  assert.ok(page.text.includes(paragraph(4)), page.text);
  assert.ok(articleText(page).includes(paragraph(2)));
});

test('the page summary comes from JSON-LD, else the og or meta description', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour closed","description":"The harbour stays shut."}</script>';
  const metaTags = '<meta name="description" content="Plain description."><meta property="og:description" content="OG description.">';
  assert.equal(parseHtmlPage(`<html><head>${metaTags}${ld}</head><body><p>x</p></body></html>`).summary, 'The harbour stays shut.');
  assert.equal(parseHtmlPage(`<html><head>${metaTags}</head><body><p>x</p></body></html>`).summary, 'OG description.');
  assert.equal(parseHtmlPage('<html><body><p>x</p></body></html>').summary, null);
});

test('text inside elements named as furniture (share bar, author box) is marked; page-wide classes are not', () => {
  const page = parseHtmlPage(`<html><body class="single has-sidebar"><article class="post">${article(4)}<div class="sharedaddy">Share this: Facebook</div><div class="author-box"><p>Anna Berger writes about harbours.</p></div></article></body></html>`);
  const boxed = page.boxed.map(([s, e]) => page.text.slice(s, e));
  assert.deepEqual(boxed, ['Share this: Facebook', 'Anna Berger writes about harbours.']);
});

test('ruby readings (furigana) are not read into the words they gloss', () => {
  const page = parseHtmlPage('<html><body><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくす。</p></body></html>');
  assert.equal(page.text, '子どもへの虐待をなくす。');
});

test('plain text and byte soup named .html are read without failing', () => {
  assert.equal(parseHtmlPage('Just one sentence, no tags at all.').text, 'Just one sentence, no tags at all.');
  const soup = parseHtmlPage('<<<<>>>\u0000<<!<?--><html<body<');
  assert.doesNotMatch(soup.text, /<html|<body/);
  assert.match(parseHtmlPage('<script>var a = "</b>";').warnings.join(' '), /no visible text/);
});

test('the article maps back onto the page text whatever the white space inside it', () => {
  const page = parseHtmlPage(`<html><body><nav>Home</nav><article><p>The   ferry\n   <em>Ocean   Star</em>\n left port.  ${paragraph(1)}</p>${article(5)}</article></body></html>`);
  const found = articleText(page);
  assert.ok(found[0]!.startsWith('The ferry Ocean Star left port.'), found[0]);
  assert.ok(!found.some((line) => line === 'Home'));
});

test('deep nesting stays on the DOM path; the article search is skipped with a reason', () => {
  const depth = ARTICLE_BUDGET.depth + 50;
  const page = parseHtmlPage(`<html><body>${'<div>'.repeat(depth)}<p>${paragraph(1)}</p>${'</div>'.repeat(depth)}</body></html>`);
  assert.equal(page.text, paragraph(1));
  assert.deepEqual(page.articleSpans, []);
  assert.match(page.warnings.join(' '), /nested \d+ deep/);
  const selfClosing = parseHtmlPage(`<html><body>${'<div/>'.repeat(1000)}<p>${paragraph(1)}</p></body></html>`);
  assert.equal(selfClosing.text, paragraph(1));
});

test('tags nested past the source depth limit are dropped before parsing, their text kept', () => {
  const depth = MAX_SOURCE_DEPTH * 10;
  const repaired = repairHtml(`<html><body>${'<div><b>'.repeat(depth / 2)}deep text${'</b></div>'.repeat(depth / 2)}<p>after</p></body></html>`);
  assert.equal(repaired.dropped, (depth - MAX_SOURCE_DEPTH) * 2);
  const page = parseHtmlPage(`<html><body>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}<p>after</p></body></html>`);
  assert.equal(page.text, 'deep text\n\nafter');
  assert.match(page.warnings.join(' '), new RegExp(`${(depth - MAX_SOURCE_DEPTH) * 2} tags nested deeper than ${MAX_SOURCE_DEPTH}`));
});

test('floods of <br>, <wbr> and links are read once and not searched for an article; comments are not even parsed', () => {
  const flood = ARTICLE_BUDGET.widest * 2;
  for (const piece of ['<br>', ' <wbr>', '<a href="#">click</a>', '<span> </span>']) {
    const page = parseHtmlPage(`<html><body><p>Start ${piece.repeat(flood)} end.</p></body></html>`);
    assert.match(page.text, /^Start/);
    assert.match(page.warnings.join(' '), /children/, piece);
  }
  // Comments are left out before parsing: the paragraph is one text node, searched as usual.
  const commented = parseHtmlPage(`<html><body><p>Start ${' <!---->'.repeat(flood)} end.</p></body></html>`);
  assert.equal(commented.text, 'Start end.');
  assert.deepEqual(commented.warnings, []);
});

test('the skeleton repair skips scripts and comments, even unclosed ones, in one pass, and leaves them out but for JSON-LD', () => {
  const ld = '<script type="application/ld+json">{"headline":"x"}</script>';
  const repaired = repairHtml(`<html><head><script>document.write("<body>")</script>${ld}<style>p{}</style></head><body><!-- <html> --><p>x</p>${'<script>'.repeat(5000)}`);
  assert.equal(repaired.documents, 1);
  assert.equal(repaired.html, `<!doctype html><html><head>${ld}</head><body><p>x</p></body></html>`);
});

test('the skeleton repair finds tags by their places in the page itself, also after an "İ" (two characters once lower-cased)', () => {
  const repaired = repairHtml('<HTML><head><title>İstanbul İzmir</title><SCRIPT>var page = "<body>";</Script></head><body><p>İ</p><script>x()</script></body></html>');
  assert.equal(repaired.html, '<!doctype html><html><head><title>İstanbul İzmir</title></head><body><p>İ</p></body></html>');
});

test('reader-comment sections are marked by their ids, classes and microdata; related lists are not', () => {
  const page = parseHtmlPage(`<html><body><article>${article(5)}</article>
    <aside class="related-posts"><h3>5 comments</h3><ul><li>Another story about harbours</li></ul></aside>
    <div id="comments"><h3>2 Comments</h3><ol class="commentlist"><li><p>I was there on Monday, it was chaos.</p></li></ol>
    <div itemprop="comment"><p>Thanks for the report.</p></div><a class="comment-count" href="#">2</a></div>
    <span class="comment-link">Comment on this</span></body></html>`);
  const commented = page.commented.map(([s, e]) => page.text.slice(s, e));
  assert.deepEqual(commented, ['2 Comments', 'I was there on Monday, it was chaos.', 'Thanks for the report.', '2']);
});

test('metadata comes from JSON-LD first, then meta tags, then the title and canonical link', () => {
  const head = `<title>Page title</title><meta property="og:site_name" content="Harbour News"><meta name="author" content="Ann Lee">
    <meta property="article:published_time" content="2022-01-05T10:00:00Z"><link rel="canonical" href="https://example.com/a">`;
  const plain = parseHtmlPage(`<html><head>${head}</head><body><p>x</p></body></html>`).meta;
  assert.deepEqual(plain, { title: 'Page title', published: '2022-01-05T10:00:00Z', byline: 'Ann Lee', url: 'https://example.com/a', outlet: 'Harbour News', language: null });
  const ld = parseHtmlPage(`<html><head>${head}<meta property="og:title" content="OG title"><script type="application/ld+json">{"@graph":[{"headline":"LD title","author":{"name":"Bo Chen"}}]}</script></head><body><p>x</p></body></html>`).meta;
  assert.equal(ld.title, 'LD title');
  assert.equal(ld.byline, 'Bo Chen');
});

test('metadata is read from the whole page in document order: the body too, rel and type in any case, not template contents', () => {
  const body = `<template><meta name="author" content="Template Author"><title>Template title</title></template>
    <p>x</p><meta itemprop="author" name="author" content="Ann Lee"><meta name="author" content="Later Author">
    <link rel="Canonical" href="https://example.com/b"><script type="Application/LD+JSON">{"datePublished":"2022-01-06"}</script>`;
  const meta = parseHtmlPage(`<html><head><title>Page title</title></head><body>${body}</body></html>`).meta;
  assert.deepEqual(meta, { title: 'Page title', published: '2022-01-06', byline: 'Ann Lee', url: 'https://example.com/b', outlet: null, language: null });
});

test('the text inside links is marked, nested markup included', () => {
  const page = parseHtmlPage(`<html><body>${article(3)}<p>Read <a href="/a">the <b>full</b> report</a> here.</p><ul><li><a href="/b">Another story</a></li></ul></body></html>`);
  assert.deepEqual(page.linked.map(([s, e]) => page.text.slice(s, e)), ['the', 'full', 'report', 'Another story']);
});

test('a page cut off inside its first tag is read as text with a warning, not a failure', () => {
  const cut = '<html xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns# content: http://purl.org/rss/1.0/modules/cont';
  const parsed = parseHtmlPage(cut);
  assert.match(parsed.warnings.join(' '), /cut off inside a tag/);
  assert.equal(parsed.text.trim(), '');
  const withText = parseHtmlPage('Flood warning & evacuation <html lang="en" data-x="unclosed');
  assert.match(withText.text, /Flood warning & evacuation/);
});

test('the page\'s prose is the element whose own paragraphs hold the most text outside links and comment sections', () => {
  const para = (words: number, word = 'story') => `<p>${Array.from({ length: words }, () => word).join(' ')}.</p>`;
  const html = `<html><body><div class="teasers">${para(5, '<a href="/x">link</a>').repeat(40)}</div>
    <div class="story">${para(60)}${para(60)}</div>
    <div id="comments">${para(80, 'comment').repeat(3)}</div></body></html>`;
  const page = readPageText(parseHTML(html).document.body as unknown as PageNode);
  assert.ok(page.prose);
  const text = page.text.slice(page.prose.span[0], page.prose.span[1]).trim();
  assert.match(text, /^story story/);
  assert.doesNotMatch(text, /comment|link/);
  assert.equal(page.prose.chars, 2 * (60 * 6 - 1 + 1));
});

test('a page where Readability takes a disclosure box for the article gives the story\'s paragraphs instead', { skip: !hasShared && 'no ../shared beside the repository' }, () => {
  const html = gunzipSync(readFileSync(join(sharedRoot, 'bench', 'trafilatura-eval', 'articles', 'traf-0046.html.gz'))).toString('utf8');
  const page = parseHtmlPage(html);
  const article = page.articleSpans.map(([start, end]) => page.text.slice(start, end)).join('\n');
  assert.match(article, /^Alaska Airlines has a new date/);
  assert.doesNotMatch(article, /Advertiser Disclosure/);
});
