import { Readability } from '@mozilla/readability';

/** The slice of a linkedom node that the reader's own helpers walk. */
interface ReaderNode {
  nodeType: number;
  localName?: string;
  firstChild: ReaderNode | null;
  nextSibling: ReaderNode | null;
  parentNode: ReaderNode | null;
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
  _unwrapNoscriptImages(document: ReaderDocument): void;
  _isProbablyVisible(node: ReaderNode): boolean;
  _isElementWithoutContent(node: ReaderNode): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const original = Readability.prototype as unknown as ReadabilityHelpers;

/**
 * Readability.js with two of its helpers answered without linkedom's
 * slowest paths, same answers in the same order. On the
 * article-extraction-benchmark pages the selector engine (compiled anew on
 * each of 20,000 searches, nine in ten of which find nothing: `object`,
 * `embed`, `textarea` under every candidate) took a sixth of Readability's
 * time, and reading `style` built a parsed style object for every element,
 * most of which have no `style` attribute at all.
 */
export class ArticleReader<T> extends Readability<T> {
  /** Lower-case names of every element the page tree has held since they were last read (a superset of those it holds). */
  private readonly tagNames = new Set<string>();
  /** Readability's failed attempts when the names were read (it puts the page back through `innerHTML` after one); -1 before. */
  private namesRead = -1;
  private readonly document: ReaderDocument;

  constructor(document: ConstructorParameters<typeof Readability<T>>[0], options?: ConstructorParameters<typeof Readability<T>>[1]) {
    super(document, options);
    this.document = document as unknown as ReaderDocument;
  }

  /**
   * Readability's parse, with the names of the elements it makes noted for
   * the searches below (the parser, `cloneNode` and `createElement` go
   * through the document's two methods; `innerHTML`, which parses in a
   * document of its own, is caught by walking the tree again after it).
   */
  override parse(): ReturnType<Readability<T>['parse']> {
    const document = this.document;
    const { createElement, createElementNS, getElementsByTagName } = document;
    document.createElement = (name, options) => this.noted(createElement.call(document, name, options));
    document.createElementNS = (namespace, name, options) => this.noted(createElementNS.call(document, namespace, name, options));
    document.getElementsByTagName = (name) => (name === '*' ? getElementsByTagName.call(document, name) : this.elementsNamed(name));
    try {
      return super.parse();
    } finally {
      // Own properties over the prototype's methods: deleting them gives the document back its own.
      delete (document as Partial<ReaderDocument>).createElement;
      delete (document as Partial<ReaderDocument>).createElementNS;
      delete (document as Partial<ReaderDocument>).getElementsByTagName;
    }
  }

  /** Readability's step that puts images out of `<noscript>` through `innerHTML`: the names are read again after it. */
  _unwrapNoscriptImages(document: ReaderDocument): void {
    original._unwrapNoscriptImages.call(this, document);
    this.namesRead = -1;
  }

  /**
   * The elements under `node` (not `node` itself) whose tag is one of
   * `tagNames`, in document order, skipping what `<template>`s hold: what
   * linkedom's `querySelectorAll(tagNames.join(','))` gives, and nothing
   * without a walk when the document holds no such element.
   */
  _getAllNodesWithTag(node: ReaderNode, tagNames: readonly string[]): ArrayLike<ReaderNode> {
    this.readNamesIfStale();
    const wanted = new Set(tagNames.map((name) => name.toLowerCase()).filter((name) => this.tagNames.has(name)));
    if (wanted.size === 0) return [];
    return node.nodeType === DOCUMENT_NODE ? this.inDocument((name) => wanted.has(name), true) : walkElements(node, (name) => wanted.has(name), true);
  }

  /** Readability's test, with the text read node by node up to the first that is not white space rather than joined whole. */
  _isElementWithoutContent(node: ReaderNode): boolean {
    return node.nodeType === ELEMENT_NODE && !holdsText(node) && original._isElementWithoutContent.call(this, node);
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

  /** Reads the names of all elements in the page tree, unless read since the last `innerHTML` Readability set. */
  private readNamesIfStale(): void {
    const attempts = (this as unknown as { _attempts: unknown[] })._attempts.length;
    if (this.namesRead === attempts) return;
    for (const element of this.inDocument(() => true, false)) this.tagNames.add(element.localName!.toLowerCase());
    this.namesRead = attempts;
  }

  /**
   * What linkedom's `document.getElementsByTagName(name)` gives for a name
   * other than `*`: elements whose name is `name` as written or upper-cased,
   * in document order, `<template>` contents included.
   */
  private elementsNamed(name: string): ReaderNode[] {
    this.readNamesIfStale();
    if (!this.tagNames.has(name.toLowerCase())) return [];
    return this.inDocument((lower) => lower === name || lower.toUpperCase() === name, false, true);
  }

  /**
   * The elements of the whole document that `keep` (given lower-case names,
   * or names as written when `asWritten`) wants, the root element first: the
   * document holds nothing else, being parsed from the one `<html>` that
   * repairHtml writes.
   */
  private inDocument(keep: (name: string) => boolean, skipTemplates: boolean, asWritten = false): ReaderNode[] {
    const root = this.document.documentElement;
    if (!root) return [];
    const own = asWritten ? root.localName! : root.localName!.toLowerCase();
    const found = walkElements(root, keep, skipTemplates, asWritten);
    if (keep(own)) found.unshift(root);
    return found;
  }

  private noted(element: ReaderNode): ReaderNode {
    if (element.localName) this.tagNames.add(element.localName.toLowerCase());
    return element;
  }
}

/**
 * The elements under `root` (not `root` itself) whose lower-case name (or
 * name as written, when `asWritten`) passes `keep`, in document order, by sibling links; what `<template>`s
 * hold is skipped when `skipTemplates`, as linkedom's selectors do.
 */
function walkElements(root: ReaderNode, keep: (name: string) => boolean, skipTemplates: boolean, asWritten = false): ReaderNode[] {
  const found: ReaderNode[] = [];
  let current = root.firstChild;
  while (current) {
    let child: ReaderNode | null = null;
    if (current.nodeType === ELEMENT_NODE) {
      const name = asWritten ? current.localName! : current.localName!.toLowerCase();
      if (keep(name)) found.push(current);
      if (!skipTemplates || name.toLowerCase() !== 'template') child = current.firstChild;
    }
    if (child) {
      current = child;
      continue;
    }
    let next: ReaderNode | null = current.nextSibling;
    while (!next) {
      current = current.parentNode;
      if (!current || current === root) break;
      next = current.nextSibling;
    }
    current = next;
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
    let next: ReaderNode | null = current.nextSibling;
    while (!next) {
      current = current.parentNode;
      if (!current || current === node) return false;
      next = current.nextSibling;
    }
    current = next;
  }
  return false;
}
