import { addInto, dot } from './vectors.js';
import type { Vector } from './vectors.js';

/** A document as the clustering compares it. */
export interface LinkItem {
  /** Unit tf-idf vector over all its features. */
  vector: Vector;
  /** Unit vector over its portable features only (names, figures, days): what it shares with a text in another language. */
  portable: Vector;
  language: string | null;
}

/** How documents of different languages are compared: their portable cosine times this (a translation shares only its names, figures and days). */
export interface LinkOptions {
  threshold: number;
  crossLanguage: number;
  /** A document left alone joins the story it is most like on average from this similarity (a short page, a partial copy). */
  attach: number;
  /**
   * Relative closeness (as in Chameleon, Karypis et al. 1999): two stories merge only when their documents are, on
   * average, at least this share as alike as those of the more cohesive story are to each other. Two translation pairs
   * on one parade (each pair 0.6 alike, 0.25 to each other) stay two stories; two halves of one event (0.35 inside,
   * 0.3 across) merge. 0 or absent: no such check.
   */
  relative?: number;
  /** The cohesion that check uses is capped here: a story of near-copies or translations (cohesion 0.9) would otherwise refuse every new report. */
  cohesionCap?: number;
}

/** A story being built: sums of its members' vectors per language, so that average link is a dot product of sums. */
interface Cluster {
  members: number[];
  full: Map<string | null, Vector>;
  portable: Map<string | null, Vector>;
  portableAll: Vector;
  neighbours: Set<number>;
  version: number;
  /** Its cohesion while its members stay the same (every link it is weighed for asks for it); null until asked. */
  cohesion: number | null;
}

/**
 * Average-link agglomerative clustering over a sparse candidate graph: the
 * two stories whose documents are most similar on average merge first, until
 * no pair reaches the threshold. A pair that is not a candidate counts as
 * similarity 0 in the average, so average link never chains stories through
 * one member. The average over all pairs of two stories is exact: with unit
 * vectors it is the dot product of their sums over their sizes. The outcome
 * depends on the documents, not on their order (ties go to the lower index).
 */
export function averageLink(items: readonly LinkItem[], candidates: ReadonlyArray<readonly number[]>, options: LinkOptions): number[][] {
  const clusters = items.map((item, i): Cluster => {
    const portableAll = new Map(item.portable);
    return { members: [i], full: new Map([[item.language, new Map(item.vector)]]), portable: new Map([[item.language, new Map(item.portable)]]), portableAll, neighbours: new Set(), version: 0, cohesion: null };
  });
  candidates.forEach((list, i) => {
    for (const j of list) if (j !== i) {
      clusters[i]!.neighbours.add(j);
      clusters[j]!.neighbours.add(i);
    }
  });
  const heap = new PairHeap();
  const push = (a: number, b: number) => {
    const score = link(clusters[a]!, clusters[b]!, options.crossLanguage);
    if (score >= options.threshold && score >= relativeBar(clusters[a]!, clusters[b]!, options)) heap.push({ a: Math.min(a, b), b: Math.max(a, b), score, versionA: clusters[Math.min(a, b)]!.version, versionB: clusters[Math.max(a, b)]!.version });
  };
  clusters.forEach((cluster, i) => {
    for (const j of cluster.neighbours) if (j > i) push(i, j);
  });
  const alive = new Set(clusters.keys());
  for (let pair = heap.pop(); pair; pair = heap.pop()) {
    const a = clusters[pair.a]!;
    const b = clusters[pair.b]!;
    if (!alive.has(pair.a) || !alive.has(pair.b) || a.version !== pair.versionA || b.version !== pair.versionB) continue;
    mergeInto(a, b);
    alive.delete(pair.b);
    for (const c of b.neighbours) if (c !== pair.a) {
      a.neighbours.add(c);
      clusters[c]!.neighbours.delete(pair.b);
      clusters[c]!.neighbours.add(pair.a);
    }
    a.neighbours.delete(pair.b);
    for (const c of a.neighbours) if (alive.has(c)) push(pair.a, c);
  }
  attachSingletons(clusters, alive, options);
  return [...alive].map((i) => clusters[i]!.members.sort((x, y) => x - y));
}

/**
 * Each document left alone joins the story of several it is most like on
 * average, if that reaches options.attach. Links are measured against the
 * stories as clustered, before any attachment, so the order of singletons
 * does not matter.
 */
function attachSingletons(clusters: Cluster[], alive: Set<number>, options: LinkOptions): void {
  const moves: Array<[number, number]> = [];
  for (const i of alive) {
    const single = clusters[i]!;
    if (single.members.length > 1) continue;
    let best = -1;
    let bestLink = options.attach;
    for (const c of single.neighbours) {
      if (!alive.has(c) || clusters[c]!.members.length < 2) continue;
      const score = link(single, clusters[c]!, options.crossLanguage);
      if (score > bestLink || (score === bestLink && best >= 0 && c < best)) {
        best = c;
        bestLink = score;
      }
    }
    if (best >= 0) moves.push([i, best]);
  }
  for (const [i, into] of moves) {
    clusters[into]!.members.push(...clusters[i]!.members);
    alive.delete(i);
  }
}

/** The link two stories need by options.relative: that share of the larger cohesion of the two, capped. */
function relativeBar(a: Cluster, b: Cluster, options: LinkOptions): number {
  if (!options.relative) return 0;
  const cap = options.cohesionCap ?? Infinity;
  return options.relative * Math.min(cap, Math.max(cohesion(a, options.crossLanguage), cohesion(b, options.crossLanguage)));
}

/** Average similarity of two different documents of one story (its link to itself without the self-pairs, each 1); 0 for one document. */
function cohesion(a: Cluster, crossLanguage: number): number {
  const n = a.members.length;
  if (n < 2) return 0;
  a.cohesion ??= (link(a, a, crossLanguage) * n * n - n) / (n * (n - 1));
  return a.cohesion;
}

/** Average similarity of the documents of two stories: same-language pairs by their full vectors, others by their portable ones. */
function link(a: Cluster, b: Cluster, crossLanguage: number): number {
  let same = 0;
  let samePortable = 0;
  for (const [language, vector] of a.full) {
    const other = b.full.get(language);
    if (!other) continue;
    same += dot(vector, other);
    samePortable += dot(a.portable.get(language)!, b.portable.get(language)!);
  }
  const cross = dot(a.portableAll, b.portableAll) - samePortable;
  return (same + crossLanguage * cross) / (a.members.length * b.members.length);
}

function mergeInto(a: Cluster, b: Cluster): void {
  a.members.push(...b.members);
  for (const [language, vector] of b.full) {
    const own = a.full.get(language);
    if (own) addInto(own, vector);
    else a.full.set(language, vector);
    const portable = a.portable.get(language);
    if (portable) addInto(portable, b.portable.get(language)!);
    else a.portable.set(language, b.portable.get(language)!);
  }
  addInto(a.portableAll, b.portableAll);
  a.version++;
  a.cohesion = null;
}

interface Pair {
  a: number;
  b: number;
  score: number;
  versionA: number;
  versionB: number;
}

/** A binary max-heap of candidate merges; equal scores go to the lower indices, so the order of input never decides. */
class PairHeap {
  private readonly items: Pair[] = [];

  push(pair: Pair): void {
    const items = this.items;
    items.push(pair);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Pair | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && before(items[left]!, items[best]!)) best = left;
        if (right < items.length && before(items[right]!, items[best]!)) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

function before(x: Pair, y: Pair): boolean {
  return x.score !== y.score ? x.score > y.score : x.a !== y.a ? x.a < y.a : x.b < y.b;
}
