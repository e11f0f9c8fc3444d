import type { Span } from '../../doc/news-doc.js';
import { nameKey } from '../../text/name-key.js';

/** A document as citation linking sees it: what it cites, and the publication it is. */
export interface CitingDocument {
  id: string;
  text: string;
  body: readonly Span[];
  /** The publication the record names (JSON field, og:site_name, URL host). */
  outlet?: string | null;
  /** The agency or outlet credited inside the text. */
  credit: string | null;
  cites: ReadonlyArray<{ name: string; span: Span; via?: string }>;
}

/** A `cites` relation: the citing document points at a document of the source it cites. */
export interface CiteRelation {
  type: 'cites';
  from: string;
  to: string;
  score: number;
  evidence: Array<{ from: Span; to: Span }>;
}

/** Names shorter than this match only whole ("US" is not inside "Business"). */
const MIN_CONTAINED = 3;

/**
 * "told RIA Novosti" in one document, and a document that is RIA Novosti's
 * (its outlet or its credit) in the same set: a `cites` relation from the
 * first to the second, with the cue and the place the second names itself
 * as evidence.
 */
export function citeRelations(docs: readonly CitingDocument[]): CiteRelation[] {
  const publishers = docs.flatMap((doc) => [doc.outlet, doc.credit].filter((n): n is string => Boolean(n)).map((name) => ({ doc, keys: publisherKeys(name) })));
  const relations: CiteRelation[] = [];
  for (const doc of docs) {
    const own = [doc.outlet, doc.credit].filter((n): n is string => Boolean(n)).flatMap(publisherKeys);
    for (const cite of doc.cites) {
      const key = nameKey(cite.name);
      // A wire story quoting an interview its own agency gave ("… told Riverside Wire" in Riverside Wire's text) cites no other document.
      if (cite.via || own.some((k) => sameName(k, key))) continue;
      for (const publisher of publishers) {
        if (publisher.doc.id === doc.id || !publisher.keys.some((k) => sameName(k, key))) continue;
        if (relations.some((r) => r.from === doc.id && r.to === publisher.doc.id)) continue;
        relations.push({ type: 'cites', from: doc.id, to: publisher.doc.id, score: 1, evidence: [{ from: cite.span, to: selfNaming(publisher.doc) }] });
      }
    }
  }
  return relations;
}

/** "RIA Novosti" → ["rianovosti"]; "ria.ru" → ["riaru", "ria"] (a host's first label names the outlet too). */
export function publisherKeys(name: string): string[] {
  const keys = [nameKey(name)];
  const host = /^([a-z0-9-]+)\.[a-z.]+$/i.exec(name.trim());
  if (host) keys.push(nameKey(host[1]!));
  return keys.filter(Boolean);
}

/** Whether two publisher keys name one publisher: equal, or one starts with the other ("ria", "rianovosti"). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_CONTAINED && long.startsWith(short);
}

/** Where the cited document names its publisher (its credit, else its outlet), else its first paragraph. */
function selfNaming(doc: CitingDocument): Span {
  for (const name of [doc.credit, doc.outlet]) {
    const at = name ? doc.text.indexOf(name) : -1;
    if (at >= 0) return [at, at + name!.length];
  }
  return doc.body[0] ?? [0, Math.min(doc.text.length, 80)];
}
