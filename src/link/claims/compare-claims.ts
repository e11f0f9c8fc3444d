import { DISPLAY_LANGUAGE } from '../shared/display-language.js';
import { languageTable } from '../../lang/index.js';
import type { Span } from '../../doc/news-doc.js';
import { candidatePairs } from '../relations/candidates.js';
import { isDistinctiveFigure, sameContent } from './claim-content.js';
import type { ClaimSentence } from './claim-content.js';
import type { ClaimOrigin } from './claim-origins.js';
import type { Relation } from '../relations/detect-relations.js';
import { compareFigures } from './compare-figures.js';
import type { FigurePoint } from './compare-figures.js';

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
  /** The independent origins behind the claim: documents relaying one interview, one cited outlet or one another's text are one origin. */
  origins: ClaimOrigin[];
}

/**
 * A predicate word or an entity found in more than this share of a story's
 * sentences (and in at least MIN_STORY_WIDE of them) is the story's topic
 * ("protests", its main actor, its country), not what one sentence states.
 */
const STORY_WIDE_SHARE = 0.12;
const MIN_STORY_WIDE = 5;

/**
 * Compares statements across documents. Sentences of one story state one
 * claim when they say the same thing (see `sameContent`); each claim is built
 * around one lead sentence and holds only the sentences that match it, so the
 * evidence always contains what the claim says. It is corroborated when two
 * documents that are not copies or translations of each other state it, and
 * single-source otherwise (kept only when it carries a figure). A sentence
 * setting one speaker's statement against another's negation ("X claims
 * there were no foreigners, although Y said foreign fighters took part") is
 * a contested claim, for Y and against X. Figures of one measure that change
 * are `updated` over days, or `contested` on the same day.
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
  const neighbours = matchingSentences(sentences);
  const used = new Set<number>();
  const documentsNear = (i: number) => new Set(neighbours[i]!.filter((j) => !used.has(j)).map((j) => sentences[j]!.doc)).size;
  // Leads first by how many other documents state the same thing, then in the display language, then in text order.
  // A sentence read with the one before it (it names nobody) leads only after the sentences read alone.
  const joined = (i: number) => Number(encloses(sentences, i, i - 1));
  const order = sentences
    .map((_, i) => i)
    .sort((i, j) => documentsNear(j) - documentsNear(i) || Number(sentences[j]!.language === DISPLAY_LANGUAGE) - Number(sentences[i]!.language === DISPLAY_LANGUAGE) || joined(i) - joined(j) || i - j);
  const claims: Claim[] = [];
  for (const lead of order) {
    if (used.has(lead)) continue;
    const matched = [lead, ...neighbours[lead]!.filter((j) => !used.has(j))];
    const members = withoutEnclosing(sentences, matched);
    const list = members.map((i) => sentences[i]!);
    const documents = [...new Set(list.map((s) => s.doc))];
    const figure = list.some((s) => s.figures.some((f) => isDistinctiveFigure(f.value)));
    if (documents.length < 2 && !figure) continue;
    for (const i of matched) {
      used.add(i);
      // A sentence and the next one read with it are one piece of evidence: neither leads another claim.
      if (encloses(sentences, i + 1, i)) used.add(i + 1);
      if (encloses(sentences, i, i - 1)) used.add(i - 1);
    }
    const independent = documents.some((a, i) => documents.slice(i + 1).some((b) => !dependent(a, b)));
    claims.push({
      id: '',
      statement: (list.find((s) => s.language === DISPLAY_LANGUAGE) ?? list[0]!).text,
      status: documents.length >= 2 && independent ? 'corroborated' : 'single-source',
      documents,
      evidence: list.map((s) => ({ doc: s.doc, span: s.span })),
      for: [],
      against: [],
      origins: [],
    });
  }
  return claims;
}

/** The members less those whose span encloses another member's in the same document (a sentence read with the one before it). */
function withoutEnclosing(sentences: readonly ClaimSentence[], members: readonly number[]): number[] {
  return [...new Set(members)].filter((i) => !members.some((j) => encloses(sentences, i, j)));
}

function encloses(sentences: readonly ClaimSentence[], i: number, j: number): boolean {
  const a = sentences[i];
  const b = sentences[j];
  return Boolean(a && b) && i !== j && a!.doc === b!.doc && a!.span[0] <= b!.span[0] && a!.span[1] >= b!.span[1];
}

/** For each sentence, the sentences of other documents of its story that state the same thing. */
function matchingSentences(sentences: readonly ClaimSentence[]): number[][] {
  const storyWide = storyWideKeys(sentences);
  const neighbours: number[][] = sentences.map(() => []);
  const candidates = candidatePairs(sentences.map((s) => [...s.anchors, ...[...s.stems].map((stem) => `w:${stem}`)]));
  for (const [i, others] of candidates) {
    for (const j of others) {
      const a = sentences[i]!;
      const b = sentences[j]!;
      if (a.doc === b.doc || a.story !== b.story || !sameContent(a, b, storyWide.get(a.story) ?? new Set())) continue;
      neighbours[i]!.push(j);
      neighbours[j]!.push(i);
    }
  }
  return neighbours;
}

/** Per story, the anchors and predicate stems found in too many of its sentences to tell one statement from another. */
function storyWideKeys(sentences: readonly ClaimSentence[]): Map<string | null, Set<string>> {
  const counts = new Map<string | null, { sentences: number; keys: Map<string, number> }>();
  for (const s of sentences) {
    const story = counts.get(s.story) ?? counts.set(s.story, { sentences: 0, keys: new Map() }).get(s.story)!;
    story.sentences++;
    for (const key of [...s.anchors, ...s.stems]) story.keys.set(key, (story.keys.get(key) ?? 0) + 1);
  }
  const wide = (n: number, total: number) => n > STORY_WIDE_SHARE * total && n >= MIN_STORY_WIDE;
  return new Map([...counts].map(([story, { sentences: total, keys }]) => [story, new Set([...keys].filter(([, n]) => wide(n, total)).map(([key]) => key))]));
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
      origins: [],
    });
  }
  return claims;
}
