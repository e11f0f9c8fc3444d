import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createArticleReader } from './article-reader.js';
import { readMetadata } from './html-meta.js';
import type { ElementNames, MetaDocument } from './html-meta.js';

const paragraph = (n: number) =>
  `Paragraph ${n} of the report says that the harbour stayed closed for a third day while engineers inspected the damaged quay and the ferries waited offshore.`;
/**
 * A page that takes Readability through the helpers ArticleReader answers:
 * hidden elements (by `style`, `hidden`, `aria-hidden`), a template whose
 * contents selectors skip, a noscript image put in place of its placeholder,
 * tables, lists, embeds and forms that the cleaning searches for, links to
 * `javascript:` that are replaced by their text.
 */
const page = `<!doctype html><html><head><title>Harbour closed</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div style="display: none"><p>${paragraph(90)}</p></div>
<div hidden><p>${paragraph(91)}</p></div>
<div aria-hidden="true" class="fallback-image"><p>${paragraph(92)}</p></div>
<template><p>${paragraph(93)}</p><object data="x"></object></template>
<article><h1>Harbour closed</h1>
<figure><img class="lazy" data-x="1"><noscript><img src="/quay.jpg" alt="The quay"></noscript></figure>
${[1, 2, 3, 4].map((n) => `<p>${paragraph(n)}</p>`).join('\n')}
<div><p>${paragraph(5)}</p><br><br><p>${paragraph(6)}</p></div>
<table><tr><td>Ferries</td><td>12</td></tr></table>
<ul><li>${paragraph(7)}</li><li><a href="#x">jump</a></li><li><a href="javascript:void(0)">Share</a> <a href="javascript:print()"><b>Print</b> it</a></li></ul>
<iframe src="https://www.youtube.com/embed/x"></iframe>
<form><input name="q"><button>Search</button></form>
</article>
<aside class="related"><p>Related: <a href="/a">one</a> <a href="/b">two</a></p></aside>
</body></html>`;

/** The article as ArticleReader is asked for it: classes kept (see findArticle); link addresses are left as written. */
const parse = (ours: boolean) => {
  const { document } = parseHTML(page);
  const options = { keepClasses: true };
  return (ours ? createArticleReader<string>(document, options) : new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], options)).parse();
};

test('ArticleReader finds the same article as Readability, markup for markup', () => {
  const ours = parse(true);
  const theirs = parse(false);
  assert.ok(theirs?.content?.includes(paragraph(4)));
  assert.equal(ours?.content, theirs?.content);
  assert.equal(ours?.title, theirs?.title);
  assert.equal(ours?.excerpt, theirs?.excerpt);
});

test('ArticleReader given the names the metadata walk noted finds the same article', () => {
  const { document } = parseHTML(page.replace(/<template>.*?<\/template>/s, ''));
  const names: ElementNames = { names: new Set(), complete: false };
  readMetadata(document as unknown as MetaDocument, names);
  assert.ok(names.complete && names.names.has('noscript') && names.names.has('iframe') && !names.names.has('embed'));
  const ours = createArticleReader<string>(document, {}, names.names).parse();
  const theirs = new Readability(parseHTML(page.replace(/<template>.*?<\/template>/s, '')).document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  assert.equal(ours?.content, theirs?.content);
});

test('the metadata walk marks the names incomplete on a page with a template', () => {
  const names: ElementNames = { names: new Set(), complete: false };
  readMetadata(parseHTML(page).document as unknown as MetaDocument, names);
  assert.equal(names.complete, false);
});

test('tag searches give what linkedom selectors give, in document order, template contents left out', () => {
  const { document } = parseHTML(page);
  const reader = createArticleReader(document, {}) as unknown as {
    _getAllNodesWithTag(node: unknown, tags: string[]): ArrayLike<unknown>;
  };
  for (const tags of [['p'], ['img', 'object', 'iframe'], ['ul', 'ol'], ['textarea'], ['h1', 'h2', 'h3']]) {
    for (const root of [document, document.body, document.querySelector('article')!]) {
      assert.deepEqual([...Array.from(reader._getAllNodesWithTag(root, tags))], [...root.querySelectorAll(tags.join(','))], tags.join(','));
    }
  }
  assert.equal(Array.from(reader._getAllNodesWithTag(document.body, ['object'])).length, 0);
});

test('Readability\'s copy of the page is made only when an attempt fails, from the page parsed again, and the article stays the same', () => {
  const read = (html: string) => {
    let remade = 0;
    const { document } = parseHTML(html);
    const remake = () => (remade++, parseHTML(html).document);
    const ours = createArticleReader<string>(document, { keepClasses: true }, undefined, remake).parse();
    const theirs = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: true }).parse();
    assert.equal(ours?.content, theirs?.content);
    assert.ok(ours?.content);
    // The body is itself again afterwards: its markup, not the token that stood for the copy.
    const markup = document.body.innerHTML;
    assert.ok(markup.includes('</') && !markup.includes('\u0000'), markup);
    return remade;
  };
  // The first attempt finds the article: no copy, no second parse.
  assert.equal(read(page), 0);
  // Too little text for any attempt (under Readability's 500 characters): each of its four failed attempts (all flags,
  // then one fewer each time) puts the page back, from a page parsed and prepared again (its noscript image unwrapped,
  // its script and style removed).
  const short = `<!doctype html><html><head><style>p{}</style></head><body><div class="sidebar"><p>${paragraph(1)}</p></div>
<div><figure><img class="lazy"><noscript><img src="/q.jpg"></noscript></figure><p>${paragraph(2)}</p><script>var x = 1;</script></div></body></html>`;
  assert.equal(read(short), 4);
});
