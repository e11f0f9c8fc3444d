import type { Span } from '../../doc/news-doc.js';
import { cognateStem } from '../../text/name-key.js';
import type { Claim } from './compare-claims.js';
import { UnionFind } from '../shared/union-find.js';

/** A figure as the comparison of measures sees it. */
export interface FigurePoint {
  doc: string;
  story: string | null;
  span: Span;
  value: number;
  unit: string | null;
  /** What is counted, in the document's words ("ships were waiting at anchor"). */
  about: string;
  /** The day the figure was reported. */
  day: string | null;
}

/** Words of at least this many letters name what is counted; shorter ones are mostly grammar ("were", "ont"). */
const MIN_MEASURE_WORD = 5;
/** A measure is named by the first words after the figure (unit: words). */
const MEASURE_WORDS = 4;
/** Two figures this far apart (ratio) are not the same measure. */
const MAX_RATIO = 20;

/**
 * Figures of one story that count the same thing (same unit, a shared stem in
 * the words after them) with different values: `updated` when each day has
 * one value and the days differ (a count rising day by day), `contested` when
 * independent documents give different values for the same day.
 */
export function compareFigures(points: readonly FigurePoint[], dependent: (a: string, b: string) => boolean): Claim[] {
  const sets = new UnionFind(points.length);
  const firstWithKey = new Map<string, number>();
  const stems = points.map((point) => measureStems(point.about));
  points.forEach((point, i) => {
    for (const stem of stems[i]!) {
      const key = `${point.story}|${point.unit}|${stem}`;
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, i);
      else if (withinRatio(points[first]!.value, point.value)) sets.union(first, i);
    }
  });
  const groups = new Map<number, FigurePoint[]>();
  points.forEach((point, i) => {
    if (!point.story || stems[i]!.length === 0) return;
    const root = sets.find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(point);
  });
  const claims: Claim[] = [];
  for (const group of groups.values()) {
    const documents = [...new Set(group.map((p) => p.doc))];
    const values = new Set(group.map((p) => p.value));
    if (documents.length < 2 || values.size < 2) continue;
    const byDay = new Map<string, FigurePoint[]>();
    for (const point of group) if (point.day) (byDay.get(point.day) ?? byDay.set(point.day, []).get(point.day)!).push(point);
    const disagreement = [...byDay.values()].find((same) => same.some((a) => same.some((b) => a.value !== b.value && a.doc !== b.doc && !dependent(a.doc, b.doc))));
    if (!disagreement && byDay.size < 2) continue;
    const ordered = [...group].sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.value - b.value);
    const series = [...new Set(ordered.map((p) => p.value))].map(String).join(' → ');
    claims.push({
      id: '',
      statement: disagreement ? `${disagreement[0]!.about}: ${[...new Set(disagreement.map((p) => p.value))].join(' or ')} on ${disagreement[0]!.day}` : `${ordered.at(-1)!.about}: ${series}`,
      status: disagreement ? 'contested' : 'updated',
      documents,
      evidence: ordered.map((p) => ({ doc: p.doc, span: p.span })),
      for: [],
      against: [],
      origins: [],
    });
  }
  return claims;
}

/** Stems of the first long words after a figure: what it counts. */
export function measureStems(about: string): string[] {
  const words = about.toLowerCase().match(/\p{L}+/gu) ?? [];
  // "evacuated", "évacuées", "evakuiert", "эвакуированы" share the stem "evaku" across languages.
  return [...new Set(words.slice(0, MEASURE_WORDS).filter((w) => w.length >= MIN_MEASURE_WORD).map(cognateStem))];
}

function withinRatio(a: number, b: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  return low > 0 && high / low <= MAX_RATIO;
}
