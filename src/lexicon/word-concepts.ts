import { languageTable } from '../lang/index.js';
import { languageMemo } from '../text/memo.js';
import { concepts } from './concepts.js';
import { lemmatize } from './lemma.js';
import { nameKeys } from './names.js';
import { knownRussian, PROPER_TAGS } from './opencorpora.js';
import { place, placeOfAdjective } from './places.js';

/** Prefix of a name's concept: a name is its own concept across languages, met by its name keys ("Трампа", "Trump"). */
export const NAME_CONCEPT = 'name:';
/** Name keys shorter than this say too little to stand for a concept (unit: key characters). */
const MIN_NAME_KEY = 2;

/**
 * The concepts of a word as a text writes it ("Schiffe", "Трампа", "britischen"): the concepts of its lemma and of the
 * dictionary's other readings of it ("announced": announced, announce; "стали": стать, сталь), or of its compound's head, the place it names or derives from, and, for a name, the name itself as a concept
 * (`name:<key>`, one per name key), so that a name meets its spellings in other languages and scripts. Any capitalised
 * word may be a name ("Weidmann" is also a German word for hunter): it meets only a word another text capitalises too.
 * A word whose dictionary reading is a proper name keeps no common-word concepts ("Сергей" is not serge). [] when
 * nothing is known.
 */
export function wordConcepts(word: string, language: string): readonly string[] {
  return memo(language, word);
}

const memo = languageMemo((language, word) => {
  const found = lemmatize(word, language);
  const proper = properName(word, language);
  // The word as written is looked up too: a dictionary may list a form the morphology derives ("Regierung", read as regieren + -ung).
  const own = proper ? [] : [...new Set([found.lemma, ...(found.readings ?? []), word, ...singulars(word, language)])].flatMap((lemma) => concepts(lemma, language));
  const list = own.length > 0 || !found.head ? own : concepts(found.head, language);
  const where = place(found.lemma, language) ?? placeOfAdjective(found.lemma, language);
  const names = /^\p{Lu}/u.test(word) ? nameKeys(word, language).keys.filter((k) => k.length >= MIN_NAME_KEY).map((k) => NAME_CONCEPT + k) : [];
  return Object.freeze([...new Set([...list, ...(where ? [where.id] : []), ...names])]);
}, 200_000);

/** A derived noun's singular by the language's plural endings ("Forderungen" → "Forderung"), or none. */
function singulars(word: string, language: string): string[] {
  const pair = languageTable(language)?.lexicon?.derivedPlurals?.find(([plural]) => word.endsWith(plural));
  return pair ? [word.slice(0, word.length - pair[0].length) + pair[1]] : [];
}

/**
 * Whether the dictionary reads a capitalised word as a person's or organisation's name only (OpenCorpora's name
 * tags): its common-word concepts would be another word's ("Сергей": serge). A capitalised English, French or
 * Spanish lemma keeps its concepts ("August", "Saturday", "American").
 */
function properName(word: string, language: string): boolean {
  if (!/^\p{Lu}/u.test(word) || languageTable(language)?.lexicon?.morphology !== 'opencorpora') return false;
  const best = knownRussian(word)[0];
  return best !== undefined && PROPER_TAGS.some((tag) => best.tags.has(tag));
}
