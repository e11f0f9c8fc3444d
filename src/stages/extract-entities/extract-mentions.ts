import type { NewsDoc, Span } from '../../doc/news-doc.js';
import { lookupName } from '../../gazetteer/gazetteer.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { gap, isAcronym, isCapitalised, tokenize } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import { sentenceSpans } from '../segment/segment.js';
import { lexiconFor } from './lexicon.js';
import type { Lexicon } from './lexicon.js';

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
}

/** A region of the document read for names: a body paragraph or a comment, split into sentences. */
export interface Region {
  sentences: Span[];
  inComments: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    mentions: Mention[];
  }
}

/** Quoted names are short (unit: words). */
const MAX_QUOTED_NAME_WORDS = 7;

/** Finds names of people, organisations, places and other things in the body and the comments. */
export function createExtractMentions(): NamedStage {
  return {
    name: 'extract-mentions',
    run(doc: NewsDoc) {
      const lexicon = lexiconFor(doc.data.language?.code ?? null);
      const lowercaseWords = new Set<string>();
      for (const match of doc.text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu)) lowercaseWords.add(match[0]);
      const mentions: Mention[] = [];
      for (const region of regionsOf(doc)) findInRegion(doc.text, region, lexicon, lowercaseWords, mentions);
      doc.data.mentions = mentions.sort((a, b) => a.span[0] - b.span[0]);
    },
  };
}

/** Body paragraphs (with the segmenter's sentences) and comments (segmented here). */
export function regionsOf(doc: NewsDoc): Region[] {
  const language = doc.data.language?.code ?? null;
  const body: Region = { sentences: doc.data.sentences ?? [], inComments: false };
  const comments = (doc.data.clean?.comments ?? []).map((c) => ({ sentences: sentenceSpans(doc.text, c.span, language), inComments: true }));
  return [body, ...comments];
}

function findInRegion(text: string, region: Region, lexicon: Lexicon, lowercaseWords: Set<string>, mentions: Mention[]): void {
  const covered = findQuotedNames(text, region, lexicon, mentions);
  const tokens = tokenize(text, region.sentences).filter((t) => !covered.some(([s, e]) => t.start >= s && t.end <= e));
  let previousEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.text)) continue;
    const end = runEnd(text, tokens, i, lexicon);
    const mention = toMention(text, tokens, i, end, lexicon, lowercaseWords, region.inComments);
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
}

/** The last token of a run of capitalised words, with connectors ("of", "de") and numbers inside ("Ukraine 24"). */
function runEnd(text: string, tokens: readonly Token[], start: number, lexicon: Lexicon): number {
  let end = start;
  while (end + 1 < tokens.length && tokens[end + 1]!.sentence === tokens[start]!.sentence) {
    const next = tokens[end + 1]!;
    if (!/^[\s\u00a0]+$/.test(gap(text, tokens[end]!, next))) break;
    if (isCapitalised(next.text) || /^\d{1,3}$/.test(next.text)) {
      end++;
      continue;
    }
    const after = tokens[end + 2];
    if (lexicon.connectors.has(next.text) && after && isCapitalised(after.text) && /^[\s\u00a0]+$/.test(gap(text, next, after))) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

function toMention(text: string, tokens: readonly Token[], start: number, end: number, lexicon: Lexicon, lowercaseWords: Set<string>, inComments: boolean): Mention | null {
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
  while (first <= last && isNoise(tokens[first]!, lexicon, lowercaseWords)) first++;
  while (last >= first && (lexicon.calendar.has(tokens[last]!.text.toLowerCase()) || lexicon.connectors.has(tokens[last]!.text) || /^\d+$/.test(tokens[last]!.text))) last--;
  if (first > last) return null;
  first = knownSuffix(text, tokens, first, last) ?? first;
  const span: Span = [tokens[first]!.start, tokens[last]!.end];
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  const nextWord = after && /^[\s\u00a0]+$/.test(gap(text, tokens[last]!, after)) ? after.text : '';
  const acronym = first === last && isAcronym(tokens[first]!.text) && !lookupName(tokens[first]!.text);
  if (acronym && nextWord && lexicon.organizationWords.has(nextWord)) span[1] = after!.end;
  const name = text.slice(span[0], span[1]);
  const known = lookupName(name);
  const type = typeOf(name, first === last, known?.type ?? null, title, nextWord, before?.text.toLowerCase() ?? '', lexicon);
  return { span, text: name, type, known: known?.canonical ?? null, title, inComments, joinedWith: null };
}

/** Where a known name follows one leading word ("Russian-led CSTO", "Western Ukraine"): the run is cut to it. */
function knownSuffix(text: string, tokens: readonly Token[], first: number, last: number): number | null {
  if (lookupName(text.slice(tokens[first]!.start, tokens[last]!.end))) return null;
  const k = first + 1;
  return k <= last && lookupName(text.slice(tokens[k]!.start, tokens[last]!.end)) ? k : null;
}

/** Words capitalised only because they start a sentence, and calendar names. */
function isNoise(token: Token, lexicon: Lexicon, lowercaseWords: Set<string>): boolean {
  const lower = token.text.toLowerCase();
  if (lexicon.functionWords.has(lower) || lexicon.calendar.has(lower)) return true;
  return token.sentenceStart && lowercaseWords.has(lower);
}

function typeOf(name: string, single: boolean, known: EntityType | null, title: string | null, nextWord: string, previousWord: string, lexicon: Lexicon): EntityType {
  if (known) return known;
  if (title) return 'person';
  const words = name.toLowerCase().split(/[\s\u00a0]+/);
  if (words.some((w) => lexicon.organizationWords.has(w)) || lexicon.organizationWords.has(nextWord)) return 'organization';
  if (lexicon.placeWords.has(nextWord)) return 'place';
  if (name.split(/[\s\u00a0]+/).some(isAcronym)) return 'organization';
  if (lexicon.speechVerbs.has(nextWord) || lexicon.accordingTo.has(previousWord)) return 'person';
  if (!single && /^[\p{Lu}][\p{L}'’-]+([\s\u00a0]+[\p{Lu}][\p{L}'’-]+){1,3}$/u.test(name)) return 'person';
  return 'other';
}

/**
 * Names in quotation marks after an organisation word: "the movement
 * «Democratic Choice of Kazakhstan»", "le mouvement « Choix démocratique du
 * Kazakhstan »" (French capitalises only the first word of such names).
 */
function findQuotedNames(text: string, region: Region, lexicon: Lexicon, mentions: Mention[]): Span[] {
  const covered: Span[] = [];
  for (const [start, end] of region.sentences) {
    for (const match of text.slice(start, end).matchAll(lexicon.quotedName)) {
      const name = match.groups!.name!.trim();
      if (!isCapitalised(name) || name.split(/\s+/).length > MAX_QUOTED_NAME_WORDS) continue;
      const at = start + match.index + match[0].indexOf(name);
      const span: Span = [at, at + name.length];
      mentions.push({ span, text: name, type: 'organization', known: lookupName(name)?.canonical ?? null, title: null, inComments: region.inComments, joinedWith: null });
      covered.push(span);
    }
  }
  return covered;
}
