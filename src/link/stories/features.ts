import type { DocumentAnalysis } from '../../dossier/document.js';
import { lookupName } from '../../gazetteer/gazetteer.js';
import { lexiconFor } from '../../stages/extract-entities/lexicon.js';
import { cognateStem, isRomanised } from '../../text/name-key.js';
import { nameSkeleton, storyNames } from './story-keys.js';
import { contentKeys } from './content-keys.js';
import type { ContentKey } from './content-keys.js';

/** One feature of a document: a key, how much of the document it is (position-weighted count) and how telling its kind is. */
export interface StoryFeature {
  key: string;
  /** Occurrences, title and lead counting more. */
  count: number;
  /** How much the kind of key says about one event: 1 for a name or a word, less for a country or a round number. */
  scale: number;
  /** Whether the key means the same in every language (a name, a figure, a day), so that it compares documents across languages. */
  portable: boolean;
}

/** What the story features read of an analysis. */
export type StoryDocument = Pick<DocumentAnalysis, 'language' | 'title' | 'text' | 'body' | 'sentences' | 'mentions' | 'quantities' | 'dates'>;

/** The function that turns a document into features: pluggable, so that lexicon concepts can replace word keys. */
export type FeatureFunction = (doc: StoryDocument) => StoryFeature[];

/** An occurrence in the title counts this many times, one in the lead this many: headlines and leads say what the story is. */
const PLACE_WEIGHT: Readonly<Record<ContentKey['place'], number>> = { title: 3, lead: 2, body: 1 };
/** Generic keys (countries, capitals, round numbers) say little about which event: "Texas", "100". */
const GENERIC_SCALE = 0.25;
/** Lower-case words this long give a cross-language cognate key too. */
const COGNATE_MIN_LETTERS = 7;
/** How much a lower-case cognate key counts against a name's. */
const COGNATE_SCALE = 0.5;
/** At most this many features a document (unit: keys): bounds what one very long body writes to the store. */
export const MAX_FEATURES = 2048;
/** Names, figures and days are what one event shares across languages: they count this much more than a word. */
const FACT_SCALE = 1.5;

/**
 * The features of a document for story clustering: its content words (see
 * contentKeys), the names it gives (spelling-proof skeletons), its figures
 * with what they measure, and its calendar days.
 */
export function storyFeatures(doc: StoryDocument): StoryFeature[] {
  const features = new Map<string, StoryFeature>();
  const add = (key: string, count: number, scale: number, portable = true) => {
    const found = features.get(key);
    if (!found) features.set(key, { key, count, scale, portable });
    else {
      found.count += count;
      found.portable ||= portable;
    }
  };
  for (const { key, place, word, portable } of contentKeys(doc)) {
    // A capitalised word is a name more often than not, and a name is written alike across languages ("Merkel", "Меркель").
    // German nouns are capitalised too ("Frachter"): as keys of their own they seldom match another language, and
    // restricting German to found names measured worse on semeval-2022 (cross-lingual F1 0.73 → 0.64).
    const capitalised = /^\p{Lu}/u.test(word);
    const scale = (capitalised && lookupName(word)?.type === 'place') || isCalendarWord(word) ? GENERIC_SCALE : 1;
    add(key, PLACE_WEIGHT[place], scale, portable);
    // Its first letters are shared across languages and inflections ("Путина", "Putin" → "putin"; "Petersburg", "Петербурге" → "peter").
    // Only a romanised stem bridges languages (isRomanised); the word's own key already counts within its language.
    const stem = cognateStem(word);
    if (!isRomanised(stem)) continue;
    if (capitalised) add(`c:${stem}`, PLACE_WEIGHT[place], scale);
    // Long words are often international ("координации", "coordination" → "koord"): a weaker bridge.
    else if (word.length >= COGNATE_MIN_LETTERS) add(`c:${stem}`, PLACE_WEIGHT[place], COGNATE_SCALE);
  }
  for (const mention of storyNames(doc)) {
    const generic = lookupName(mention.known ?? mention.text)?.type === 'place';
    const skeleton = nameSkeleton(mention.known ?? mention.text, mention.type === 'person');
    if (skeleton) add(`e:${skeleton}`, 1, generic ? GENERIC_SCALE : FACT_SCALE, isRomanised(skeleton));
  }
  for (const q of doc.quantities) {
    const value = q.value ?? q.from;
    if (q.inComments || value === null) continue;
    // A unit is a code in every language ("EUR", "%"); the counted noun is not ("degrees", "градусов"), so it stays out.
    add(q.unit ? `n:${value}:${q.unit}` : `n:${value}`, 1, isRound(value) ? GENERIC_SCALE : FACT_SCALE);
  }
  for (const d of doc.dates) {
    const { month, day } = d.start;
    if (!d.relative && !d.inComments && month !== null && day !== null) add(`d:${month}-${day}`, 1, FACT_SCALE);
    // The year tells apart two events of one kind ("rehab", "earthquake") years apart: semeval-2022 0.827 → 0.830 alone.
    if (!d.relative && !d.inComments && d.start.year !== null) add(`y:${d.start.year}`, 1, FACT_SCALE);
  }
  const all = [...features.values()];
  // A 30,000-word body would write tens of thousands of postings: its heaviest keys say what it is about.
  return all.length <= MAX_FEATURES ? all : all.sort((a, b) => b.count * b.scale - a.count * a.scale || (a.key < b.key ? -1 : 1)).slice(0, MAX_FEATURES);
}

/** Month and weekday names of every language ("March", "Sonntag"): every story has them. */
function isCalendarWord(word: string): boolean {
  return lexiconFor(null).calendar.has(word.toLowerCase());
}

/** Round numbers ("10", "100", "2,000") and small counts recur in unrelated stories. */
function isRound(value: number): boolean {
  if (Math.abs(value) < 10) return true;
  const digits = String(Math.abs(value)).replace(/\.\d*$/, '').replace(/0+$/, '');
  return digits.length <= 1;
}
