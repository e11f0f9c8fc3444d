import type { Span } from '../../doc/news-doc.js';
import { alignSentences, coversAtLeast } from './align-sentences.js';
import type { AlignedPair } from './align-sentences.js';
import { relationDirection } from './relation-direction.js';
import type { DirectionBasis, ProvenanceSource } from './relation-direction.js';
import { keyDocument } from './sentence-keys.js';
import type { KeyedDocument } from './sentence-keys.js';
import { sharedSentences, shingleText } from './shared-sentences.js';
import { RecentCache } from '../../text/memo.js';
import type { ShingledText } from './shared-sentences.js';

/** A document as relation detection sees it: its sentences, their language-independent anchors, and what it says of its provenance. */
export interface RelationSource extends ProvenanceSource {
  id: string;
  language: string | null;
  published: string | null;
  text: string;
  story: string | null;
  /** Body sentences. */
  sentences: readonly Span[];
  /** Anchors per sentence, in the same order: entity ids, figure values, days. */
  anchors: ReadonlyArray<ReadonlySet<string>>;
}

/** A relation of the dossier between two documents, from the derived one to its source where the direction is known. */
export interface Relation {
  type: 'copy' | 'translation' | 'shared-text';
  from: string;
  to: string;
  score: number;
  /** What decided which one is `from`; `unknown`: nothing did, and the two are in the order of their ids. */
  direction: DirectionBasis;
  /** One entry per aligned sentence (or pair of sentences): its span in `from` and in `to`. */
  evidence: Array<{ from: Span; to: Span }>;
}

/** Sentences aligned per document at most: bounds the alignment of a very long text (its lead and body come first). */
export const MAX_SENTENCES = 300;
/** Share of the smaller document's distinct sentences found in the other, within a language (reference corpus: shared text 0.18–0.39, independent ≤ 0.06). */
export const COPY = { copy: 0.7, sharedText: 0.15 };
/** Fewer shared sentences than this is coincidence, unless the smaller text has no more (a one-paragraph brief)… */
export const MIN_PAIRS = 3;
/** …and then its shared sentences must hold this many words: a dozen words are seldom written twice by chance, while one common line ("All rights reserved.") is no copy. */
const MIN_SHARED_WORDS = 12;
/**
 * Across languages, documents whose units find their keys anywhere in the
 * other less than this are not aligned at all (wmt21 development set:
 * translations 0.39 and up, other articles of the same days mostly below 0.3).
 */
export const MIN_COVER = 0.25;
/**
 * A translation: this share of both documents' sentences aligned, this share
 * weighted by each pair's lexical score, and at least this many units found
 * across (wmt21 development set: translations ≥ 0.73 aligned and ≥ 0.25
 * weighted, other pairs ≤ 0.50 and ≤ 0.15; the curve is in the note of issue 10).
 */
const TRANSLATION = { aligned: 0.6, weighted: 0.2, matched: 12 };
/**
 * A text of one or two sentences gives little evidence: its pairs must be this
 * strong on average. "Турецкие власти … возобновили движение судов через
 * Босфор" and a Ukrainian report of the grounding share a ship, a strait and
 * cognates (0.23–0.34), no translation.
 */
const SHORT_MEAN_SCORE = 0.4;
/** Shared text across languages: at least MIN_PAIRS pairs this strong, covering this share of the smaller document. */
const SHARED_ACROSS = { pairScore: 0.35, share: 0.2 };

/**
 * Finds copies, translations and shared text between any two candidate
 * documents, whatever story they were put in: `candidates` are index pairs
 * (from the story features' inverted index, see relationCandidates).
 */
export function detectRelations(sources: readonly RelationSource[], candidates: ReadonlyArray<readonly [number, number]>): Relation[] {
  const prepared = new PreparedTexts();
  const relations: Relation[] = [];
  for (const [i, j] of candidates) {
    const relation = compareDocuments(sources[i]!, sources[j]!, prepared);
    if (relation) relations.push(relation);
  }
  return relations;
}

/**
 * Each document's shingles and keyed sentences, worked out on first use and
 * kept for its other comparisons, by document id (an id names one text). At
 * most `limit` documents are kept, those used last: the store keeps one for
 * the documents it compares again and again as their story grows.
 */
export class PreparedTexts {
  private readonly shingled: RecentCache<ShingledText>;
  private readonly keyed: RecentCache<KeyedDocument>;

  constructor(limit = Infinity) {
    [this.shingled, this.keyed] = [new RecentCache(limit), new RecentCache(limit)];
  }

  shingles(source: RelationSource): ShingledText {
    return this.shingled.get(source.id) ?? this.shingled.set(source.id, shingleText(source));
  }

  keys(source: RelationSource): KeyedDocument {
    return this.keyed.get(source.id) ?? this.keyed.set(source.id, keyDocument(source, MAX_SENTENCES));
  }

  /** Keeps a document's keyed sentences worked out elsewhere (keyDocument with MAX_SENTENCES). */
  keep(id: string, keyed: KeyedDocument): void {
    this.keyed.set(id, keyed);
  }
}

/** The relation between two documents, if their text is shared: copy, translation or shared text, from the derived one to its source. */
export function compareDocuments(a: RelationSource, b: RelationSource, prepared = new PreparedTexts()): Relation | null {
  const found = a.language === b.language ? copied(prepared.shingles(a), prepared.shingles(b)) : translated(prepared.keys(a), prepared.keys(b));
  if (!found) return null;
  const direction = relationDirection(a, b);
  const forward = direction.from === a.id;
  const evidence = found.pairs.map(([x, y]) => {
    const [spanA, spanB] = [cover(a.sentences, x), cover(b.sentences, y)];
    return forward ? { from: spanA, to: spanB } : { from: spanB, to: spanA };
  });
  return { type: found.type, from: direction.from, to: direction.to, score: Math.round(Math.min(1, found.score) * 100) / 100, direction: direction.basis, evidence };
}

interface Found {
  type: Relation['type'];
  score: number;
  /** Sentence indexes of a and of b, one entry per aligned group. */
  pairs: Array<[number[], number[]]>;
}

/** Within a language: the share of the smaller text's distinct sentences found in the other. */
function copied(a: ShingledText, b: ShingledText): Found | null {
  const shared = sharedSentences(a, b);
  const smaller = Math.min(...shared.distinct);
  if (smaller === 0) return null;
  const score = shared.pairs.length / smaller;
  const enough = shared.pairs.length >= MIN_PAIRS || (shared.pairs.length === smaller && shared.words >= MIN_SHARED_WORDS);
  if (!enough || score < COPY.sharedText) return null;
  return { type: score >= COPY.copy ? 'copy' : 'shared-text', score, pairs: shared.pairs.map(([x, y]) => [[x], [y]]) };
}

/** Across languages: the sentences aligned through concepts, names, figures and order, and how well. */
function translated(documentA: KeyedDocument, documentB: KeyedDocument): Found | null {
  const [a, b] = [documentA.sentences, documentB.sentences];
  if (a.length === 0 || b.length === 0 || !coversAtLeast(documentA, documentB, MIN_COVER)) return null;
  const pairs = alignSentences(documentA, documentB);
  const sentences = a.length + b.length;
  const aligned = pairs.reduce((sum, p) => sum + p.a.length + p.b.length, 0) / sentences;
  const weighted = pairs.reduce((sum, p) => sum + p.score * (p.a.length + p.b.length), 0) / sentences;
  const matched = pairs.reduce((sum, p) => sum + p.matched, 0);
  const short = Math.min(a.length, b.length) < MIN_PAIRS;
  const strongEnough = !short || pairs.reduce((sum, p) => sum + p.score, 0) / Math.max(1, pairs.length) >= SHORT_MEAN_SCORE;
  if (pairs.length >= Math.min(MIN_PAIRS, a.length, b.length) && aligned >= TRANSLATION.aligned && weighted >= TRANSLATION.weighted && matched >= TRANSLATION.matched && strongEnough) {
    return { type: 'translation', score: aligned, pairs: pairs.map(groups) };
  }
  const strong = pairs.filter((p) => p.score >= SHARED_ACROSS.pairScore);
  const smaller = a.length <= b.length ? strong.reduce((s, p) => s + p.a.length, 0) / a.length : strong.reduce((s, p) => s + p.b.length, 0) / b.length;
  if (strong.length < MIN_PAIRS || smaller < SHARED_ACROSS.share) return null;
  return { type: 'shared-text', score: smaller, pairs: strong.map(groups) };
}

function groups(pair: AlignedPair): [number[], number[]] {
  return [pair.a, pair.b];
}

/** The span from the first to the last of some consecutive sentences. */
function cover(sentences: readonly Span[], indexes: readonly number[]): Span {
  return [sentences[indexes[0]!]![0], sentences[indexes.at(-1)!]![1]];
}
