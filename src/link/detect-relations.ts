import type { Span } from '../doc/news-doc.js';
import { cognateStem } from '../text/name-key.js';
import { candidatePairs } from './candidates.js';

/** A document as relation detection sees it: its sentences with their words and their language-independent anchors. */
export interface RelationSource {
  id: string;
  language: string | null;
  published: string | null;
  text: string;
  story: string | null;
  /** Body sentences. */
  sentences: readonly Span[];
  /** Anchors per sentence, in the same order: entity ids, figure values, days. */
  anchors: ReadonlyArray<ReadonlySet<string>>;
  /** The document says it reposts another publisher's text ("Reposted from …"). */
  reposted?: boolean;
}

/** A relation of the dossier between two documents, from the derived one to its source where the direction is known. */
export interface Relation {
  type: 'copy' | 'translation' | 'shared-text';
  from: string;
  to: string;
  score: number;
  evidence: Array<{ from: Span; to: Span }>;
}

/** Word n-grams compared within a language (unit: words). */
const SHINGLE = 5;
/** A sentence is shared when this share of its shingles is in the other document. */
const SHARED_SENTENCE = 0.5;
/**
 * Across languages, two sentences align when their anchors and cognate stems
 * agree this much (weighted Jaccard; translated sentence pairs of the
 * reference corpus score 0.23–0.40, unrelated ones of the same story up to 0.20)…
 */
const ALIGNED_ANCHORS = 0.22;
/** …and share at least this many anchors or stems. */
const MIN_SHARED_ANCHORS = 4;
/**
 * A translation keeps the order of its source: weaker sentence pairs (two
 * shared anchors, comparable length) count when they form an ordered chain
 * covering this share of the smaller document.
 */
const ORDERED = { anchors: 2, score: 0.06, lengthRatio: 2.2, minShare: 0.5 };
/** Share of the smaller document's sentences found in the other (measured on the reference corpus: shared text 0.18–0.39, independent ≤ 0.06). */
const THRESHOLDS = { copy: 0.7, translation: 0.6, sharedText: 0.15 };
/**
 * Aligned sentences must share more than the story itself: at least this many
 * pairs, and this share of all pairs, share an anchor or stem that is not
 * found in every compared document (the story's country and main actors).
 */
const MIN_CONTENT_PAIRS = 2;
const CONTENT_SHARE = 0.5;
/** Story-wide anchors are only told apart among at least this many documents. */
const MIN_DOCUMENTS_FOR_COMMON = 3;
/** Fewer aligned sentences than this is coincidence. */
const MIN_PAIRS = 3;

/** Finds copies, translations and shared text between documents of the same story, comparing each only with its best candidates. */
export function detectRelations(sources: readonly RelationSource[]): Relation[] {
  const byStory = new Map<string, RelationSource[]>();
  for (const source of sources) {
    if (!source.story) continue;
    const members = byStory.get(source.story);
    if (members) members.push(source);
    else byStory.set(source.story, [source]);
  }
  const relations: Relation[] = [];
  for (const members of byStory.values()) {
    const candidates = candidatePairs(members.map(relationKeys));
    const common = storyAnchors(members);
    for (const [i, others] of candidates) {
      for (const j of others) {
        const relation = compareDocuments(members[j]!, members[i]!, common);
        if (relation) relations.push(relation);
      }
    }
  }
  return relations;
}

/** Keys that propose pairs worth aligning: sampled word 5-grams and the sentences' anchors. */
function relationKeys(source: RelationSource): string[] {
  const keys = source.anchors.flatMap((set) => [...set]);
  for (const [start, end] of source.sentences) for (const shingle of shingles(source.text.slice(start, end))) if (shingle.length % 4 === 0) keys.push(`t:${shingle}`);
  return keys;
}

/**
 * Anchors and stems found in every one of these documents (at least three):
 * the story they all tell, which says nothing about one text translating another.
 * "Журналист из Алматы выпустил книгу о Казахстане … Аблязов и Токаев" names
 * the actors of every article about the protests but translates none.
 */
export function storyAnchors(sources: readonly RelationSource[]): ReadonlySet<string> {
  if (sources.length < MIN_DOCUMENTS_FOR_COMMON) return new Set();
  const perDocument = sources.map((source) => new Set(source.sentences.flatMap((span, k) => [...withCognates(source.anchors[k]!, source.text.slice(span[0], span[1]))])));
  const [first, ...rest] = perDocument;
  return new Set([...first!].filter((anchor) => rest.every((set) => set.has(anchor))));
}

/** The relation between two documents, if their text is shared: copy, translation or shared text, from the derived one to its source. */
export function compareDocuments(a: RelationSource, b: RelationSource, common: ReadonlySet<string> = new Set()): Relation | null {
  const sameLanguage = a.language !== null && a.language === b.language;
  const pairs = sameLanguage ? sharedSentences(a, b) : alignedSentences(a, b, common);
  const smaller = Math.min(a.sentences.length, b.sentences.length);
  if (smaller === 0) return null;
  const score = pairs.length / smaller;
  if (score < THRESHOLDS.sharedText || pairs.length < MIN_PAIRS) return null;
  const type = sameLanguage ? (score >= THRESHOLDS.copy ? 'copy' : 'shared-text') : score >= THRESHOLDS.translation ? 'translation' : 'shared-text';
  const [derived, source] = isDerived(a, b) ? [a, b] : [b, a];
  const evidence = pairs.map(([x, y]) => (derived === a ? { from: a.sentences[x]!, to: b.sentences[y]! } : { from: b.sentences[y]!, to: a.sentences[x]! }));
  return { type, from: derived.id, to: source.id, score: Math.round(Math.min(1, score) * 100) / 100, evidence };
}

/** A document that says it reposts derives from the other; else the later from the earlier; without dates, the shorter from the longer. */
function isDerived(a: RelationSource, b: RelationSource): boolean {
  if (Boolean(a.reposted) !== Boolean(b.reposted)) return Boolean(a.reposted);
  if (a.published && b.published && a.published !== b.published) return a.published > b.published;
  return a.sentences.length < b.sentences.length;
}

/** Sentence pairs sharing most of their word shingles (same language). */
export function sharedSentences(a: RelationSource, b: RelationSource): Array<[number, number]> {
  const shinglesB = b.sentences.map((span) => shingles(b.text.slice(span[0], span[1])));
  const owner = new Map<string, number>();
  shinglesB.forEach((set, y) => set.forEach((s) => owner.has(s) || owner.set(s, y)));
  const pairs: Array<[number, number]> = [];
  a.sentences.forEach((span, x) => {
    const set = shingles(a.text.slice(span[0], span[1]));
    if (set.size === 0) return;
    const votes = new Map<number, number>();
    for (const s of set) {
      const y = owner.get(s);
      if (y !== undefined) votes.set(y, (votes.get(y) ?? 0) + 1);
    }
    const best = [...votes].sort((p, q) => q[1] - p[1])[0];
    if (best && best[1] / set.size >= SHARED_SENTENCE) pairs.push([x, best[0]]);
  });
  return pairs;
}

function shingles(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

/** Words this long are compared by their cognate stems. */
const MIN_COGNATE_WORD = 6;

/** A sentence's anchors plus the romanised stems of its long words. */
function withCognates(anchors: ReadonlySet<string>, sentence: string): Set<string> {
  const set = new Set(anchors);
  for (const word of sentence.match(/[\p{L}]{6,}/gu) ?? []) {
    if (word.length < MIN_COGNATE_WORD) continue;
    set.add(`w:${cognateStem(word)}`);
  }
  return set;
}

/**
 * Sentence pairs across languages anchored on the same entities, figures and
 * days, each sentence used once; anchors found in many sentences (the story's
 * main actor) weigh little, rare ones (a figure, a date) much.
 */
export function alignedSentences(a: RelationSource, b: RelationSource, common: ReadonlySet<string> = new Set()): Array<[number, number]> {
  const anchorsA = a.anchors.map((set, x) => withCognates(set, a.text.slice(a.sentences[x]![0], a.sentences[x]![1])));
  const anchorsB = b.anchors.map((set, y) => withCognates(set, b.text.slice(b.sentences[y]![0], b.sentences[y]![1])));
  const frequency = new Map<string, number>();
  for (const set of [...anchorsA, ...anchorsB]) for (const anchor of set) frequency.set(anchor, (frequency.get(anchor) ?? 0) + 1);
  const total = anchorsA.length + anchorsB.length;
  const weight = (anchor: string) => Math.log(1 + total / (frequency.get(anchor) ?? 1));
  const lengthOf = (source: RelationSource, i: number) => source.sentences[i]![1] - source.sentences[i]![0];
  const strict: Array<{ x: number; y: number; score: number }> = [];
  const ordered: number[][] = anchorsA.map(() => new Array<number>(anchorsB.length).fill(0));
  anchorsA.forEach((setA, x) => {
    anchorsB.forEach((setB, y) => {
      let shared = 0;
      let sharedWeight = 0;
      let unionWeight = 0;
      for (const anchor of setA) {
        unionWeight += weight(anchor);
        if (setB.has(anchor)) {
          shared++;
          sharedWeight += weight(anchor);
        }
      }
      for (const anchor of setB) if (!setA.has(anchor)) unionWeight += weight(anchor);
      const score = unionWeight ? sharedWeight / unionWeight : 0;
      if (shared >= MIN_SHARED_ANCHORS && score >= ALIGNED_ANCHORS) strict.push({ x, y, score });
      const ratio = lengthOf(a, x) / Math.max(1, lengthOf(b, y));
      if (shared >= ORDERED.anchors && score >= ORDERED.score && ratio <= ORDERED.lengthRatio && 1 / ratio <= ORDERED.lengthRatio) ordered[x]![y] = score;
    });
  });
  const chain = orderedChain(ordered);
  const pairs = chain.length >= ORDERED.minShare * Math.min(anchorsA.length, anchorsB.length) && chain.length > strict.length ? chain : bestFirst(strict);
  const withContent = pairs.filter(([x, y]) => [...anchorsA[x]!].some((anchor) => !common.has(anchor) && anchorsB[y]!.has(anchor))).length;
  return withContent >= MIN_CONTENT_PAIRS && withContent >= CONTENT_SHARE * pairs.length ? pairs : [];
}

/** Pairs by falling score, each sentence used once. */
function bestFirst(candidates: Array<{ x: number; y: number; score: number }>): Array<[number, number]> {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { x, y } of candidates.sort((p, q) => q.score - p.score)) {
    if (usedA.has(x) || usedB.has(y)) continue;
    usedA.add(x);
    usedB.add(y);
    pairs.push([x, y]);
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}

/** The heaviest chain of pairs in the order of both texts (dynamic programming over the score matrix). */
function orderedChain(scores: number[][]): Array<[number, number]> {
  const n = scores.length;
  const m = scores[0]?.length ?? 0;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let x = 1; x <= n; x++)
    for (let y = 1; y <= m; y++) {
      const pair = scores[x - 1]![y - 1]!;
      best[x]![y] = Math.max(best[x - 1]![y]!, best[x]![y - 1]!, pair > 0 ? best[x - 1]![y - 1]! + pair : 0);
    }
  const chain: Array<[number, number]> = [];
  for (let x = n, y = m; x > 0 && y > 0; ) {
    const pair = scores[x - 1]![y - 1]!;
    if (pair > 0 && best[x]![y] === best[x - 1]![y - 1]! + pair) {
      chain.push([x - 1, y - 1]);
      x--;
      y--;
    } else if (best[x]![y] === best[x - 1]![y]) x--;
    else y--;
  }
  return chain.reverse();
}
