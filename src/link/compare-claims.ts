import { DISPLAY_LANGUAGE } from './display-language.js';
import type { Span } from '../doc/news-doc.js';
import { languageTable } from '../lang/index.js';
import { candidatePairs } from './candidates.js';
import { UnionFind } from './union-find.js';
import type { Relation } from './detect-relations.js';
import { compareFigures } from './compare-figures.js';
import type { FigurePoint } from './compare-figures.js';

/** A sentence that may state a claim: its anchors (entities, figures, days) and where it stands. */
export interface ClaimSentence {
  doc: string;
  story: string | null;
  language: string | null;
  span: Span;
  text: string;
  anchors: ReadonlySet<string>;
}

/** A reported statement, for explicit disagreement within a sentence. */
export interface ClaimStatement {
  doc: string;
  language: string | null;
  span: Span;
  text: string;
  speaker: string | null;
  /** The sentence it stands in. */
  sentence: Span;
  sentenceText: string;
}

/** A claim of the dossier. */
export interface Claim {
  id: string;
  statement: string;
  status: 'corroborated' | 'contested' | 'single-source' | 'updated';
  documents: string[];
  evidence: Array<{ doc: string; span: Span }>;
  for: string[];
  against: string[];
}

/** Entities two sentences must share to state the same thing when no figure or day ties them. */
const MIN_SHARED_ENTITIES = 3;

/**
 * Compares statements across documents: sentences of one story that share a
 * figure or a day, or three entities, state one claim; it is corroborated
 * when two documents that are not copies or translations of each other state
 * it, and single-source otherwise (kept only when it carries a figure). A
 * sentence setting one speaker's statement against another's negation
 * ("X claims there were no foreigners, although Y said foreign fighters took
 * part") is a contested claim, for Y and against X. Figures of one measure
 * that change are `updated` over days, or `contested` on the same day.
 */
export function compareClaims(sentences: readonly ClaimSentence[], statements: readonly ClaimStatement[], relations: readonly Relation[], figures: readonly FigurePoint[] = []): Claim[] {
  const dependent = dependentPairs(relations);
  const claims = [...corroboration(sentences, dependent), ...contested(statements), ...compareFigures(figures, dependent)];
  claims.forEach((claim, i) => (claim.id = `c${i + 1}`));
  return claims;
}

/** Whether one document copies or translates the other (then it does not corroborate it). */
function dependentPairs(relations: readonly Relation[]): (a: string, b: string) => boolean {
  const pairs = new Set(relations.filter((r) => r.type !== 'shared-text').map((r) => [r.from, r.to].sort().join('\0')));
  return (a, b) => pairs.has([a, b].sort().join('\0'));
}

function corroboration(sentences: readonly ClaimSentence[], dependent: (a: string, b: string) => boolean): Claim[] {
  const sets = new UnionFind(sentences.length);
  const candidates = candidatePairs(sentences.map((s) => [...s.anchors]));
  for (const [i, others] of candidates) {
    for (const j of others) {
      const a = sentences[i]!;
      const b = sentences[j]!;
      if (a.doc === b.doc || a.story !== b.story || !sameStatement(a.anchors, b.anchors)) continue;
      sets.union(i, j);
    }
  }
  const groups = new Map<number, number[]>();
  sentences.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const claims: Claim[] = [];
  for (const members of groups.values()) {
    const list = members.map((i) => sentences[i]!);
    const documents = [...new Set(list.map((s) => s.doc))];
    const independent = documents.some((a, i) => documents.slice(i + 1).some((b) => !dependent(a, b)));
    const figure = list.some((s) => [...s.anchors].some((a) => a.startsWith('n:') && isDistinctive(a)));
    if (documents.length < 2 && !figure) continue;
    const lead = list.find((s) => s.language === DISPLAY_LANGUAGE) ?? list[0]!;
    claims.push({
      id: '',
      statement: lead.text,
      status: documents.length >= 2 && independent ? 'corroborated' : 'single-source',
      documents,
      evidence: list.map((s) => ({ doc: s.doc, span: s.span })),
      for: [],
      against: [],
    });
  }
  return claims;
}

/** Two sentences state the same thing when they share a figure of ten or more or a full day, or enough entities. */
function sameStatement(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let entities = 0;
  for (const anchor of a) {
    if (!b.has(anchor)) continue;
    if (isDistinctive(anchor)) return true;
    if (anchor.startsWith('e:')) entities++;
  }
  return entities >= MIN_SHARED_ENTITIES;
}

/** "n:225", "n:6.8" or "d:2022-01-13" tie two sentences; "n:4" or "d:2022-01" (a month) do not. */
function isDistinctive(anchor: string): boolean {
  if (anchor.startsWith('n:')) return Number(anchor.slice(2)) >= 10 || !Number.isInteger(Number(anchor.slice(2)));
  return /^d:\d{4}-\d{2}-\d{2}$/.test(anchor);
}

function contested(statements: readonly ClaimStatement[]): Claim[] {
  const claims: Claim[] = [];
  const bySentence = new Map<string, ClaimStatement[]>();
  for (const s of statements) {
    const key = `${s.doc}:${s.sentence[0]}`;
    const group = bySentence.get(key);
    if (group) group.push(s);
    else bySentence.set(key, [s]);
  }
  for (const group of bySentence.values()) {
    const speakers = new Set(group.map((s) => s.speaker).filter(Boolean));
    if (group.length < 2 || speakers.size < 2) continue;
    const table = languageTable(group[0]!.language);
    if (!table) continue;
    const lower = group[0]!.sentenceText.toLowerCase();
    if (!table.speech.contrast.some((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(lower))) continue;
    const negated = (s: ClaimStatement) => table.speech.negations.some((word) => new RegExp(`(?<![\\p{L}])${word.replace(/'/g, "['’]")}(?![\\p{L}])`, 'iu').test(s.text));
    const against = group.filter(negated);
    const support = group.filter((s) => !negated(s));
    if (against.length === 0 || support.length === 0) continue;
    claims.push({
      id: '',
      statement: support[0]!.text,
      status: 'contested',
      documents: [group[0]!.doc],
      evidence: group.map((s) => ({ doc: s.doc, span: s.span })),
      for: [...new Set(support.map((s) => s.speaker).filter((x): x is string => Boolean(x)))],
      against: [...new Set(against.map((s) => s.speaker).filter((x): x is string => Boolean(x)))],
    });
  }
  return claims;
}
