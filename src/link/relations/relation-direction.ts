import { nameKey } from '../../text/name-key.js';
import { publisherKeys, sameName } from './cite-relations.js';

/** What direction finding reads of a document: its dates and what it says of its provenance. */
export interface ProvenanceSource {
  id: string;
  published: string | null;
  /** The publisher a "Reposted from …" line names (in parentheses too), or null. */
  republishedFrom?: string | null;
  /** The agency or outlet credited inside the text. */
  credit?: string | null;
  /** The publication the record says it is (JSON field, og:site_name, URL host). */
  outlet?: string | null;
  /** Sources the text names ("told RIA Novosti"). */
  cites?: ReadonlyArray<{ name: string }>;
}

/**
 * How the direction of a relation was decided: the derived text says it
 * reposts (`repost`), credits or names the other's publisher (`credit`,
 * `named-source`), or came out later (`date`); `unknown` when nothing says,
 * and then `from` and `to` are only in the order of their ids.
 */
export type DirectionBasis = 'repost' | 'credit' | 'named-source' | 'date' | 'unknown';

/** The derived document and its source, and what says so. */
export interface Direction {
  from: string;
  to: string;
  basis: DirectionBasis;
}

/**
 * Which of two documents sharing text derives from the other. A document
 * that says it reposts, or names the other's publisher as its credit or its
 * source, is the derived one; otherwise the later one when both are dated on
 * different days or times. Length says nothing (a repost may add a comment,
 * a source may be cut), so without any of these the direction is unknown.
 */
export function relationDirection(a: ProvenanceSource, b: ProvenanceSource): Direction {
  const checks: ReadonlyArray<[DirectionBasis, (x: ProvenanceSource, y: ProvenanceSource) => boolean]> = [
    ['repost', (x, y) => Boolean(x.republishedFrom) && (!y.republishedFrom || names(x.republishedFrom, y))],
    ['credit', (x, y) => names(x.credit, y) && !names(y.credit, x)],
    ['named-source', (x, y) => (x.cites ?? []).some((cite) => names(cite.name, y)) && !(y.cites ?? []).some((cite) => names(cite.name, x))],
  ];
  for (const [basis, derives] of checks) {
    const [ab, ba] = [derives(a, b), derives(b, a)];
    if (ab !== ba) return ab ? { from: a.id, to: b.id, basis } : { from: b.id, to: a.id, basis };
  }
  const later = laterOf(a, b);
  if (later) return later === a ? { from: a.id, to: b.id, basis: 'date' } : { from: b.id, to: a.id, basis: 'date' };
  return a.id <= b.id ? { from: a.id, to: b.id, basis: 'unknown' } : { from: b.id, to: a.id, basis: 'unknown' };
}

/** Whether a publisher name names the other document's own publisher (its outlet, else its credit). */
function names(name: string | null | undefined, other: ProvenanceSource): boolean {
  if (!name) return false;
  const key = nameKey(name);
  if (!key) return false;
  const own = [other.outlet, other.credit].filter((n): n is string => Boolean(n)).flatMap(publisherKeys);
  return own.some((k) => sameName(k, key));
}

/** The later of two dated documents; null when either is undated or they are dated alike ("2024-03-04" and "2024-03-04T09:00" are one day). */
function laterOf(a: ProvenanceSource, b: ProvenanceSource): ProvenanceSource | null {
  if (!a.published || !b.published) return null;
  const [x, y] = [a.published, b.published];
  if (x.startsWith(y) || y.startsWith(x)) return null;
  return x > y ? a : b;
}
