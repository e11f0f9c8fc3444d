import { languages, languageTable } from '../lang/index.js';
import { languageMemo } from '../text/memo.js';
import { nameKey } from '../text/name-key.js';
import { readTable } from './data-files.js';
import { lemmatize } from './lemma.js';
import { parseRussian } from './opencorpora.js';
import { romanise } from './romanise.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** The keys under which the spellings of one name meet across languages, scripts and inflection. */
export interface NameKeys {
  /** Exact keys: equal for "Tokayev", "Tokaïev", "Tokajew", "Токаев" and "Токаева". */
  keys: string[];
  /** A consonant skeleton ("Keanu Reeves" ~ "Киану Ривз"): looser, for names of two words or more. */
  skeleton: string;
}

/** The keys of a name written in a language ("Клімкіна" in Ukrainian → the keys of "Klimkin"). */
export function nameKeys(name: string, language: string): NameKeys {
  return memo(language, name);
}

const memo = languageMemo((language, name) => {
  const words = name.split(/[\s\u00a0]+/).filter(Boolean);
  const forms = new Set<string>([name]);
  if (/\p{Script=Cyrillic}/u.test(name)) {
    const base = words.map((word) => baseForm(word, language)).join(' ');
    forms.add(base);
    for (const form of [name, base]) {
      forms.add(romanise(form, language, 'news'));
      for (const table of languages) if (table.lexicon?.cyrillicSpelling) forms.add(romanise(form, language, table.code));
    }
  } else {
    forms.add(respell(name, language));
  }
  const keys = [...new Set([...forms].map(nameKey).filter((k) => k.length > 0))];
  return { keys, skeleton: skeleton(nameKey(romanise([...forms][1] ?? name, language))) };
}, 100_000);

/**
 * The one key of a name's base form: a Cyrillic name without its case endings, romanised as the English-language
 * press does ("Клімкіна", "Климкиным" → "klimkin"); a Latin one respelled from its language's press spelling
 * ("Tokajew" → "tokaiev").
 */
export function baseKey(name: string, language: string): string {
  return baseKeyMemo(language, name);
}

const baseKeyMemo = languageMemo((language, name) => {
  if (!/\p{Script=Cyrillic}/u.test(name)) return nameKey(respell(name, language));
  const base = name.split(/[\s\u00a0]+/).filter(Boolean).map((word) => baseForm(word, language)).join(' ');
  return nameKey(romanise(base, language, 'news'));
}, 100_000);

/** A Cyrillic name word in its dictionary form when the dictionary knows it as a name, else without its case ending. */
function baseForm(word: string, language: string): string {
  const found = lemmatize(word, language);
  const lemma = found.lemma;
  const stem = lemma.length >= 3 ? lemma : word;
  return word[0] === word[0]!.toUpperCase() ? stem.charAt(0).toUpperCase() + stem.slice(1) : stem;
}

/** A Latin name in one language's press spelling of Cyrillic rewritten in English spelling ("Tokajew" → "Tokayev"). */
function respell(name: string, language: string): string {
  const rules = respellings(language);
  return rules ? name.toLowerCase().replace(rules.pattern, (found) => rules.to.get(found)!) : name.toLowerCase();
}

interface Respelling {
  pattern: RegExp;
  to: ReadonlyMap<string, string>;
}
const respellingCache = new Map<string, Respelling | null>();

/**
 * The language's spellings of Cyrillic letters that English writes otherwise, matched longest first in one pass
 * (German "tsch" → "ch" is not then read as "ch" → "kh"); an ambiguous one (German "sch" for ж and ш) goes to the later letter.
 */
function respellings(language: string): Respelling | null {
  if (!respellingCache.has(language)) {
    const own = languageTable(language)?.lexicon?.cyrillicSpelling ?? {};
    const english = languageTable('en')?.lexicon?.cyrillicSpelling ?? {};
    const to = new Map<string, string>();
    for (const [letter, spelling] of Object.entries(own)) if (spelling.length > 0 && english[letter] !== undefined && english[letter] !== spelling) to.set(spelling, english[letter]!);
    const alternatives = [...to.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    respellingCache.set(language, to.size > 0 ? { pattern: new RegExp(alternatives.join('|'), 'gu'), to } : null);
  }
  return respellingCache.get(language)!;
}

/** First letter, then consonants with voiced and voiceless ones folded ("keanureves" → "knrvs", "kianurivz" → "knrvs"). */
function skeleton(key: string): string {
  if (!key) return '';
  const folded = key.slice(1).replace(/[aeiouyhw]/g, '').replace(/z/g, 's').replace(/f/g, 'v').replace(/d/g, 't').replace(/b/g, 'p').replace(/g/g, 'k').replace(/(.)\1+/g, '$1');
  return key[0]!.replace(/[aeiouy]/, 'a') + folded;
}

/** What the lexicon knows of a first name: its gender where the source gives it. */
export interface FirstName {
  gender: 'male' | 'female' | null;
}

/**
 * First names by name key (names-build.ts, data/lexicon/names/first-name-keys.tsv.gz): `m`, `f` or '' (both). A map
 * rather than a search in the text: every capitalised word of a document is looked up, and the table is small.
 */
let firstNames: Map<string, string> | null = null;

/** A first name in any of the six languages ("Olga", "Ольга", "Olha"), or null when no list has it. */
export function firstName(word: string, language: string): FirstName | null {
  firstNames ??= new Map((readTable('names/first-name-keys.tsv.gz') ?? '').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]));
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const parse = parseRussian(word).find((p) => p.tags.has('Name'));
    if (parse) return { gender: parse.tags.has('femn') ? 'female' : parse.tags.has('masc') ? 'male' : null };
  }
  for (const key of nameKeys(word, language).keys) {
    const gender = firstNames.get(key);
    if (gender !== undefined) return { gender: gender === 'f' ? 'female' : gender === 'm' ? 'male' : null };
  }
  return null;
}
