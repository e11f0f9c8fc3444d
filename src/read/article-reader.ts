import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { nextElementOutside, nextOutside } from './tree-walk.js';

/** The slice of a linkedom node that the reader's own helpers walk. */
interface ReaderNode {
  nodeType: number;
  localName?: string;
  firstChild: ReaderNode | null;
  nextSibling: ReaderNode | null;
  parentNode: ReaderNode | null;
  firstElementChild?: ReaderNode | null;
  nextElementSibling?: ReaderNode | null;
  nodeValue?: string | null;
  hasAttribute(name: string): boolean;
}

/** The ways a linkedom document makes elements: the parser, `cloneNode` and `innerHTML` all go through these two. */
interface ReaderDocument extends ReaderNode {
  documentElement: ReaderNode | null;
  createElement(name: string, options?: unknown): ReaderNode;
  createElementNS(namespace: string, name: string, options?: unknown): ReaderNode;
  getElementsByTagName(name: string): ArrayLike<ReaderNode>;
}

/** Readability 0.6's own helpers that ArticleReader replaces, as its prototype has them. */
interface ReadabilityHelpers {
  _getAllNodesWithTag(node: ReaderNode, tagNames: readonly string[]): ArrayLike<ReaderNode>;
  _removeScripts(document: ReaderDocument): void;
  _prepDocument(): void;
  _unwrapNoscriptImages(document: ReaderDocument): void;
  _isProbablyVisible(node: ReaderNode): boolean;
  _isElementWithoutContent(node: ReaderNode): boolean;
  _forEachNode(nodes: ArrayLike<ReaderNode>, fn: (node: ReaderNode) => void): void;
  _isValidByline(node: ReaderNode, matchString: string): boolean;
  REGEXPS: { byline: RegExp };
}

/** A link as Readability's clean-up of `javascript:` links reads and replaces it. */
type ReaderLink = ReaderNode & {
  getAttribute(name: string): string | null;
  childNodes: ArrayLike<ReaderNode>;
  textContent: string;
  parentNode: ReaderNode & { replaceChild(node: ReaderNode, old: ReaderNode): void };
};
type ReaderParent = ReaderNode & { appendChild(node: ReaderNode): void };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Readability.js (0.6) with some of its helpers answered without
 * linkedom's slowest paths, or without work whose result the article search
 * never reads, the same article found in the same tree. On the
 * article-extraction-benchmark pages the selector engine (compiled anew on
 * each of 20,000 searches, nine in ten of which find nothing: `object`,
 * `embed`, `textarea` under every candidate) took a sixth of Readability's
 * time, and reading `style` built a parsed style object for every element,
 * most of which have no `style` attribute at all. It overrides helpers
 * Readability keeps private, so package.json pins Readability's exact
 * version, and article-reader.test.ts compares the article with
 * Readability's own: update both together.
 */
function defineArticleReader(Readability: typeof ReadabilityClass) {
  const original = Readability.prototype as unknown as ReadabilityHelpers;
  return class ArticleReader<T> extends Readability<T> {
    /** Lower-case names of every element the page tree has held since they were last read (a superset of those it holds). */
    private readonly tagNames = new Set<string>();
    /** Readability's failed attempts when the names were read (it puts the page back through `innerHTML` after one); -1 before. */
    private namesRead = -1;
    private readonly document: ReaderDocument;

    /** Noscripts Readability looks at while it puts images out of them, collected for `_unwrapNoscriptImages`. */
    private noscripts: ReaderNode[] | null = null;

    /**
     * `tagNames`: the lower-case names of all the document's elements, when the caller has them (else they are read
     * when first needed). `remakePage`: the same page parsed again from its source, when the caller expects the first
     * attempt to find the article (see `parse`).
     */
    constructor(
      document: ConstructorParameters<typeof ReadabilityClass<T>>[0],
      private readonly options?: ConstructorParameters<typeof ReadabilityClass<T>>[1],
      tagNames?: ReadonlySet<string>,
      private readonly remakePage?: () => unknown,
    ) {
      super(document, options);
      this.document = document as unknown as ReaderDocument;
      if (tagNames) {
        for (const name of tagNames) this.tagNames.add(name);
        this.namesRead = 0;
      }
    }

    /**
     * Readability's parse, with the names of the elements it makes noted for
     * the searches below (the parser, `cloneNode` and `createElement` go
     * through the document's two methods; `innerHTML`, which parses in a
     * document of its own, is caught by walking the tree again after it).
     */
    override parse(): ReturnType<ReadabilityClass<T>['parse']> {
      const document = this.document;
      const { createElement, createElementNS, getElementsByTagName } = document;
      document.createElement = (name, options) => this.noted(createElement.call(document, name, options));
      document.createElementNS = (namespace, name, options) => this.noted(createElementNS.call(document, namespace, name, options));
      // A name the page holds no element of is answered without a search; the others by linkedom itself (names as written, templates' contents included).
      document.getElementsByTagName = (name) => {
        const found = name === '*' || this.holds([name]) ? getElementsByTagName.call(document, name) : [];
        if (name === 'noscript') this.noscripts?.push(...Array.from(found));
        return found;
      };
      const body = this.remakePage ? (document as ReaderDocument & { body?: ReaderNode | null }).body : null;
      if (body) this.copyOnDemand(body);
      try {
        return super.parse();
      } finally {
        // Own properties over the prototype's methods: deleting them gives the document back its own.
        delete (document as Partial<ReaderDocument>).createElement;
        delete (document as Partial<ReaderDocument>).createElementNS;
        delete (document as Partial<ReaderDocument>).getElementsByTagName;
        if (body) delete (body as Partial<ReaderBody>).innerHTML;
      }
    }

    /**
     * Readability keeps a copy of the page, its body serialised whole (0.2–0.5 ms of a benchmark page's reading), to
     * start again from when an attempt finds too little text. Here the body answers that one question
     * (`_grabArticle` reads `innerHTML` of no other body) with a token, and only an attempt that fails puts the page
     * back: from the source parsed again and prepared as Readability prepared this one, serialised and set as
     * Readability sets its copy, so that the same page is read the same way.
     */
    private copyOnDemand(body: ReaderNode): void {
      const own = innerHtmlOf(body);
      Object.defineProperty(body, 'innerHTML', {
        configurable: true,
        get: () => PAGE_COPY,
        set: (html: string) => own.set.call(body, html === PAGE_COPY ? this.remadeBody() : html),
      });
    }

    /** The body of the page parsed again and put through Readability's steps before its article search, serialised. */
    private remadeBody(): string {
      const document = this.remakePage!() as ReaderDocument & { body: ReaderNode };
      const reader = new ArticleReader<T>(document as unknown as ConstructorParameters<typeof ReadabilityClass<T>>[0], this.options);
      const helpers = reader as unknown as ReadabilityHelpers;
      // Readability's parse up to the search (JSON-LD and metadata are only read, so they are left out).
      helpers._unwrapNoscriptImages(document);
      helpers._removeScripts(document);
      helpers._prepDocument();
      return innerHtmlOf(document.body).get.call(document.body) as string;
    }

    /**
     * Readability's step that puts images out of `<noscript>`s, parsed from
     * their `innerHTML` in a document of their own: each one it puts in
     * replaces the element just before its noscript, where its names are read.
     */
    _unwrapNoscriptImages(document: ReaderDocument): void {
      this.noscripts = [];
      original._unwrapNoscriptImages.call(this, document);
      const noscripts = this.noscripts;
      this.noscripts = null;
      if (this.namesRead === -1) return; // not read yet: they will be read from the tree as it is now
      for (const noscript of noscripts) {
        const moved = (noscript as ReaderNode & { previousElementSibling: ReaderNode | null }).previousElementSibling;
        if (!moved) continue;
        this.tagNames.add(moved.localName!.toLowerCase());
        for (const element of walkElements(moved, () => true, false)) this.tagNames.add(element.localName!.toLowerCase());
      }
    }

    /**
     * The elements under `node` (not `node` itself) whose tag is one of
     * `tagNames`, in document order, skipping what `<template>`s hold: what
     * linkedom's `querySelectorAll(tagNames.join(','))` gives, and nothing
     * without a walk when the document holds no such element.
     */
    _getAllNodesWithTag(node: ReaderNode, tagNames: readonly string[]): ArrayLike<ReaderNode> {
      if (!this.holds(tagNames)) return [];
      const wanted = new Set(tagNames.map((name) => name.toLowerCase()));
      return walkElements(node, (name) => wanted.has(name), true);
    }

    /** Readability's test, with the text read node by node up to the first that is not white space rather than joined whole. */
    _isElementWithoutContent(node: ReaderNode): boolean {
      return node.nodeType === ELEMENT_NODE && !holdsText(node) && original._isElementWithoutContent.call(this, node);
    }

    /**
     * Readability's clean-up of links and media addresses, without making
     * the addresses absolute: the article is only mapped back to the page
     * text, its addresses never read, and resolving them (`new URL` for every
     * link and image) was a twentieth of Readability's time. Links to
     * `javascript:` are still replaced by their text or children, as the text
     * nodes of the article change with them.
     */
    _fixRelativeUris(articleContent: ReaderNode): void {
      const document = this.document as ReaderDocument & { createTextNode(text: string): ReaderNode };
      const links = this._getAllNodesWithTag(articleContent, ['a']);
      original._forEachNode.call(this, links, (node) => {
        const link = node as ReaderLink;
        const href = link.getAttribute('href');
        if (!href || href.indexOf('javascript:') !== 0) return;
        if (link.childNodes.length === 1 && link.childNodes[0]!.nodeType === TEXT_NODE) {
          link.parentNode.replaceChild(document.createTextNode(link.textContent), link);
        } else {
          const container = document.createElement('span') as ReaderParent;
          while (link.firstChild) container.appendChild(link.firstChild);
          link.parentNode.replaceChild(container, link);
        }
      });
    }

    /**
     * Readability's byline test, with the element's text read only when its
     * marks (`rel`, `itemprop`, id and classes) say byline: Readability read
     * the whole text of every element it passed before finding one.
     */
    _isValidByline(node: ReaderNode, matchString: string): boolean {
      const element = node as ReaderNode & { getAttribute(name: string): string | null };
      const rel = element.getAttribute('rel');
      const itemprop = element.getAttribute('itemprop');
      if (!(rel === 'author' || itemprop?.includes('author') || original.REGEXPS.byline.test(matchString))) return false;
      return original._isValidByline.call(this, node, matchString);
    }

    /** Readability's test, with an element that has no `style` attribute taken as neither `display: none` nor `visibility: hidden`. */
    _isProbablyVisible(node: ReaderNode): boolean {
      if (node.hasAttribute('style')) return original._isProbablyVisible.call(this, node);
      const element = node as ReaderNode & { getAttribute(name: string): string | null; className?: string };
      return (
        !element.hasAttribute('hidden') &&
        (!element.hasAttribute('aria-hidden') || element.getAttribute('aria-hidden') != 'true' || Boolean(element.className && element.className.includes && element.className.includes('fallback-image')))
      );
    }

    /** True when the page tree may hold an element of one of these names (any case). */
    private holds(tagNames: readonly string[]): boolean {
      const attempts = (this as unknown as { _attempts: unknown[] })._attempts.length;
      if (this.namesRead !== attempts) this.readNames(attempts);
      return tagNames.some((name) => this.tagNames.has(name.toLowerCase()));
    }

    /**
     * Reads the names of all elements in the page tree, by linkedom's list
     * of the document's nodes (`querySelectorAll('*')`, which leaves out what
     * `<template>`s hold: a page with templates is walked whole instead).
     */
    private readNames(attempts: number): void {
      const document = this.document as ReaderDocument & { querySelectorAll(selectors: string): ArrayLike<ReaderNode> };
      let elements: ArrayLike<ReaderNode> = document.querySelectorAll('*');
      if (Array.prototype.some.call(elements, (element: ReaderNode) => element.localName!.toLowerCase() === 'template')) elements = [document.documentElement!, ...walkElements(document.documentElement!, () => true, false)];
      for (let i = 0; i < elements.length; i++) this.tagNames.add(elements[i]!.localName!.toLowerCase());
      this.namesRead = attempts;
    }

    private noted(element: ReaderNode): ReaderNode {
      if (element.localName) this.tagNames.add(element.localName.toLowerCase());
      return element;
    }
  };
}

/** What a body's `innerHTML` gives while the page's copy is made on demand: no page holds this text. */
const PAGE_COPY = '\u0000page copy made on demand\u0000';

/** A node as its `innerHTML` is read and set. */
type ReaderBody = ReaderNode & { innerHTML: string };

/** linkedom's `innerHTML` accessors, from the node's prototypes. */
function innerHtmlOf(node: ReaderNode): { get: () => unknown; set: (html: string) => void } {
  for (let proto: object | null = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (descriptor?.get && descriptor.set) return { get: descriptor.get, set: descriptor.set };
  }
  throw new Error('The page tree has no innerHTML accessors');
}

let articleReader: ReturnType<typeof defineArticleReader> | null = null;

/**
 * An ArticleReader (see defineArticleReader) for a parsed page; `tagNames`,
 * the lower-case names of all its elements when the caller has them, spare
 * it a walk to find them; `remakePage`, the page parsed again from its
 * source, spares Readability its copy of the page until an attempt fails.
 * Readability is loaded on the first page whose article is looked for: a
 * batch without HTML never needs it.
 */
export function createArticleReader<T>(document: unknown, options: ConstructorParameters<typeof ReadabilityClass<T>>[1], tagNames?: ReadonlySet<string>, remakePage?: () => unknown): ReadabilityClass<T> {
  articleReader ??= defineArticleReader((createRequire(import.meta.url)('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability);
  return new articleReader<T>(document as ConstructorParameters<typeof ReadabilityClass<T>>[0], options, tagNames, remakePage);
}

/**
 * The elements under `root` (not `root` itself) whose lower-case name
 * passes `keep`, in document order, by sibling links; what `<template>`s
 * hold is skipped when `skipTemplates`, as linkedom's selectors do.
 */
function walkElements(root: ReaderNode, keep: (name: string) => boolean, skipTemplates: boolean): ReaderNode[] {
  // By linkedom's element links, which pass over text nodes (half a page's nodes are white space between tags) in its own loop.
  const found: ReaderNode[] = [];
  let current = root.firstElementChild ?? null;
  while (current) {
    const name = current.localName!.toLowerCase();
    if (keep(name)) found.push(current);
    const child = !skipTemplates || name !== 'template' ? (current.firstElementChild ?? null) : null;
    if (child) {
      current = child;
      continue;
    }
    current = nextElementOutside(current, root);
  }
  return found;
}

/** True when some text under `node` is more than white space: what `node.textContent.trim().length` tells, without joining the text. */
function holdsText(node: ReaderNode): boolean {
  let current = node.firstChild;
  while (current) {
    const type = current.nodeType;
    if ((type === TEXT_NODE || type === CDATA_SECTION_NODE) && (current.nodeValue ?? '').trim().length > 0) return true;
    const child = type === ELEMENT_NODE ? current.firstChild : null;
    if (child) {
      current = child;
      continue;
    }
    current = nextOutside(current, node);
  }
  return false;
}
