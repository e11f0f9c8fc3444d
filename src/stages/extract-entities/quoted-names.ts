import type { Span } from '../../doc/news-doc.js';
import { lookupName } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../text/name-key.js';
import { isCapitalised } from '../../text/tokens.js';
import type { Mention, Region } from './extract-mentions.js';
import type { Lexicon } from './lexicon.js';

/** Quoted names are short (unit: words). */
const MAX_QUOTED_NAME_WORDS = 7;
/** The marks that open a quoted name (`Lexicon.quotedName`) or title (TITLE_QUOTES). */
const OPENING_MARK = /[«"“„]/;

/**
 * Names in quotation marks after an organisation word: "the movement
 * «Democratic Choice of Kazakhstan»", "le mouvement « Choix démocratique du
 * Kazakhstan »" (French capitalises only the first word of such names).
 */
export function findQuotedNames(text: string, region: Region, lexicon: Lexicon, mentions: Mention[]): Span[] {
  const covered: Span[] = [];
  for (const [start, end] of region.sentences) {
    const sentence = text.slice(start, end);
    // The pattern tries each of the language's organisation words at every letter: a sentence without an opening mark is skipped.
    if (!OPENING_MARK.test(sentence)) continue;
    for (const match of sentence.matchAll(lexicon.quotedName)) {
      const name = match.groups!.name!.trim();
      if (!isCapitalised(name) || name.split(/\s+/).length > MAX_QUOTED_NAME_WORDS) continue;
      const at = start + match.index + match[0].indexOf(name);
      const span: Span = [at, at + name.length];
      mentions.push({ span, text: name, type: 'organization', known: lookupName(name)?.canonical ?? null, title: null, inComments: region.inComments, joinedWith: null, weak: false, surnameKey: nameKey(name) });
      covered.push(span);
    }
  }
  return covered;
}

/** Marks that open and close a quoted title ("…", “…”, «…», „…“); single quotes double as apostrophes. */
const TITLE_QUOTES = /["“«„]([^"“”«»„\n]{2,80})["”»“]/gu;
/** A quoted title is one of these many words at most, two at least (one word is read as any name is). */
const MAX_TITLE_WORDS = 7;
const MIN_TITLE_WORDS = 2;
/** A species is named by a genus and one or two lower-case epithets (unit: words). */
const MAX_SPECIES_WORDS = 3;

/**
 * Titles of works in quotation marks inside a sentence: `the film "It Happened to Jane"`, `la película «El señor de
 * los anillos»`, «Пираты Карибского моря». The quote opens with a capital and holds no sentence punctuation; a
 * quote followed by a comma or after a colon is speech, and a capitalised word and a lower-case one are a species
 * ("Ursus arctos"). A title is a thing of its own ('other'), a product after a kind of product, or the name the
 * gazetteer knows it as.
 */
export function findQuotedTitles(text: string, region: Region, lexicon: Lexicon, mentions: Mention[], covered: Span[]): void {
  for (const [start, end] of region.sentences) {
    const sentence = text.slice(start, end);
    if (!OPENING_MARK.test(sentence)) continue;
    for (const match of sentence.matchAll(TITLE_QUOTES)) {
      const name = match[1]!;
      const words = name.split(/[\s\u00a0]+/);
      if (name !== name.trim() || !isCapitalised(name) || words.length < MIN_TITLE_WORDS || words.length > MAX_TITLE_WORDS || /[.!?;,]/.test(name)) continue;
      const open = start + match.index;
      const close = open + match[0].length;
      // "Aegypius monachus", "Ursus arctos arctos": a species' name is no name of an entity, nor is its genus alone.
      if (words.length <= MAX_SPECIES_WORDS && words.slice(1).every((w) => /^\p{Ll}+$/u.test(w))) {
        covered.push([open + 1, close - 1]);
        continue;
      }
      if (text.charAt(close) === ',' || /:\s*$/.test(text.slice(Math.max(0, open - 3), open))) continue;
      const span: Span = [open + 1, close - 1];
      if (covered.some(([s, e]) => s < span[1] && e > span[0])) continue;
      const before = /(\p{L}+)[\s\u00a0]*$/u.exec(text.slice(Math.max(start, open - 40), open))?.[1]?.toLowerCase() ?? '';
      const known = lookupName(name);
      const type = known?.type ?? (lexicon.productWords.has(before) ? 'product' : 'other');
      mentions.push({ span, text: name, type, known: known?.canonical ?? null, title: null, inComments: region.inComments, joinedWith: null, weak: false, surnameKey: nameKey(name) });
      covered.push(span);
    }
  }
}
