import type { NewsDoc, Span } from '../../doc/news-doc.js';
import { lookupName } from '../../gazetteer/gazetteer.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { outOfTime } from '../../doc/stage-timer.js';
import { gap, isAcronym, isCapitalised, tokenize } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import { sentenceSpans } from '../segment/segment.js';
import { adjectiveThenNoun, isCommonNoun, isCommonWord, isNounFirstName, knownName, nameKind, namedByKnowledge } from './knowledge.js';
import { isProductWord, isRoleWord, lexiconFor } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { findQuotedNames, findQuotedTitles } from './quoted-names.js';
import { isRomanNumeral, knownSuffix, lookupInflected, numberAfter, surnameKey } from './name-forms.js';
import { articleOpensName, kindInName, kindOpening, opensName } from './name-openings.js';
import { guessType, holdsPersonName, typeByApposition, typeByContext, typeLists, typeOf } from './type-mention.js';

/** The entity types of the dossier. */
export type EntityType = 'person' | 'organization' | 'place' | 'product' | 'other';

/** A name found in one document: where it is, what kind of thing it names, and what the text says around it. */
export interface Mention {
  span: Span;
  text: string;
  type: EntityType;
  /** Canonical name when the gazetteer knows the name ("Kiev" → "Kyiv"). */
  known: string | null;
  /** A title written before the name ("president"), lower-case. */
  title: string | null;
  inComments: boolean;
  /** Index of an earlier mention this one completes ("[French President Emmanuel] Macron"). */
  joinedWith: number | null;
  /** Found without evidence (a lone capitalised word at a sentence start, a capitalised German noun): kept only if another mention supports it. */
  weak: boolean;
  /** The dictionaries know a word of it as a first name or surname: a person even when only one word is ever seen. */
  personName?: boolean;
  /** Typed a person by a first name alone (guessType): a list of names may retype it. */
  guessed?: boolean;
  /** Key of the last word without its case ending ("Аблязова" → "abliazov"), for matching surnames. */
  surnameKey: string;
}

/** A region of the document read for names: a body paragraph or a comment, split into sentences. */
export interface Region {
  sentences: Span[];
  inComments: boolean;
  /** The headline: read for names, not for what the document says about its words. */
  title?: boolean;
  /** A headline in title case: its capitalised words are names only where the body writes them capitalised too. */
  titleCase?: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    mentions: Mention[];
  }
}

/** Finds names of people, organisations, places and other things in the body and the comments. */
export function createExtractMentions(): NamedStage {
  return {
    name: 'extract-mentions',
    run(doc: NewsDoc) {
      const lexicon = lexiconFor(doc.data.language?.code ?? null);
      const regions = regionsOf(doc);
      const stats = wordStatistics(doc.text, regions, lexicon);
      const mentions: Mention[] = [];
      const stop = (at: number) => outOfTime(doc, at);
      for (const region of regions) if (!findInRegion(doc.text, region, lexicon, stats, mentions, stop)) break;
      doc.data.mentions = mentions.sort((a, b) => a.span[0] - b.span[0]);
      typeLists(doc.text, doc.data.mentions, lexicon);
    },
  };
}

/** The title line, body paragraphs (with the segmenter's sentences) and comments (segmented here). */
export function regionsOf(doc: NewsDoc): Region[] {
  const language = doc.data.language?.code ?? null;
  const body: Region = { sentences: doc.data.sentences ?? [], inComments: false };
  const comments = (doc.data.clean?.comments ?? []).map((c) => ({ sentences: sentenceSpans(doc.text, c.span, language), inComments: true }));
  // A headline names what the story is about ("Берлин не знает о санкциях США"), often in forms the body does not repeat.
  // A headline in title case ("Trump Says Talks Went Well") capitalises common words: only those the body capitalises
  // inside its sentences are read ("Trump").
  const titleSpan = doc.data.clean?.titleSpan;
  const title = titleSpan ? [{ sentences: sentenceSpans(doc.text, titleSpan, language), inComments: false, title: true, titleCase: titleCased(doc.text.slice(titleSpan[0], titleSpan[1])) }] : [];
  return [...title, body, ...comments];
}

/** Share of a title's words of four letters or more that may be capitalised in a title written in sentence case. */
const MAX_TITLE_CAPITALS = 0.5;

function titleCased(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length > MAX_TITLE_CAPITALS * words.length;
}

/** What the whole document says about its words: which appear in lower case, capitalised inside a sentence, or after an article. */
interface WordStatistics {
  lowercase: Set<string>;
  capitalisedInside: Set<string>;
  /** Capitalised words seen after an article: common nouns where every noun is capitalised. */
  nouns: Set<string>;
}

function wordStatistics(text: string, regions: readonly Region[], lexicon: Lexicon): WordStatistics {
  const stats: WordStatistics = { lowercase: new Set(), capitalisedInside: new Set(), nouns: new Set() };
  for (const region of regions.filter((r) => !r.title)) {
    const tokens = tokenize(text, region.sentences);
    tokens.forEach((token, i) => {
      if (!isCapitalised(token.text)) stats.lowercase.add(token.text);
      else if (!token.sentenceStart) stats.capitalisedInside.add(token.text);
      // A word after an article is a common noun unless the resources know it as a name ("die Donau", "der Yale University").
      if (lexicon.capitalizesNouns && i > 0 && lexicon.determiners.has(tokens[i - 1]!.text.toLowerCase()) && !opensName(token.text, lexicon) && (!namedByKnowledge(token.text, lexicon.language) || isNounFirstName(token.text, lexicon.language))) stats.nouns.add(token.text);
    });
  }
  return stats;
}

/** Adds the names of one region to `mentions`; false when `stop` said to stop before the region's end (out of time). */
function findInRegion(text: string, region: Region, lexicon: Lexicon, stats: WordStatistics, mentions: Mention[], stop: (at: number) => boolean): boolean {
  const covered = findQuotedNames(text, region, lexicon, mentions);
  findQuotedTitles(text, region, lexicon, mentions, covered);
  const tokens = tokenize(text, region.sentences).filter((t) => !covered.some(([s, e]) => t.start >= s && t.end <= e) && (!region.titleCase || !isCapitalised(t.text) || stats.capitalisedInside.has(t.text)));
  let previousEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.text)) continue;
    if (stop(tokens[i]!.start)) return false;
    const end = runEnd(text, tokens, i, lexicon);
    const mention = toMention(text, tokens, i, end, lexicon, stats, region.inComments);
    if (mention) {
      const last = mentions.at(-1);
      if (last && previousEnd >= 0 && /^\]\s*$/.test(text.slice(previousEnd, mention.span[0])) && last.type === 'person') {
        mention.joinedWith = mentions.length - 1;
        mention.type = 'person';
      }
      mentions.push(mention);
      previousEnd = mention.span[1];
    }
    i = end;
  }
  return true;
}

/**
 * "Zarya de Járkov", "Azot of Rivne": one bare name, a connector, then a known
 * place is a name and where it is, two mentions. A first word that makes the
 * run an institution ("University of Kyiv", "Gulf of Mexico", "Mayor of
 * London") keeps it whole.
 */
function nameThenPlace(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  if (end !== start) return false;
  const first = tokens[start]!.text.toLowerCase();
  if (lexicon.organizationWords.has(first) || lexicon.placeWords.has(first) || lexicon.titles.has(first) || lexicon.roleNouns.has(first)) return false;
  const place = tokens[end + 2];
  const beyond = tokens[end + 3];
  if (!place || (beyond && isCapitalised(beyond.text) && beyond.sentence === place.sentence)) return false;
  return lookupName(place.text)?.type === 'place';
}

/** The last token of a run of capitalised words, with connectors ("of", "de") and numbers inside ("Ukraine 24"). */
function runEnd(text: string, tokens: readonly Token[], start: number, lexicon: Lexicon): number {
  let end = start;
  while (end + 1 < tokens.length && tokens[end + 1]!.sentence === tokens[start]!.sentence) {
    const next = tokens[end + 1]!;
    // "John L. Sullivan", "Л. Г. Шнирельмана": an initial and its full stop stay inside a name.
    // "Michael O'Leary", "Майкл О'Лири": so does a one-letter prefix and its apostrophe.
    const between = gap(text, tokens[end]!, next);
    const afterInitial = /^\p{Lu}$/u.test(tokens[end]!.text) && /^(\.[\s\u00a0]+|['’])$/u.test(between) && isCapitalised(next.text);
    // "St. Louis", "Mt. Everest": an abbreviation the language writes inside names, and its full stop.
    const afterAbbreviation = lexicon.nameAbbreviations.has(tokens[end]!.text) && /^\.[\s\u00a0]*$/u.test(between) && isCapitalised(next.text);
    if (!afterInitial && !afterAbbreviation && !/^[\s\u00a0]+$/.test(between)) break;
    // A number belongs to a name only at its end ("Ukraine 24"): in "Stunde 300 Menschen" it starts a figure.
    // "Nord Stream 2 AG": a number goes on into an acronym or organisation word after it.
    const afterNumber = tokens[end + 2];
    const numberGoesOn = afterNumber !== undefined && isCapitalised(afterNumber.text) && /^[\s\u00a0]+$/.test(gap(text, next, afterNumber));
    const numberInside = numberGoesOn && (isAcronym(afterNumber.text) || lexicon.organizationWords.has(afterNumber.text.toLowerCase()));
    const numberEndsRun = /^\d{1,3}$/.test(next.text) && (!numberGoesOn || numberInside);
    if (isCapitalised(next.text) && nameBreak(tokens, end, lexicon)) break;
    if (numberEndsRun || (isCapitalised(next.text) && !placeThenPerson(tokens[end]!.text, next.text, lexicon))) {
      end++;
      continue;
    }
    const after = tokens[end + 2];
    if (after && lexicon.conjunctions.has(next.text) && twoNames(text, tokens, start, end, lexicon)) break;
    // "Северный поток-2", "Балтийскому морю": a capitalised adjective and the lower-case noun it agrees with.
    if (end === start && lexicon.adjectiveLedNames && adjectiveThenNoun(tokens[start]!.text, next.text)) return numberAfter(text, tokens, end + 1);
    if (!lexicon.capitalizesNouns && lexicon.connectors.has(next.text) && after && isCapitalised(after.text) && /^[\s\u00a0]+$/.test(gap(text, next, after)) && !nameThenPlace(tokens, start, end, lexicon)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Where one name ends and the next begins with no word between: a change of script ("Brexit Мішель Барньє",
 * "Ryanair Кенни Якобс"), or an acronym before a first name and a surname ("МЗС Хосеп Борель", "EU Steve Baker";
 * not "BTA Bank").
 */
function nameBreak(tokens: readonly Token[], end: number, lexicon: Lexicon): boolean {
  const word = tokens[end]!.text;
  const next = tokens[end + 1]!.text;
  if (/\p{L}/u.test(word) && /\p{L}/u.test(next) && script(word) !== script(next)) return true;
  const surname = tokens[end + 2];
  return isAcronym(word) && !lexicon.organizationWords.has(next.toLowerCase()) && nameKind(next, lexicon.language) === 'first-name' && surname !== undefined && isCapitalised(surname.text);
}

/** "главой МИД Литвы Линасом Линкявичюсом": a place ends a run that a first name continues. */
function placeThenPerson(word: string, next: string, lexicon: Lexicon): boolean {
  return nameKind(next, lexicon.language) === 'first-name' && knownName(word, lexicon.language)?.type === 'place' && !knownName(next, lexicon.language);
}

/**
 * "Saudi Arabia and North Korea", "Wilmslow and Macclesfield": a conjunction ends a name, unless the whole is a known
 * name ("Bosnia and Herzegovina") or it follows a connector or a common noun ("Academy of Arts and Letters") where the name before it
 * is not complete on its own (known to the resources, or opened by a first name: "Julia Görges and Romina Oprandi").
 */
function twoNames(text: string, tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const left = text.slice(tokens[start]!.start, tokens[end]!.end);
  const whole = tokens[end + 2] ? text.slice(tokens[start]!.start, tokens[end + 2]!.end) : left;
  if (lookupName(whole)) return false;
  // "American Academy of Arts and Letters", "Ministry of Industry and Trade": after a connector or a common noun, the
  // conjunction joins words of one name.
  const connected = tokens.slice(start + 1, end).some((t) => lexicon.connectors.has(t.text) && !lexicon.conjunctions.has(t.text)) || isCommonNoun(tokens[end]!.text, lexicon.language);
  return !connected || Boolean(knownName(left, lexicon.language)) || (end > start && nameKind(tokens[start]!.text, lexicon.language) === 'first-name');
}

function toMention(text: string, tokens: readonly Token[], start: number, end: number, lexicon: Lexicon, stats: WordStatistics, inComments: boolean): Mention | null {
  let first = start;
  let last = end;
  let title: string | null = null;
  for (let k = end - 1; k >= start; k--) {
    if (lexicon.titles.has(tokens[k]!.text.toLowerCase()) && !lexicon.connectors.has(tokens[k + 1]!.text)) {
      title = tokens[k]!.text.toLowerCase();
      first = k + 1;
      break;
    }
  }
  while (first < last && !kindInName(tokens[first]!.text, lexicon) && (isRoleWord(tokens[first]!.text, lexicon) || leadingNoun(tokens, first, lexicon))) first++; // "Werksdirektor Iwan Petrenko"
  while (first <= last && !articleOpensName(tokens, first, last, lexicon) && (isNoise(tokens[first]!, lexicon, stats) || stats.nouns.has(tokens[first]!.text))) first++;
  let productBefore = false;
  while (first < last && isProductWord(tokens[first]!.text, lexicon)) { first++; productBefore = true; } // "Massengutfrachter Baltic Star"
  // "Сухогруз Baltic Star", "Пилоты Ryanair": a sentence-initial or common word in another script than the name after it is not part of the name.
  if (first < last && script(tokens[first]!.text) !== script(tokens[first + 1]!.text) && (tokens[first]!.sentenceStart || isCommonWord(tokens[first]!.text, lexicon.language))) first++;
  while (last >= first && (lexicon.calendar.has(tokens[last]!.text.toLowerCase()) || lexicon.connectors.has(tokens[last]!.text) || /^\d{4,}$/.test(tokens[last]!.text) || stats.nouns.has(tokens[last]!.text))) last--;
  // "Местные власти": what is left after a sentence's first word is no name when it is in lower case.
  if (first > last || !isCapitalised(tokens[first]!.text)) return null;
  // "XIX века", "siglo XX": a Roman numeral alone is a number (in a name it follows one: "Louis XIV").
  if (first === last && isRomanNumeral(tokens[first]!.text)) return null;
  // "the Princess", "the Earl and Countess": titles alone name no one.
  if (tokens.slice(first, last + 1).every((t) => lexicon.titles.has(t.text.toLowerCase()))) return null;
  first = knownSuffix(text, tokens, first, last) ?? first;
  // "Leeds United F.C.", "U.S.": the full stop of a dotted abbreviation is part of it.
  const dotted = /^(\p{L}\.)+\p{L}$/u.test(tokens[last]!.text) && text.charAt(tokens[last]!.end) === '.';
  const span: Span = [tokens[first]!.start, tokens[last]!.end + (dotted ? 1 : 0)];
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  const nextWord = after && /^[\s\u00a0]+$/.test(gap(text, tokens[last]!, after)) ? after.text : '';
  const acronym = first === last && isAcronym(tokens[first]!.text) && !lookupName(tokens[first]!.text);
  if (acronym && nextWord && lexicon.organizationWords.has(nextWord)) span[1] = after!.end;
  const name = text.slice(span[0], span[1]);
  const known = lookupInflected(name, lexicon) ?? knownName(name, lexicon.language);
  const previousWord = before && /^[\s\u00a0,]+$/.test(gap(text, before, tokens[first]!)) ? before.text.toLowerCase() : '';
  const single = first === last;
  // A speech verb beside the name, or a role just before it ("Werksdirektor Iwan Petrenko"), makes it a person.
  const spoken = lexicon.speechVerbs.has(nextWord) || lexicon.speechVerbs.has(previousWord) || lexicon.accordingTo.has(previousWord) || (!single && isRoleWord(previousWord, lexicon));
  const evidence = Boolean(known || title || spoken || isAcronym(name));
  // A lone capitalised word at a sentence start is a name only if the text also capitalises it inside a sentence;
  // where every noun is capitalised, capitals alone prove nothing.
  const weak = !evidence && ((single && tokens[first]!.sentenceStart && !stats.capitalisedInside.has(name)) || (lexicon.capitalizesNouns && !capitalsAreNames(tokens, first, last, lexicon)));
  let type = typeOf(name, single, known?.type ?? null, title, nextWord, spoken, lexicon);
  if (type === 'person' && weak) type = 'other';
  type = typeByContext(text, tokens, first, { name, single, type, known: known !== null, title, productBefore }, lexicon);
  if (type === 'other') type = typeByApposition(text, tokens, last, lexicon) ?? type;
  const guess = type === 'other' && !weak ? guessType(name, lexicon) : null;
  if (guess) type = guess;
  const personName = type === 'person' && holdsPersonName(name, lexicon);
  const mention: Mention = { span, text: name, type, guessed: guess === 'person', known: known?.canonical ?? null, title, inComments, joinedWith: null, weak, personName, surnameKey: surnameKey(name, lexicon) };
  const lead = kindOpening(text, tokens, first, lexicon);
  // A kind of another type names another thing: "сборной Австралии" is a team, not the country it was known as.
  if (lead !== null && (type !== 'person' || lead.type !== 'place')) Object.assign(mention, { span: [tokens[lead.start]!.start, span[1]], text: text.slice(tokens[lead.start]!.start, span[1]), type: lead.type, weak: false, known: known && known.type !== lead.type ? null : mention.known });
  return mention;
}

/**
 * Where every noun is capitalised, a common noun before a first name or a known name is no part of it
 * ("Ehefrau Yoko Ono", "Ersatztorhüter Nick Rimando"); "Hamburger SV" keeps its first word.
 */
function leadingNoun(tokens: readonly Token[], first: number, lexicon: Lexicon): boolean {
  const word = tokens[first]!.text;
  // "FC Metz", "SV Wehen Wiesbaden": an acronym or organisation word opens a club's name.
  if (!lexicon.capitalizesNouns || namedByKnowledge(word, lexicon.language) || isAcronym(word) || lexicon.organizationWords.has(word.toLowerCase())) return false;
  const next = tokens[first + 1]!.text;
  return isCapitalised(next) && (nameKind(next, lexicon.language) === 'first-name' || knownName(next, lexicon.language) !== null);
}

/** Where every noun is capitalised: a run holding a word the resources know as a name ("Katy Perry", "Boca Juniors"). */
function capitalsAreNames(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => isCapitalised(t.text));
  return words.some((t) => namedByKnowledge(t.text, lexicon.language));
}

function script(word: string): string {
  return /\p{Script=Cyrillic}/u.test(word) ? 'cyrillic' : 'latin';
}

/**
 * Words capitalised only because they start a sentence, and calendar names. A common word of the dictionary that the
 * text also capitalises inside a sentence is a name there too ("Trump said", "Brown added").
 */
function isNoise(token: Token, lexicon: Lexicon, stats: WordStatistics): boolean {
  const lower = token.text.toLowerCase();
  if (lexicon.functionWords.has(lower) || lexicon.calendar.has(lower)) return true;
  return token.sentenceStart && (stats.lowercase.has(lower) || (!stats.capitalisedInside.has(token.text) && isCommonWord(token.text, lexicon.language)));
}
