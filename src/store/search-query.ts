import type { DocumentAnalysis } from '../dossier/document.js';
import type { Span } from '../doc/news-doc.js';
import { isRomanised, nameKey } from '../text/name-key.js';

/** The full-text index's columns, in order: the article's title and prose, its reader comments, and the name keys of both. */
export const SEARCH_COLUMNS = ['title', 'body', 'comments', 'names', 'comment_names'] as const;

/** Words and phrases a query holds at most: more is not a search, and each costs a look-up. */
const MAX_TERMS = 20;

/**
 * What the index reads of a document. Names are also indexed by their name
 * key (accents, transliteration and spelling folded: "Tokaïev", "Tokayev" and
 * "Токаев" are all "tokaiev"), and by the name the gazetteer knows them by
 * ("Kiev" → "Kyiv"), so a search finds every spelling the entity resolution
 * would join.
 */
export function searchFields(analysis: Pick<DocumentAnalysis, 'title' | 'text' | 'body' | 'comments' | 'mentions'>): Record<(typeof SEARCH_COLUMNS)[number], string> {
  const slice = (spans: readonly Span[]) => spans.map(([s, e]) => analysis.text.slice(s, e)).join('\n\n');
  const inComments = (at: number) => analysis.comments.some((c) => at >= c.span[0] && at < c.span[1]);
  const keys = (article: boolean) =>
    [...new Set(analysis.mentions.filter((m) => inComments(m.span[0]) !== article).flatMap((m) => [m.text, m.known ?? ''].flatMap(nameKeys)))].join(' ');
  return { title: analysis.title ?? '', body: slice(analysis.body), comments: slice(analysis.comments.map((c) => c.span)), names: keys(true), comment_names: keys(false) };
}

/**
 * A user's query as an FTS5 expression: "quoted phrases" stay phrases, other
 * words are each required, and each word also matches names spelled another
 * way (through its name key). Operators are never passed through. Reader
 * comments are searched only when asked for.
 */
export function ftsQuery(q: string, options: { comments?: boolean } = {}): string | null {
  const text = `{${options.comments ? 'title body comments' : 'title body'}}`;
  const names = `{${options.comments ? 'names comment_names' : 'names'}}`;
  const terms: string[] = [];
  for (const [, phrase, word] of q.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const words = (phrase ?? word ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    if (phrase !== undefined && words.length > 1) terms.push(`${text} : "${words.join(' ')}"`);
    else for (const w of words) terms.push(`(${text} : "${w}"${nameKeys(w).map((key) => ` OR ${names} : "${key}"`).join('')})`);
  }
  return terms.length ? terms.slice(0, MAX_TERMS).join(' AND ') : null;
}

/** The name keys of each word of a name, for the words long enough to be names. */
function nameKeys(name: string): string[] {
  return (name.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3).map(nameKey).filter(isRomanised);
}
