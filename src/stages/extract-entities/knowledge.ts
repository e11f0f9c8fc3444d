import { lookupName, type KnownName } from '../../gazetteer/gazetteer.js';
import { languageTable } from '../../lang/index.js';
import { firstName, lemmatize, MAX_COMPOUND, place, placeOfAdjective } from '../../lexicon/index.js';
import { languageNames } from '../../lexicon/language-names.js';
import { knownRussian, parseRussian } from '../../lexicon/opencorpora.js';
import { languageMemo } from '../../text/memo.js';
import type { EntityType } from './extract-mentions.js';

/** The world (UN M49 001): "der Welt", "Мир" are common nouns in running text, never a named place. */
const WORLD = 'm49:001';

/**
 * Words and names whose knowledge is remembered, per function (unit: entries). The finder asks of one word many times
 * (a news text's names ask `nameKind` about seven times each, `knownName` three), and the answers are the same.
 */
const KNOWLEDGE_KEPT = 100_000;

/** What the language resources know of a name: the gazetteer's entry, else the place its form (inflected too) denotes. */
export function knownName(name: string, language: string | null): KnownName | null {
  return language ? knownNameMemo(language, name) : lookupName(name);
}

const knownNameMemo = languageMemo((language, name): KnownName | null => {
  const known = lookupName(name);
  if (known) return known;
  // "Тереза" is a first name before it is a town in GeoNames, "Дэвис" a surname before a town; "Lyon" and "Florence"
  // are well-known places before first names.
  const kind = /[\s\u00a0]/.test(name.trim()) ? null : nameKind(name, language);
  const found = place(name, language);
  if (found?.id === WORLD) return null;
  if (kind === 'surname' || (kind === 'first-name' && !found?.prominent)) return null;
  // Towns are named after people ("Clinton", "Jackson", "Warren"): one Latin-script word is a place only when it is a
  // well-known one (Paris, Kharkiv); Cyrillic surnames are told apart above by the dictionary.
  if (found && found.kind === 'city' && !found.prominent && /\p{Script=Latin}/u.test(name) && !/[\s\u00a0-]/.test(name.trim())) return null;
  // Where every noun is capitalised, a noun of the dictionary ("Art", "Welt") names only a well-known place.
  if (found && !found.prominent && languageTable(language)?.entities.capitalizesNouns && lemmatize(name, language).source === 'dictionary' && !/[\s\u00a0]/.test(name.trim())) return null;
  return found ? { canonical: found.name, type: 'place' } : null;
}, KNOWLEDGE_KEPT);

/** OpenCorpora grammemes of names: first name, surname, patronymic, place, organisation, trademark. */
const NAME_TAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'];

/** Parts of speech (OpenCorpora) that never begin a name: adverbs, conjunctions, prepositions, particles, pronouns, verbs. */
const NEVER_NAMES = new Set(['ADVB', 'CONJ', 'PREP', 'PRCL', 'NPRO', 'VERB', 'INFN', 'GRND', 'PRED', 'INTJ', 'COMP', 'ADJS', 'PRTS']);

/**
 * A capitalised word at a sentence start that the dictionary knows only as a common word ("Поэтому", "However",
 * "Cependant"), never as a name or place: it is capitalised because it starts the sentence.
 */
export function isCommonWord(word: string, language: string | null): boolean {
  if (!language || word.length < 2 || knownName(word, language) || firstName(word, language)) return false;
  const table = languageTable(language);
  if (!table?.lexicon || table.entities.capitalizesNouns) return false;
  if (table.lexicon.morphology === 'opencorpora') {
    const best = knownRussian(word)[0];
    return best !== undefined && (NEVER_NAMES.has(best.pos ?? '') || !NAME_TAGS.some((tag) => best.tags.has(tag)));
  }
  const found = lemmatize(word, language);
  return found.source === 'dictionary' && found.lemma === found.lemma.toLowerCase() && lemmatize(word.toLowerCase(), language).source === 'dictionary' && !dictionaryHasCapitalised(word, language);
}

/** Whether the dictionary lists the word capitalised (a name: "Mark", "Nice") as well as in lower case. */
function dictionaryHasCapitalised(word: string, language: string): boolean {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  const found = lemmatize(capitalised, language);
  return found.source === 'dictionary' && /^\p{Lu}/u.test(found.lemma);
}

/** The kind of name a word is by the dictionaries: a first name, a surname or patronymic, a place, an organisation. */
export function nameKind(word: string, language: string | null): NameKind | null {
  return language ? nameKindMemo(language, word) : null;
}

type NameKind = 'first-name' | 'surname' | EntityType;

const nameKindMemo = languageMemo((language, word): NameKind | null => {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    // A person's name wins over a place of the same spelling ("Тереза"); a place or organisation must be the likeliest reading.
    const known = knownRussian(word);
    if (known.some((p) => p.tags.has('Name'))) return 'first-name';
    if (known.some((p) => p.tags.has('Surn') || p.tags.has('Patr'))) return 'surname';
    if (known[0]?.tags.has('Geox')) return 'place';
    if (known[0]?.tags.has('Orgn')) return 'organization';
    if (known.length > 0) return firstName(word, language) ? 'first-name' : null;
  }
  if (firstName(word, language)) return 'first-name';
  return surnameByEnding(word, language) ? 'surname' : null;
}, KNOWLEDGE_KEPT);

/** A surname ending needs a stem this long before it (unit: letters): "Коболев", not "Лев". */
const MIN_SURNAME_STEM = 3;

/** A word no dictionary knows as a common word that ends as the language's surnames do ("Коболева", "Клімкіним", "Порошенко"), and names no place. */
function surnameByEnding(word: string, language: string): boolean {
  const endings = languageTable(language)?.entities.surnameEndings;
  if (!endings || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (!endings.some((e) => lower.endsWith(e) && lower.length - e.length >= MIN_SURNAME_STEM)) return false;
  // The dictionary may list the surname as a name ("Клімкін"), never as a common word ("Зеленського" ~ "зелений").
  const found = lemmatize(lower, language);
  return (found.source !== 'dictionary' || /^\p{Lu}/u.test(found.lemma)) && !place(word, language);
}

/**
 * Where every noun is capitalised, capitals prove nothing: a word is a name by knowledge when the dictionary does not
 * know it (a foreign or rare name: "Yale", "Əliyev"), when the resources know it as a name or place, or when it is a
 * first name. A word the dictionary knows stays a common noun ("Regierung") unless the resources say otherwise.
 */
export function namedByKnowledge(word: string, language: string | null): boolean {
  return language !== null && /^\p{Lu}/u.test(word) && namedMemo(language, word);
}

const namedMemo = languageMemo((language, word): boolean => {
  if (knownName(word, language) || nameKind(word, language)) return true;
  const table = languageTable(language);
  if (!table?.lexicon) return false;
  const parts = word.split('-').filter((p) => p.length > 1);
  return parts.some((p) => /^\p{Lu}/u.test(p) && lemmatize(p, language).source === 'fallback' && !isCompoundNoun(p, language));
}, KNOWLEDGE_KEPT);

/**
 * Where every noun is capitalised, a first name the dictionary also knows as a noun ("die Art", "ihren Mann", "der
 * Roman") is that noun after an article: the article, not the name, is the evidence.
 */
export function isNounFirstName(word: string, language: string | null): boolean {
  if (!language || !languageTable(language)?.entities.capitalizesNouns) return false;
  const found = place(word, language);
  if (found && found.kind !== 'city') return false;
  return (nameKind(word, language) === 'first-name' || found !== null) && lemmatize(word, language).source === 'dictionary';
}

/** Shortest head and tail of a compound noun read as one (unit: letters): "Motor|radunfall", "Ersatz|torhüter". */
const MIN_COMPOUND_HEAD = 3;
const MIN_COMPOUND_TAIL = 5;

/**
 * Where nouns compound, a word the dictionary lacks whose tail it knows as a capitalised noun ("Bewässerungsmaßnahmen"
 * ends in "Maßnahmen", "Ersatztorhüter" in "Torhüter") is a common noun: the longest such tail decides.
 */
export function isCompoundNoun(word: string, language: string): boolean {
  if (!languageTable(language)?.entities.compoundNouns || word.length > MAX_COMPOUND) return false;
  for (let k = MIN_COMPOUND_HEAD; word.length - k >= MIN_COMPOUND_TAIL; k++) {
    const tail = word.charAt(k).toUpperCase() + word.slice(k + 1);
    const found = lemmatize(tail, language);
    if (found.source === 'dictionary' && /^\p{Lu}/u.test(found.lemma) && !firstName(tail, language) && !place(tail, language)) return true;
  }
  return false;
}

/**
 * A word the dictionary knows as a common word ("Valley", "Pictures", "Boy"; German "Regierung"), never as a name:
 * a run holding one is not a person's name by its capitals alone.
 */
export function isCommonNoun(word: string, language: string | null): boolean {
  if (!language || !languageTable(language)?.lexicon || knownName(word, language) || nameKind(word, language)) return false;
  if (languageTable(language)!.entities.capitalizesNouns) return lemmatize(word, language).source === 'dictionary' && !namedByKnowledge(word, language) && lemmatize(word.toLowerCase(), language).source !== 'dictionary';
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const best = knownRussian(word)[0];
    return best !== undefined && !NAME_TAGS.some((tag) => best.tags.has(tag));
  }
  return lemmatize(word.toLowerCase(), language).source === 'dictionary' && !dictionaryHasCapitalised(word, language);
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** A capitalised adjective and a lower-case noun in the same case ("Балтийскому морю", "Північний потік"), by OpenCorpora. */
export function adjectiveThenNoun(adjective: string, noun: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(adjective) || !/^\p{Ll}/u.test(noun)) return false;
  const adjectives = parseRussian(adjective).filter((p) => p.pos === 'ADJF' && !p.tags.has('Apro'));
  const nouns = parseRussian(noun.replace(/-\d+$/, '')).filter((p) => p.pos === 'NOUN');
  return adjectives.some((a) => nouns.some((n) => CASES.some((c) => a.tags.has(c) && n.tags.has(c))));
}

/** The lower-case lemma of a word ("морю" → "море"), or the word itself where no language is known. */
export function lemmaOf(word: string, language: string | null): string {
  return language ? lemmatize(word, language).lemma.toLowerCase() : word;
}

/**
 * A nationality, people or language word ("German", "Greek", "American", "Französisch"): a thing of its own (CoNLL's
 * MISC), not the place it comes from. Known by CLDR's language names and by the place adjectives of the lexicon.
 */
export function isDemonym(word: string, language: string | null): boolean {
  return language !== null && demonymMemo(language, word);
}

const demonymMemo = languageMemo((language, word): boolean => {
  if (/[\s\u00a0]/.test(word.trim()) || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  if (languageNames(language).has(word.toLowerCase()) || languageNames(language).has(lemmaOf(word, language))) return true;
  return placeOfAdjective(word, language) !== null && !place(word, language) && !lookupName(word);
}, KNOWLEDGE_KEPT);
