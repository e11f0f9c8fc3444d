import { languageTable } from '../lang/index.js';
import { languageMemo } from '../text/memo.js';
import { nameKey } from '../text/name-key.js';
import { readTableBytes } from './data-files.js';
import { lemma, lemmatize } from './lemma.js';
import { knownRussian, PROPER_TAGS } from './opencorpora.js';
import { lineAt, SortedBytes } from './sorted-bytes.js';

/** A place known to the lexicon, one id across languages and scripts. */
export interface Place {
  /** `iso:DE` (country), `m49:150` (continent or region, UN M49), `gn:2950159` (GeoNames), `int:Black Sea`. */
  id: string;
  /** The English name. */
  name: string;
  kind: 'country' | 'region' | 'city';
  /** Named in most of the six languages (or a country or area): only such places are found by romanised key, so "Kazakh" does not find the village "Казах". */
  prominent?: boolean;
}

/** Keys shorter than this are too ambiguous to name a place alone (unit: key characters). */
export const MIN_KEY = 3;
/** Letters of each word that inflection leaves alone ("Балтийском морю" and "Балтийское море" → "балт мор"). */
const PHRASE_LETTERS = 4;
/** The format named in the compiled index's header line (places-build.ts writes it). */
export const PLACE_INDEX_FORMAT = 'triangulate.places/2';
/** Separators inside a compiled phrase line's value: between a name and its place's offset, and between entries. */
export const PHRASE_PART = '\u0002';
export const PHRASE_ENTRY = '\u0001';

/** The compiled index (places-build.ts), read by binary search in its bytes; places made from their lines on first use. */
interface Index {
  /** Lower-case name → place, per language (`language:name`) and for any language (`name`). */
  exact: SortedBytes;
  /** Romanised key (nameKey) → place. */
  romanised: SortedBytes;
  /** `language:` and phraseKey → the names of several words and their places. */
  phrases: SortedBytes;
  /** Countries and areas by `language:lower-case name`, in the order added; grouped by opening (areaOpening) on first use. */
  areaText: string;
  areas: Map<string, Array<[string, number]>> | null;
  /** One place a line, each known by the byte offset of its line (what the other sections give), and the places made from them so far. */
  placeLines: Buffer;
  places: Map<number, Place>;
}

let index: Index | null = null;

/** The place a name denotes in a language, inflected forms and other scripts included ("Германии" → Germany), or null. */
export function place(name: string, language: string): Place | null {
  return memo(language, name);
}

const memo = languageMemo((language, name) => {
  index ??= loadIndex();
  const clean = name.replace(/[«»"“”„‘’'()]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (clean.length < 2) return null;
  const lower = clean.toLowerCase();
  // "Western", "Central", "Turkey": a common word names only a well-known place.
  const known = (found: Place | undefined) => (found && (found.prominent || !commonWord(clean, language)) ? found : undefined);
  return (
    known(found(index, index.exact, `${language}:${lower}`)) ??
    known(found(index, index.exact, lower)) ??
    phrase(clean, language, index) ??
    notCommon(found(index, index.romanised, nameKey(clean)) ?? found(index, index.romanised, nameKey(lemmaSequence(clean, language))) ?? nominative(clean, language, index), clean, language)
  );
}, 100_000);

/** A place found by key or inflection, unless the name is a common word (asked only when one is found: it costs a lookup). */
function notCommon(found: Place | null, name: string, language: string): Place | null {
  return found && !commonWord(name, language) ? found : null;
}

/**
 * A one-word name the dictionary knows as a common word ("Такое", lemma "такой"; "Western"): only its own spelling
 * may name a place, not its lemma, romanised key or another nominative, which meet towns like "Такой" (Tāki).
 */
function commonWord(name: string, language: string): boolean {
  if (/\s/.test(name)) return false;
  if (languageTable(language)?.lexicon?.morphology === 'opencorpora') {
    const best = knownRussian(name)[0];
    return best !== undefined && !PROPER_TAGS.some((tag) => best.tags.has(tag));
  }
  const found = lemmatize(name.toLowerCase(), language);
  return found.source === 'dictionary' && found.lemma === found.lemma.toLowerCase();
}


/** A name the dictionary does not know, with its case ending replaced by a nominative one ("Європи" → "Європа"). */
function nominative(name: string, language: string, built: Index): Place | null {
  const inflection = languageTable(language)?.entities.inflection;
  if (!inflection) return null;
  const lower = name.toLowerCase();
  for (const ending of inflection.endings) {
    if (!lower.endsWith(ending) || lower.length - ending.length < MIN_KEY) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const end of inflection.nominatives) {
      const place = found(built, built.exact, `${language}:${stem}${end}`);
      if (place) return place;
    }
  }
  return null;
}

/**
 * The place a place adjective or demonym derives from ("британских" → United Kingdom, "российской" → Russia,
 * "German" → Germany): the lemma without the language's adjective ending must begin a country's or area's name.
 */
export function placeOfAdjective(word: string, language: string): Place | null {
  return adjectiveMemo(language, word);
}

/** Stems shorter than this match too many names (unit: letters). */
const MIN_ADJECTIVE_STEM = 4;
/** A name may go this far beyond the stem ("брит|ания", "росс|ия"; unit: letters). */
const MAX_NAME_TAIL = 4;

const adjectiveMemo = languageMemo((language, word) => {
  index ??= loadIndex();
  const base = lemma(word, language);
  const ending = adjectiveEndings(language).find((e) => base.endsWith(e) && base.length - e.length >= MIN_ADJECTIVE_STEM);
  if (!ending) return null;
  const stem = base.slice(0, base.length - ending.length);
  // Only areas whose name opens like the stem can match: one short list, not every area of every language.
  for (const [name, number] of areas(index).get(areaOpening(`${language}:${stem}`)) ?? []) {
    // The area's own name is no adjective of it ("Batman", a Turkish province, ends like "American").
    if (name.startsWith(`${language}:${stem}`) && name.length - language.length - 1 - stem.length <= MAX_NAME_TAIL && name !== `${language}:${base}`) return placeAt(index, number);
  }
  return null;
}, 100_000);

/** The language's place adjective endings, longest first ("-ischen" before "-isch"), sorted once a language. */
const endingsByLanguage = new Map<string, readonly string[]>();

function adjectiveEndings(language: string): readonly string[] {
  let endings = endingsByLanguage.get(language);
  if (!endings) endingsByLanguage.set(language, (endings = [...(languageTable(language)?.lexicon?.placeAdjectiveEndings ?? [])].sort((a, b) => b.length - a.length)));
  return endings;
}

/** The group of an area key (`language:name`): its language and the first MIN_ADJECTIVE_STEM letters of its name. */
function areaOpening(key: string): string {
  return key.slice(0, key.indexOf(':') + 1 + MIN_ADJECTIVE_STEM);
}

/** The first letters of each word of a lower-case name: the key under which its inflected forms meet. */
export function phraseKey(lower: string): string {
  return lower
    .split(/[\s-]+/)
    .map((word) => word.slice(0, PHRASE_LETTERS))
    .join(' ');
}

/** A name of several words whose words have the lemmas of a known name's words ("Балтийском море" → Baltic Sea). */
function phrase(name: string, language: string, built: Index): Place | null {
  if (!/[\s-]/.test(name)) return null;
  const candidates = built.phrases.get(`${language}:${phraseKey(name.toLowerCase())}`);
  if (candidates === undefined) return null;
  const lemmas = lemmaSequence(name, language);
  for (const entry of candidates.split(PHRASE_ENTRY)) {
    const part = entry.lastIndexOf(PHRASE_PART);
    if (lemmaSequence(entry.slice(0, part), language) === lemmas) return placeAt(built, Number(entry.slice(part + 1)));
  }
  return null;
}

/** The lemma of each word ("Балтийском море" → "балтийский море"): multi-word names meet whatever their case. */
function lemmaSequence(name: string, language: string): string {
  return name
    .split(/[\s-]+/)
    .map((word) => lemma(word, language))
    .join(' ');
}


/**
 * The compiled index (data/lexicon/places/index.tsv.gz): its sections cut from the bytes as read, nothing decoded
 * yet (decoding the whole index to text took about 35 ms at every start, for a few hundred look-ups an article).
 */
function loadIndex(): Index {
  const bytes = readTableBytes('places/index.tsv.gz');
  const headerEnd = bytes?.indexOf(0x0a) ?? -1;
  const header = bytes && headerEnd > 0 ? (JSON.parse(bytes.toString('utf8', 0, headerEnd)) as { format?: string; lengths?: Record<string, number> }) : null;
  if (!bytes || header?.format !== PLACE_INDEX_FORMAT || !header.lengths) throw new Error(`data/lexicon/places/index.tsv.gz is missing or not ${PLACE_INDEX_FORMAT}: run npm run build && node scripts/lexicon/derived.mjs`);
  const sections: Record<string, Buffer> = {};
  let at = headerEnd + 1;
  for (const [name, length] of Object.entries(header.lengths)) {
    sections[name] = bytes.subarray(at, at + length);
    at += length;
  }
  return {
    exact: new SortedBytes(sections.exact!),
    romanised: new SortedBytes(sections.romanised!),
    phrases: new SortedBytes(sections.phrases!),
    areaText: sections.areas!.toString('utf8'),
    areas: null,
    placeLines: sections.places!,
    places: new Map(),
  };
}

/** The place a table gives a key, or undefined. */
function found(built: Index, table: SortedBytes, key: string): Place | undefined {
  const value = table.get(key);
  return value === undefined ? undefined : placeAt(built, Number(value));
}

/** The place whose line starts at `offset`, made from its line once: every look-up of one place gives the same object. */
function placeAt(built: Index, offset: number): Place {
  let made = built.places.get(offset);
  if (!made) {
    const [id, name, kind, prominent] = lineAt(built.placeLines, offset).split('\t');
    made = { id: id!, name: name!, kind: kind as Place['kind'], prominent: prominent === '1' };
    built.places.set(offset, made);
  }
  return made;
}

/** The countries' and areas' names grouped by areaOpening, each group in the order added; split on first use. */
function areas(built: Index): Map<string, Array<[string, number]>> {
  if (!built.areas) {
    built.areas = new Map();
    for (const line of built.areaText.split('\n')) {
      const tab = line.lastIndexOf('\t');
      const key = line.slice(0, tab);
      const opening = areaOpening(key);
      const group = built.areas.get(opening);
      const entry: [string, number] = [key, Number(line.slice(tab + 1))];
      if (group) group.push(entry);
      else built.areas.set(opening, [entry]);
    }
  }
  return built.areas;
}
