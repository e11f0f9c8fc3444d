import type { InputMeta } from '../doc/news-doc.js';

/** The part of a parsed page that metadata is read from. */
export interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** Title, date, byline, address and outlet from JSON-LD and meta tags. */
export function readMetadata(page: MetaDocument): InputMeta {
  const metaContent = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = page.querySelector(selector)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = readJsonLd(page);
  return {
    title: ld.headline ?? metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? page.querySelector('title')?.textContent?.trim() ?? null,
    published:
      ld.datePublished ??
      metaContent('meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]'),
    byline: ld.author ?? metaContent('meta[name="author"]', 'meta[property="article:author"]'),
    url: metaContent('meta[property="og:url"]') ?? page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    outlet: metaContent('meta[property="og:site_name"]'),
    language: null,
  };
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
}

function readJsonLd(page: MetaDocument): JsonLdArticle {
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
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
  };
}
