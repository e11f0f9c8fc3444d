import { languages, languageTable } from '../lang/index.js';
import type { LexiconTable } from '../lang/types.js';
import { languageMemo } from '../text/memo.js';
import { readTable } from './data-files.js';
import { HunspellAnalyzer, type Analysis } from './hunspell.js';
import { knownRussian, loadRussian, russianLoaded } from './opencorpora.js';
import { SortedLines } from './sorted-lines.js';
import { stemFilter } from './stem-filter.js';

/** A word's dictionary form, with where it came from. */
export interface Lemma {
  /** The dictionary form as the dictionary writes it ("Schiff", "судно", "ship"). */
  lemma: string;
  pos: string | null;
  /** `dictionary`: the form is in the language's dictionary; `fallback`: its suffix rules guessed the stem. */
  source: 'dictionary' | 'fallback';
  /** The lemma of a compound's last part, its head ("Regierungschefs" → "Chef"). */
  head?: string;
  /** Other lemmas the dictionary reads the word as, best first ("announced" is listed itself, and is announce + -ed; "стали": стать, сталь). */
  readings?: readonly string[];
}

/** Other readings kept per word. */
const MAX_READINGS = 2;

/** Shortest stem the fallback leaves when it strips an ending (unit: characters). */
const MIN_FALLBACK_STEM = 3;
/** Shortest part of a compound ("Bundes|regierung"): shorter splits are mostly accidents (unit: characters). */
const MIN_COMPOUND_PART = 3;
/**
 * Longest word read as a compound (unit: characters). German law titles, the longest compounds in print, stay under
 * it; a longer "word" is a code, an address or base64, and trying every cut of it costs work that grows with the
 * square of its length.
 */
export const MAX_COMPOUND = 64;

const analyzers = new Map<string, HunspellAnalyzer | null>();

function hunspell(language: string): HunspellAnalyzer | null {
  if (!analyzers.has(language)) {
    const text = readTable(`hunspell/${language}.tsv.gz`);
    analyzers.set(language, text ? new HunspellAnalyzer(text) : null);
  }
  return analyzers.get(language)!;
}

/**
 * Loads a language's morphology now rather than on its first word: its Hunspell table with its affix rules compiled
 * and table of irregular forms, or OpenCorpora's dictionaries.
 */
export function loadMorphology(language: string): void {
  const morphology = languageTable(language)?.lexicon?.morphology;
  if (morphology === 'hunspell') hunspell(language)?.compileRules();
  else if (morphology === 'opencorpora') loadRussian();
  irregularForms(language);
}

/** Whether a language's morphology is loaded (a language without one: true). */
export function morphologyLoaded(language: string): boolean {
  const morphology = languageTable(language)?.lexicon?.morphology;
  if (morphology === 'hunspell') return analyzers.has(language);
  return morphology === 'opencorpora' ? russianLoaded() : true;
}

/** Forms the Hunspell tables have analysed afresh so far, all languages together: the work done, for tests of its bounds. */
export function analysesDone(): number {
  let done = 0;
  for (const analyzer of analyzers.values()) done += analyzer?.analysesDone ?? 0;
  return done;
}

/** The dictionary form of a word in a language; unknown words get their stem from the language's suffix rules. */
export function lemmatize(word: string, language: string): Lemma {
  return memo(language, word);
}

/** A lower-case lemma: the key under which the forms of one word meet. */
export function lemma(word: string, language: string): string {
  return lemmatize(word, language).lemma.toLowerCase();
}

const memo = languageMemo((language, word) => {
  return lookUp(word, language) ?? lookUpElided(word, language) ?? lookUpInScript(word, language) ?? fallback(word, language);
}, 200_000);

/** French "l'État", "c'est": the word after an elided article or pronoun. */
function lookUpElided(word: string, language: string): Lemma | null {
  const apostrophe = word.search(/['’ʼ]/);
  if (apostrophe <= 0) return null;
  const elisions = languageTable(language)?.lexicon?.elisions ?? [];
  if (!elisions.includes(word.slice(0, apostrophe).toLowerCase())) return null;
  return lookUp(word.slice(apostrophe + 1), language);
}

/**
 * A word the text's language does not know is looked up in the other languages written in its script: "Brexit" in a
 * Russian article, "The New York Times" in a Spanish one. A word of another script is analysed with the other
 * languages' affixes (not as their compounds). A word in the text's own script, which its own dictionary has just
 * refused with all its affixes and compounds, is looked up in the others only as their stems: mostly it is a name,
 * and trying every affix of three other languages on each name cost a mixed text a fifth of its analysis.
 */
function lookUpInScript(word: string, language: string): Lemma | null {
  const script = SCRIPTS.find((name) => SCRIPT_LETTER[name].test(word));
  if (!script) return null;
  const depth: LookUpDepth = languageTable(language)?.lexicon?.script === script ? 'stems' : 'affixes';
  for (const table of languages) {
    if (table.code === language || table.lexicon?.script !== script) continue;
    const found = lookUp(word, table.code, depth);
    if (found) return found;
  }
  return null;
}

/**
 * How far a Hunspell look-up goes: `compounds` tries affixes, then compounds; `affixes` no compounds; `stems` only the
 * word's case variants as dictionary stems. OpenCorpora lists every form: its look-up is the same at any depth.
 */
type LookUpDepth = 'compounds' | 'affixes' | 'stems';

function lookUp(word: string, language: string, depth: LookUpDepth = 'compounds'): Lemma | null {
  const lexicon = languageTable(language)?.lexicon;
  // A dictionary holds words of its own script: a Cyrillic word in a German text is no German word, nor a compound of
  // German parts, and trying every cut of it as one was the dearest look-up of a mixed text.
  if (lexicon && foreignScript(word, lexicon.script)) return null;
  const morphology = lexicon?.morphology;
  if (morphology === 'opencorpora') {
    const known = knownRussian(word);
    const parse = known[0];
    if (!parse) return null;
    const readings = [...new Set(known.map((p) => p.lemma))].filter((other) => other !== parse.lemma).slice(0, MAX_READINGS);
    return { lemma: parse.lemma, pos: parse.pos, source: 'dictionary', ...(readings.length > 0 ? { readings } : {}) };
  }
  if (morphology !== 'hunspell') return null;
  // A table not read yet is read for a stems look-up only when one of the word's forms may be a stem of it.
  if (depth === 'stems' && !analyzers.has(language) && !mayBeStem(word, language)) return null;
  const analyzer = hunspell(language);
  if (!analyzer) return null;
  if (depth === 'stems') {
    for (const form of caseVariants(word)) {
      const [stem] = analyzer.analyseStem(form);
      if (stem) return { lemma: stem.lemma, pos: stem.pos, source: 'dictionary' };
    }
    return null;
  }
  const found = bestAnalysis(analyzer, word);
  if (found) {
    const readings = otherReadings(analyzer, word, found.lemma, language);
    return { lemma: found.lemma, pos: found.pos, source: 'dictionary', ...(readings.length > 0 ? { readings } : {}) };
  }
  return depth === 'compounds' && analyzer.compounds ? compound(analyzer, word) : null;
}

/** Whether a form of the word may be a stem of the language's Hunspell table: yes unless the build's filter of its stems says no. */
function mayBeStem(word: string, language: string): boolean {
  const filter = stemFilter(language);
  return !filter || caseVariants(word).some((form) => filter.mayHold(form));
}

/** A letter of each script a lexicon is written in. */
const SCRIPT_LETTER: Readonly<Record<LexiconTable['script'], RegExp>> = { Cyrillic: /\p{Script=Cyrillic}/u, Latin: /\p{Script=Latin}/u };
/** The scripts in the order a word is given one: a word with Cyrillic letters is Cyrillic, Latin ones beside them or not. */
const SCRIPTS: ReadonlyArray<LexiconTable['script']> = ['Cyrillic', 'Latin'];

/** Whether a word has letters, none of them of `script` (figures and signs alone are no script's). */
function foreignScript(word: string, script: LexiconTable['script']): boolean {
  return !SCRIPT_LETTER[script].test(word) && /\p{L}/u.test(word);
}

/** A form that is itself a stem beats a derivation ("Regierung" itself, not "regieren" + -ung); then the word as written. */
function bestAnalysis(analyzer: HunspellAnalyzer, word: string, inCompound = false): Analysis | null {
  const analyses = caseVariants(word).map((form) => [form, analyzer.analyse(form, inCompound)] as const);
  for (const [form, list] of analyses) for (const analysis of list) if (analysis.lemma === form) return analysis;
  return analyses.find(([, list]) => list.length > 0)?.[1][0] ?? null;
}

/**
 * Other lemmas the dictionary reads a word as, in the order of its case variants ("announced": announce; the derived
 * word of a two-suffix reading: "Regierungen" → Regierung, of regieren), then those
 * of the language's table of forms the affix rules do not derive (English irregular verbs: "said" → say).
 */
function otherReadings(analyzer: HunspellAnalyzer, word: string, lemma: string, language: string): string[] {
  const lemmas = caseVariants(word).flatMap((form) => analyzer.analyse(form).flatMap((analysis) => (analysis.derived ? [analysis.derived, analysis.lemma] : [analysis.lemma])));
  const listed = irregularForms(language)?.get(word.toLowerCase())?.split(' ') ?? [];
  return [...new Set([...lemmas, ...listed])].filter((other) => other !== lemma).slice(0, MAX_READINGS);
}

const formTables = new Map<string, SortedLines | null>();

/** A language's irregular forms (data/lexicon/forms/<code>.tsv.gz: `form\tlemma …`), or null when it has none. */
function irregularForms(language: string): SortedLines | null {
  if (!formTables.has(language)) {
    const text = readTable(`forms/${language}.tsv.gz`);
    formTables.set(language, text === null ? null : new SortedLines(text));
  }
  return formTables.get(language)!;
}

/** The last word caseVariants was asked for, and its variants. */
let variantsOf: { word: string; forms: readonly string[] } = { word: '', forms: [''] };

/**
 * The word as written, then lower case, then capitalised (German nouns, names at a sentence start). One look-up asks
 * for the same word's variants again and again (each language its script has, its readings, its stems), so the last
 * word's are kept: working them out each time was a tenth of the cost of a name no dictionary knows.
 */
function caseVariants(word: string): readonly string[] {
  if (variantsOf.word !== word) {
    const lower = word.toLowerCase();
    const title = lower.charAt(0).toUpperCase() + lower.slice(1);
    variantsOf = { word, forms: [...new Set([word, lower, title])] };
  }
  return variantsOf.forms;
}

/** A compound whose last part is a dictionary word and whose first part is a dictionary stem ("Regierungschefs" → "Regierungschef"). */
function compound(analyzer: HunspellAnalyzer, word: string): Lemma | null {
  if (word.length > MAX_COMPOUND) return null;
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const last = bestAnalysis(analyzer, tail, true);
    if (!last) continue;
    const first = [head, head.replace(/[s-]$/, '')].some((part) => caseVariants(part).some((form) => analyzer.compoundPart(form, false) || analyzer.analyse(form).length > 0));
    if (first) return { lemma: head + last.lemma.toLowerCase(), pos: last.pos, source: 'dictionary', head: last.lemma };
  }
  return null;
}

/** The language's inflection endings, longest first, stripped while a stem of three letters remains. */
function fallback(word: string, language: string): Lemma {
  const lower = word.toLowerCase();
  const ending = (languageTable(language)?.lexicon?.fallbackEndings ?? []).find((e) => lower.endsWith(e) && lower.length - e.length >= MIN_FALLBACK_STEM);
  return { lemma: ending ? lower.slice(0, lower.length - ending.length) : lower, pos: null, source: 'fallback' };
}
