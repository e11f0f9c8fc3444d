import type { Span } from '../../doc/news-doc.js';
import { languageTable } from '../../lang/index.js';
import { baseKey, concepts, lemma } from '../../lexicon/index.js';
import { languageMemo } from '../../text/memo.js';
import { cognateStem, isRomanised } from '../../text/name-key.js';
import { SCRIPT_WORD } from '../../text/script-words.js';
import { blankWebAddresses, WEB_ADDRESS, webAddressKey } from '../../text/web-address.js';

/**
 * One word or anchor of a sentence as the keys under which it meets its
 * translation: the concepts of its lemma, its name key, its cognate stem, its
 * figure. "вода"/ru and "water"/en meet at the concept "water"; "Путину" and
 * "Putin" at the name key "putin"; "2 000" and "2,000" at the figure "2000".
 */
export interface SentenceUnit {
  keys: readonly string[];
}

/** A sentence as relation detection compares it across languages: its units and its length in characters. */
export interface KeyedSentence {
  units: readonly SentenceUnit[];
  length: number;
}

/** A document's keyed sentences, with every key they hold (to test a key against the whole document at once). */
export interface KeyedDocument {
  sentences: readonly KeyedSentence[];
  keys: ReadonlySet<string>;
}

/** What keying reads of a document. */
export interface KeyedSource {
  language: string | null;
  text: string;
  sentences: readonly Span[];
  /** Language-independent anchors per sentence (entity ids, figures, days), each its own unit. */
  anchors: ReadonlyArray<ReadonlySet<string>>;
}

/** Concepts kept per lemma: its first senses ("список" → list, listing, schedule); later ones are rare readings that only add noise. */
const CONCEPTS_PER_WORD = 3;
/**
 * A concept is compared by its first letters, so that an English form the
 * lexicon does not lemmatise still meets its lemma ("detained", "detain" →
 * "detai"; "governments", "government" → "gover").
 */
const CONCEPT_LETTERS = 5;
/** Words this long also give a cognate stem: international words and names ("координации", "coordination" → "koord"). */
const COGNATE_MIN_LETTERS = 6;
/** Shorter words are function words or abbreviations in alphabetic scripts ("в", "le", "of"). */
const MIN_LETTERS = 3;
/** Words, and figures with their separators ("2,000", "1.5", "2 000"). */
const TOKEN = new RegExp(`\\p{N}+(?:[.,\\u00a0\\u202f ]\\p{N}{3})*(?:[.,]\\p{N}+)?|(?:${SCRIPT_WORD})(?:['’](?:${SCRIPT_WORD}))*`, 'gu');

/** A document keyed for alignment (at most `limit` sentences, from the start). */
export function keyDocument(source: KeyedSource, limit = Infinity): KeyedDocument {
  const sentences = keySentences(source, limit);
  return { sentences, keys: new Set(sentences.flatMap((s) => s.units.flatMap((u) => u.keys))) };
}

/** Each sentence of a document as its units (at most `limit` sentences, from the start). */
export function keySentences(source: KeyedSource, limit = Infinity): KeyedSentence[] {
  const language = source.language ?? '';
  const functionWords = new Set(languageTable(source.language)?.entities.functionWords ?? []);
  return source.sentences.slice(0, limit).map(([start, end], k) => {
    const units: SentenceUnit[] = [];
    const sentence = source.text.slice(start, end);
    // An address is one unit, the same in every language; its words are no words of the text's language.
    for (const match of blankWebAddresses(sentence).matchAll(TOKEN)) {
      const keys = tokenKeys(match[0], language, functionWords);
      if (keys.length > 0) units.push({ keys });
    }
    for (const [address] of sentence.matchAll(WEB_ADDRESS)) units.push({ keys: [`u:${webAddressKey(address)}`] });
    for (const anchor of source.anchors[k] ?? []) units.push({ keys: [`a:${anchor}`] });
    return { units, length: end - start };
  });
}

/** The keys of one token: a figure's digits; a content word's concepts, name key and cognate stem; none for a function word. */
export function tokenKeys(token: string, language: string, functionWords: ReadonlySet<string>): readonly string[] {
  if (/^\p{N}/u.test(token)) return [`#:${token.replace(/\D/gu, '')}`];
  const lower = token.toLowerCase();
  if (lower.length < MIN_LETTERS || functionWords.has(lower)) return [];
  return memo(language, token);
}

/** Memoised word keys: the same words recur across a batch (bounded, like the lexicon's own memos). */
const memo = languageMemo((language, token) => {
  return Object.freeze(wordKeys(token, language));
}, 200_000);

function wordKeys(token: string, language: string): string[] {
  const lower = token.toLowerCase();
  const keys = new Set<string>();
  const base = language ? lemma(token, language) : lower;
  for (const concept of language ? concepts(base, language).slice(0, CONCEPTS_PER_WORD) : []) keys.add(`k:${concept.slice(0, CONCEPT_LETTERS)}`);
  // A capitalised word may be a name, written alike across languages once romanised and stripped of its case ending.
  if (/^\p{Lu}/u.test(token)) keys.add(`n:${baseKey(token, language)}`);
  const stem = lower.length >= COGNATE_MIN_LETTERS ? cognateStem(lower) : '';
  if (isRomanised(stem)) keys.add(`w:${stem}`);
  return [...keys];
}
