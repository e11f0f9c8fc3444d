import type { InputMeta } from '../doc/news-doc.js';
import { nextElementOutside } from './tree-walk.js';

/** A node of the parsed page as metadata reads it (linkedom's nodes have these). */
interface MetaNode {
  nodeType: number;
  localName?: string;
  firstElementChild: MetaNode | null;
  nextElementSibling: MetaNode | null;
  parentNode: MetaNode | null;
  getAttribute?(name: string): string | null;
  textContent: string | null;
}

/** An element as metadata reads it. */
type MetaElement = MetaNode & { localName: string; getAttribute(name: string): string | null };

/** The part of a parsed page that metadata is read from: its root element, walked with all it holds. */
export interface MetaDocument {
  documentElement: MetaNode | null;
}

/** Meta tags by the names pages use (`property`, `name`, `itemprop`), first value kept. */
type MetaIndex = Map<string, string>;

/**
 * Title, date, byline, address and outlet from JSON-LD and meta tags, read
 * in one pass over the tree (each `querySelector` walks the whole page).
 * The same pass notes the lower-case names of all the page's elements in
 * `tagNames` when given (for the article search, which then need not walk
 * the page for them again); on a page with a `<template>`, whose contents
 * the pass leaves out, they stay marked incomplete.
 */
export function readMetadata(page: MetaDocument, tagNames?: ElementNames): InputMeta & { summary: string | null } {
  const metas: MetaIndex = new Map();
  const scripts: MetaElement[] = [];
  let title: string | null = null;
  let canonical: string | null = null;
  for (const element of page.documentElement ? metadataElements(page.documentElement, tagNames) : []) {
    const name = element.localName.toLowerCase();
    if (name === 'script') scripts.push(element);
    else if (name === 'title') title ??= element.textContent?.trim() || null;
    else if (name === 'link') canonical ??= element.getAttribute('href');
    else {
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
      const content = element.getAttribute('content')?.trim();
      if (key && content && !metas.has(key.toLowerCase())) metas.set(key.toLowerCase(), content);
    }
  }
  const metaContent = (...keys: string[]): string | null => keys.map((key) => metas.get(key)).find(Boolean) ?? null;
  const ld = readJsonLd(scripts);
  return {
    title: ld.headline ?? metaContent('og:title', 'twitter:title') ?? title,
    published: ld.datePublished ?? metaContent('article:published_time', 'pubdate', 'date', 'datepublished'),
    byline: ld.author ?? metaContent('author', 'article:author'),
    url: metaContent('og:url') ?? canonical,
    outlet: metaContent('og:site_name'),
    language: null,
    summary: ld.description ?? metaContent('og:description', 'description', 'twitter:description'),
  };
}

/** Lower-case names of a page's elements, and whether all of them are there. */
export interface ElementNames {
  names: Set<string>;
  complete: boolean;
}

/** Attribute values HTML selectors compare ignoring case (`rel`, `type`), lower-case, by element. */
const WANTED_ATTRIBUTE: ReadonlyMap<string, readonly [string, string]> = new Map([['link', ['rel', 'canonical']], ['script', ['type', 'application/ld+json']]]);

/**
 * The elements `meta, title, link[rel="canonical"], script[type="application/ld+json"]`
 * would select, in document order, template contents left out as linkedom's
 * `querySelectorAll` does; one walk by sibling links, without the selector
 * engine, which tried each of its four selectors on every element. Names
 * of the elements go to `tagNames` (see readMetadata).
 */
function metadataElements(root: MetaNode, tagNames?: ElementNames): MetaElement[] {
  const found: MetaElement[] = [];
  // Elements only, by linkedom's element links, which pass over text nodes in its own loop.
  let node: MetaNode | null = root;
  if (tagNames) tagNames.complete = true;
  while (node) {
    const name = (node.localName ?? '').toLowerCase();
    if (tagNames && name) tagNames.names.add(name);
    if (tagNames && name === 'template') tagNames.complete = false;
    const wanted = WANTED_ATTRIBUTE.get(name);
    if (name === 'meta' || name === 'title' || (wanted && hasValue(node as MetaElement, wanted))) found.push(node as MetaElement);
    const child: MetaNode | null = name !== 'template' ? node.firstElementChild : null;
    if (child) {
      node = child;
      continue;
    }
    node = nextElementOutside(node, root);
  }
  return found;
}

/** True when the element's attribute has the value, ignoring case. */
function hasValue(element: MetaElement, [attribute, value]: readonly [string, string]): boolean {
  const actual = element.getAttribute(attribute);
  return actual !== null && actual.length === value.length && actual.toLowerCase() === value;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  description?: string;
}

function readJsonLd(scripts: readonly MetaElement[]): JsonLdArticle {
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; other metadata still applies
    }
    const article = findLdArticle(data);
    if (article) return article;
  }
  return {};
}

/** JSON-LD articles sit at most a few levels down (`@graph`, lists); deeper nesting is not looked into (unit: levels). */
const MAX_LD_DEPTH = 8;

function findLdArticle(data: unknown, depth = 0): JsonLdArticle | null {
  if (depth > MAX_LD_DEPTH) return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findLdArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record['@graph'])) return findLdArticle(record['@graph'], depth + 1);
  if (typeof record.headline !== 'string' && typeof record.datePublished !== 'string') return null;
  const author = Array.isArray(record.author) ? record.author[0] : record.author;
  const authorName = typeof author === 'string' ? author : typeof author === 'object' && author ? (author as { name?: unknown }).name : undefined;
  return {
    headline: typeof record.headline === 'string' ? record.headline.trim() : undefined,
    datePublished: typeof record.datePublished === 'string' ? record.datePublished : undefined,
    author: typeof authorName === 'string' ? authorName.trim() : undefined,
    description: typeof record.description === 'string' ? record.description.trim() : undefined,
  };
}
