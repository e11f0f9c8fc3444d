import type { Span } from '../../doc/news-doc.js';
import { firstTokens, tokenize } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import { boundaryBetween, findLastVerb, findVerb, sinceBoundary, untilBoundary } from './cues.js';
import type { VerbHit } from './cues.js';
import { nearestBefore, personAfterVerb, speakerAt } from './speaker.js';
import type { SpeakerContext, SpeakerRef } from './speaker.js';

/** Attribution is looked for this far after a quotation (unit: words): "…,” Leonid Kalashnikov, head of the committee, told Interfax." */
const AFTER_WORDS = 16;
/**
 * …and at most this far (unit: characters): sixteen words of news take about 120. In a line of JSON or markup read as
 * text every value is quoted, and the words after one quotation lie past thousands of others (blanked in the masked
 * text): reading to the sixteenth word after each would read the rest of the line each time.
 */
const AFTER_CHARS = 1000;
/** A speech verb this far after the quotation names its speaker before it (unit: words): "…,” the party's longtime chairman said. */
const VERB_REACH = 6;
/** A cue this close to a short quotation attributes it (unit: words): "called it “pathetic”", "“No,” he said". */
const NEAR_WORDS = 3;
/** How far back a colon-ended lead-in is looked for across a paragraph break (unit: characters). */
const LEAD_IN_CHARS = 400;
/** An attribution after a quotation closed by a period is a short sentence of its own (unit: words): “… home.” Mr. Trump said. */
const CLOSED_ATTRIBUTION_WORDS = 5;
/** A speaker named within this many words after a quotation is the subject of a later verb (unit: words). */
const SUBJECT_OPENING_WORDS = 3;
/** Words after an inverted verb that may hold a subject ("…, said Sen. Ted Cruz"). */
const INVERTED_WORDS = 4;

/** The speaker of a direct quotation and how it was found. */
export interface DirectAttribution {
  speaker: SpeakerRef | null;
  /** A speech verb stands beside the quotation ("…,” he said / said: “…” / called it “…”). */
  near: boolean;
}

/** What the attribution reads: the speaker context, whose masked text hides quoted words, so a quotation's own words never attribute it. */
export type DirectContext = SpeakerContext;

/**
 * The speaker of a direct quotation: a speech verb after it ("…,” Mr.
 * Butterfield said / said Ablyazov), else before it in its sentence ("Trump
 * said Duterte's comments showed “…”", "he wrote: “…”"), else a colon-ended
 * lead-in in the paragraph before; a quotation with no cue that opens a
 * sentence continues the previous speaker's.
 */
export function attributeDirect(context: DirectContext, outer: Span, paragraph: Span): DirectAttribution {
  const after = afterQuote(context, outer, paragraph);
  if (after.speaker) return after;
  const before = sentenceBefore(context, outer, paragraph);
  const lead = before.length > 0 ? before : leadIn(context, outer, paragraph);
  const verb = findLastVerb(lead, context.cues, context.masked);
  if (verb) {
    const speaker = subjectOf(context, lead, verb);
    if (speaker) return { speaker, near: lead.length - verb.index - verb.length <= NEAR_WORDS };
  }
  if (before.length === 0) return { speaker: { kind: 'previous' }, near: false };
  // No cue inside a sentence ("… as the “Great Satan.”"): the sentence's subject, the first person named in it, else the speaker before.
  return { speaker: firstPerson(context, before) ?? { kind: 'previous' }, near: false };
}

/**
 * A quotation's sentence is read at most this far back (unit: words). News sentences are far shorter; text with no
 * sentence end outside its quotation marks (a page's markup read as text, where every attribute value is quoted) would
 * otherwise have each quotation read all the words before it.
 */
export const MAX_SENTENCE_WORDS = 150;

/** The words of the quotation's sentence before its opening mark; none when the quotation opens a sentence ("… Lindqvist said. “…”"). */
function sentenceBefore(context: DirectContext, outer: Span, paragraph: Span): Token[] {
  const { tokens, sentenceFrom } = paragraphTokens(context, paragraph);
  // No word runs into an opening mark, so the paragraph's words before it are those of the text up to it.
  let end = 0;
  for (let high = tokens.length; end < high; ) {
    const middle = (end + high) >>> 1;
    if (tokens[middle]!.start < outer[0]) end = middle + 1;
    else high = middle;
  }
  if (end === 0 || /[.!?…]/.test(context.masked.slice(tokens[end - 1]!.end, outer[0]))) return [];
  return tokens.slice(Math.max(sentenceFrom[end - 1]!, end - MAX_SENTENCE_WORDS), end);
}

/** The masked words of a paragraph, and for each the index of the word opening its sentence: built once per paragraph, read per quotation. */
interface ParagraphTokens {
  tokens: Token[];
  sentenceFrom: Int32Array;
}

let paragraphsOfText = '';
const paragraphs = new Map<string, ParagraphTokens>();

function paragraphTokens(context: DirectContext, paragraph: Span): ParagraphTokens {
  if (context.masked !== paragraphsOfText) {
    paragraphsOfText = context.masked;
    paragraphs.clear();
  }
  const key = `${paragraph[0]}:${paragraph[1]}`;
  let found = paragraphs.get(key);
  if (!found) {
    const tokens = tokenize(context.masked, [paragraph]);
    // As sinceBoundary reads them: a word opens a sentence when a sentence end stands before it.
    const sentenceFrom = new Int32Array(tokens.length);
    for (let i = 1; i < tokens.length; i++) sentenceFrom[i] = boundaryBetween(context.masked, tokens[i - 1]!, tokens[i]!, context.cues, false) ? i : sentenceFrom[i - 1]!;
    found = { tokens, sentenceFrom };
    paragraphs.set(key, found);
  }
  return found;
}

/** "…,” X said", "…,” said X", "…,” the senator told reporters". */
function afterQuote(context: DirectContext, outer: Span, paragraph: Span): DirectAttribution {
  const { masked, cues } = context;
  const tokens = firstTokens(masked, [outer[1], Math.min(paragraph[1], outer[1] + AFTER_CHARS)], AFTER_WORDS);
  // “….” He said … — a sentence stop right after the quotation leaves nothing to attribute it.
  if (tokens.length === 0 || /[.!?…]/.test(masked.slice(outer[1], tokens[0]!.start))) return { speaker: null, near: false };
  const words = untilBoundary(masked, tokens, cues);
  // “… home.” He said the … — a quotation ending in a period closes its sentence unless a bare attribution follows (“… home.” Trump said.).
  if (/\.\s*$/.test(context.text.slice(outer[0], outer[1]).replace(/[”»"'’›\s]+$/, '')) && words.length > CLOSED_ATTRIBUTION_WORDS) return { speaker: null, near: false };
  // “…,” according to a White House pool report.
  // matchAll reads a copy of the shared pattern: exec would leave its lastIndex behind for the next document.
  const lead = words[0] ? masked.slice(words[0].start, words.at(-1)!.end).matchAll(cues.lexicon.accordingToPattern).next().value : undefined;
  if (lead?.index === 0) {
    const rest = words.filter((t) => t.start >= words[0]!.start + lead[0].length);
    const speaker = speakerAt(context, rest.slice(0, INVERTED_WORDS));
    if (speaker) return { speaker, near: true };
  }
  const verb = findVerb(words, cues, masked);
  if (!verb) return { speaker: null, near: false };
  if (verb.index === 0) {
    const rest = words.slice(verb.length);
    return { speaker: personAfterVerb(context, rest) ?? speakerAt(context, rest.slice(0, INVERTED_WORDS)), near: true };
  }
  // A pronoun just before the verb is its subject: “…” at the Democratic convention, he said.
  const adjacent = speakerAt(context, words.slice(Math.max(0, verb.index - 2), verb.index));
  const first = adjacent?.kind === 'pronoun' ? adjacent : speakerAt(context, words.slice(0, verb.index));
  // Further away, only a speaker who opens the window counts: “…,'' the economist Jared Bernstein, a former adviser in the Obama White House, wrote.
  const named = first?.kind !== 'previous' && first !== null && first.span[0] < (words[SUBJECT_OPENING_WORDS]?.start ?? Infinity);
  return first && (verb.index <= VERB_REACH || named) ? { speaker: first, near: verb.index <= NEAR_WORDS } : { speaker: null, near: false };
}

/** The sentence before a quotation that opens its paragraph, when it ends with a colon ("Cruz continued:¶“You look at …”"). */
function leadIn(context: DirectContext, outer: Span, paragraph: Span): Token[] {
  const from = Math.max(0, paragraph[0] - LEAD_IN_CHARS);
  if (!/:\s*$/.test(context.masked.slice(from, outer[0]))) return [];
  return sinceBoundary(context.masked, tokenize(context.masked, [[from, paragraph[0]]]), context.cues);
}

/** Who speaks through a verb: the subject before it, else the name after it ("…, said Trump: “…”"). */
function subjectOf(context: DirectContext, tokens: readonly Token[], verb: VerbHit): SpeakerRef | null {
  const before = nearestBefore(context, tokens, verb.index);
  if (before) return before;
  const rest = tokens.slice(verb.index + verb.length);
  return personAfterVerb(context, rest) ?? speakerAt(context, rest.slice(0, INVERTED_WORDS));
}

/** The first person named among the tokens. */
function firstPerson(context: DirectContext, tokens: readonly Token[]): SpeakerRef | null {
  if (tokens.length === 0) return null;
  const from = tokens[0]!.start;
  const to = tokens.at(-1)!.end;
  const mention = context.mentionsByStart.first(from, to, (m) => m.type === 'person' && m.span[1] <= to);
  return mention < 0 ? null : { kind: 'mention', mention, span: context.mentions[mention]!.span };
}
