import type { InputMeta } from '../doc/news-doc.js';

/** An element as metadata reads it. */
interface MetaElement {
  nodeName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** The part of a parsed page that metadata is read from. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}

/** Meta tags by the names pages use (`property`, `name`, `itemprop`), first value kept. */
type MetaIndex = Map<string, string>;

/**
 * Title, date, byline, address and outlet from JSON-LD and meta tags, read
 * in one pass over the tree (each `querySelector` walks the whole page).
 */
export function readMetadata(page: MetaDocument): InputMeta & { summary: string | null } {
  const elements = page.querySelectorAll('meta, title, link[rel="canonical"], script[type="application/ld+json"]');
  const metas: MetaIndex = new Map();
  const scripts: MetaElement[] = [];
  let title: string | null = null;
  let canonical: string | null = null;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const name = element.nodeName.toUpperCase();
    if (name === 'SCRIPT') scripts.push(element);
    else if (name === 'TITLE') title ??= element.textContent?.trim() || null;
    else if (name === 'LINK') canonical ??= element.getAttribute('href');
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
