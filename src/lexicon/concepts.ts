import { languageTable } from '../lang/index.js';
import { languageMemo } from '../text/memo.js';
import { openSortedTable, type BlockedBytes } from './blocked-bytes.js';
import type { SortedBytes } from './sorted-bytes.js';

/**
 * The concept bridge: a lemma of en, fr, de, es, ru or uk → language-independent concept ids
 * (English lemmas: de "Schiff", fr "navire", ru "судно" → "ship"). Built from bilingual
 * dictionaries by scripts/lexicon/concepts.mjs; see data/lexicon/concepts/SOURCES.md.
 */

/**
 * One file per licence, kept apart on disk and merged here: GPL-2+/GPL-3+, GPL-2 only (Apertium), WikDict (CC-BY-SA),
 * and the Russian verb links checked against OpenCorpora (CC-BY-SA: perfective → imperfective, reflexive → plain).
 */
const LICENCE_FILES = ['gpl', 'gpl2', 'ccbysa', 'aspect'] as const;
/** Concepts returned for one lemma at most: its first senses, then what its pivots bring. */
const MAX_CONCEPTS = 6;
/** Concepts taken from each pivot lemma ("fr:navire" → its first 2), so a pivot's rare senses stay out. */
const CONCEPTS_PER_REFERENCE = 2;
/** Weight of a concept reached through a pivot lemma, against the lemma's own (one dictionary step more). */
const PIVOT_WEIGHT = 0.8;
/** Pivot hops followed at most: uk → ru → de → concept is three. */
const MAX_HOPS = 3;
/** Memoised lookups kept before the memo starts afresh (bounds memory on hostile input). */
const MEMO_LIMIT = 200_000;

interface LanguageTable {
  /** The language's files (one per licence): lines `lemma\ttoken token …`, tokens concept ids or "xx:lemma" references. */
  files: Array<BlockedBytes | SortedBytes>;
}

const tables = new Map<string, LanguageTable | null>();

/** The concepts of a lemma in a language, best first (first senses, and concepts several dictionaries agree on); [] when the lemma or the language is unknown. */
export function concepts(lemma: string, language: string): readonly string[] {
  return load(language) ? memo(language, normalise(lemma)) : [];
}

const memo = languageMemo((language, lemma) => {
  return Object.freeze(withHeads(resolve(lemma, language, 0, new Set())));
}, MEMO_LIMIT);

let functionWords: Set<string> | null = null;

/** Function words of the concept language, English (its language table's list). */
function conceptFunctionWords(): Set<string> {
  functionWords ??= new Set(languageTable(CONCEPT_LANGUAGE)?.entities.functionWords ?? []);
  return functionWords;
}

/** The language concept ids are written in: English lemmas. */
const CONCEPT_LANGUAGE = 'en';
/** Shortest head word a multiword concept adds (unit: letters): "go_up" adds no "up", "action_plan" adds "plan". */
const MIN_HEAD = 4;

/**
 * A lemma's concepts, each multiword one followed by its head word, the concept it is a kind of ("action_plan": plan,
 * "group_of_companies": group, "would_have": have): a translation often names only the head (fr "groupe" for
 * de "Konzern").
 */
function withHeads(list: readonly string[]): string[] {
  const heads = list.flatMap((concept) => {
    const words = concept.split('_');
    // "with_that", "more_than", "of_them": a phrase of function words has no head that is a concept.
    if (words.length < 2 || words.some((word) => conceptFunctionWords().has(word))) return [];
    const of = words.indexOf('of');
    const head = of > 0 ? words[of - 1]! : words.at(-1)!;
    return head.length >= MIN_HEAD ? [head] : [];
  });
  return [...new Set([...list, ...heads])];
}

/** Whether two lemmas, each in its language, share at least one concept ("Haus"/de and "maison"/fr: house). */
export function sharedConcepts(a: string, langA: string, b: string, langB: string): boolean {
  const left = concepts(a, langA);
  if (left.length === 0) return false;
  return concepts(b, langB).some((concept) => left.includes(concept));
}

function normalise(lemma: string): string {
  // Ukrainian apostrophes come as ' ’ ʼ; the tables write '.
  return lemma.trim().toLowerCase().replace(/\s+/gu, '_').replace(/[’ʼ]/gu, "'");
}

/**
 * A lemma's concepts scored by agreement: its own concepts (first senses weigh most), plus the
 * first concepts of the lemmas it points to in other languages; a concept that several
 * dictionaries give adds up (fr "gouvernement": FreeDict's "administration, government" and
 * WikDict's de "Regierung" → government first).
 */
function resolve(lemma: string, language: string, hops: number, visiting: Set<string>): string[] {
  return [...score(lemma, language, hops, visiting)]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CONCEPTS)
    .map(([concept]) => concept);
}

function score(lemma: string, language: string, hops: number, visiting: Set<string>): Map<string, number> {
  const scores = new Map<string, number>();
  const tokensText = row(language, lemma);
  if (tokensText === undefined) return scores;
  const visitKey = `${language}:${lemma}`;
  visiting.add(visitKey);
  const tokens = tokensText.split(' ').filter((token) => token !== '');
  tokens.filter((token) => !token.includes(':')).forEach((concept, index) => add(scores, concept, positionWeight(index)));
  for (const reference of tokens) {
    const colon = reference.indexOf(':');
    if (colon < 0 || hops >= MAX_HOPS || visiting.has(reference)) continue;
    const pivot = resolve(reference.slice(colon + 1), reference.slice(0, colon), hops + 1, visiting);
    pivot.slice(0, CONCEPTS_PER_REFERENCE).forEach((concept, index) => add(scores, concept, PIVOT_WEIGHT * positionWeight(index)));
  }
  visiting.delete(visitKey);
  return scores;
}

/** Weight of a lemma's n-th concept: the first sense 1, each later one a little less. */
function positionWeight(index: number): number {
  return Math.max(0.5, 1 - 0.1 * index);
}

function add(scores: Map<string, number>, concept: string, weight: number): void {
  scores.set(concept, (scores.get(concept) ?? 0) + weight);
}

/** A language's tables, read on first use; null when the language has none. */
function load(language: string): LanguageTable | null {
  if (tables.has(language)) return tables.get(language)!;
  if (!/^[a-z]{2,3}$/u.test(language)) return null;
  const files: Array<BlockedBytes | SortedBytes> = [];
  for (const licence of LICENCE_FILES) {
    const file = openSortedTable(`concepts/${language}.${licence}.tsv.gz`);
    if (file !== null) files.push(file);
  }
  const table = files.length > 0 ? { files } : null;
  tables.set(language, table);
  return table;
}

/** The tokens of a lemma in all of a language's files, space-separated; undefined when no file has it. */
function row(language: string, lemma: string): string | undefined {
  const found = (load(language)?.files ?? []).map((file) => file.get(lemma)).filter((line) => line !== undefined);
  return found.length > 0 ? found.join(' ') : undefined;
}
