import type { NewsDoc, Span } from '../../doc/news-doc.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { paragraphsOf } from '../clean/paragraphs.js';
import { tokenize } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import type { Descriptor } from '../extract-descriptors/extract-descriptors.js';
import type { Mention } from '../extract-entities/extract-mentions.js';
import { lexiconFor } from '../extract-entities/lexicon.js';
import type { Lexicon } from '../extract-entities/lexicon.js';
import { sentenceSpans } from '../segment/segment.js';
import { findDirectQuotes } from './find-direct.js';

/** Who a quotation is attributed to, as the text says it; the link layer turns it into an entity. */
export type SpeakerRef =
  | { kind: 'mention'; mention: number; span: Span }
  | { kind: 'descriptor'; descriptor: number; span: Span }
  | { kind: 'pronoun'; span: Span }
  /** The speaker of the quotation before ("…,” he said. “…”). */
  | { kind: 'previous' };

/** A direct or reported statement in one document. */
export interface FoundQuote {
  kind: 'direct' | 'reported';
  span: Span;
  speaker: SpeakerRef | null;
  inComments: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    quotes: FoundQuote[];
  }
}

/** Attribution is looked for this far after a quotation (unit: words): "…,” Leonid Kalashnikov, head of the committee, told Interfax." */
const AFTER_WORDS = 16;
/** A speech verb this close to the quotation names its speaker (unit: words). */
const VERB_REACH = 6;
/** Words between a speech verb and "that" naming whom it was said to ("told RIA Novosti that"). */
const ADDRESSEE_WORDS = 4;
/** A reported clause has at least this many words. */
const MIN_CLAUSE_WORDS = 3;

interface Context {
  text: string;
  lexicon: Lexicon;
  mentions: readonly Mention[];
  descriptors: readonly Descriptor[];
}

/** Finds direct quotations and reported speech with the words that attribute them; needs mentions and descriptors first. */
export function createExtractQuotes(): NamedStage {
  return {
    name: 'extract-quotes',
    run(doc: NewsDoc) {
      const language = doc.data.language?.code ?? null;
      const context: Context = { text: doc.text, lexicon: lexiconFor(language), mentions: doc.data.mentions ?? [], descriptors: doc.data.descriptors ?? [] };
      const paragraphs = paragraphsOf(doc);
      const quotes: FoundQuote[] = [];
      for (const { span, inComments } of paragraphs) {
        const direct = findDirectQuotes(doc.text, span, context.lexicon);
        for (const quote of direct) {
          // A name in quotation marks («Democratic Choice of Kazakhstan») is no quotation.
          if (context.mentions.some((m) => m.span[0] <= quote.span[0] && m.span[1] >= quote.span[1])) continue;
          quotes.push({ kind: 'direct', span: quote.span, speaker: attributeDirect(context, quote.outer, span), inComments });
        }
        const sentences = inComments ? sentenceSpans(doc.text, span, language) : (doc.data.sentences ?? []).filter(([s, e]) => s >= span[0] && e <= span[1]);
        for (const sentence of sentences) quotes.push(...reportedIn(context, sentence, direct.map((q) => q.outer), inComments));
      }
      doc.data.quotes = quotes;
    },
  };
}

/** The speaker named after a quotation ("…,” Ablyazov said / a déclaré Ablyazov / the banker said) or before it ("he wrote: “…”"). */
function attributeDirect(context: Context, outer: Span, paragraph: Span): SpeakerRef | null {
  const { text, lexicon } = context;
  const after = tokenize(text, [[outer[1], paragraph[1]]]).slice(0, AFTER_WORDS);
  const cut = after.findIndex((t, i) => i > 0 && /[.!?“«„"]/.test(text.slice(after[i - 1]!.end, t.start)));
  const words = cut < 0 ? after : after.slice(0, cut);
  const verb = findVerb(words, lexicon, text);
  if (verb) {
    if (verb.index === 0) return personAfterVerb(context, words.slice(verb.length)) ?? speakerAt(context, words.slice(verb.length, verb.length + 4));
    // "the fugitive banker said", "a spokesperson for Evergreen Marine said"; further away only a name right after the quotation counts.
    const first = speakerAt(context, words.slice(0, verb.index));
    const named = first?.kind === 'mention' && first.span[0] === words[0]!.start;
    if (first && (verb.index <= VERB_REACH || named)) return first;
  }
  const before = tokenize(text, [[paragraph[0], outer[0]]]);
  if (/[:,]\s*$/.test(text.slice(Math.max(paragraph[0], outer[0] - 3), outer[0]))) {
    const lead = findVerb(before.slice(-4), lexicon, text);
    if (lead) return nearestBefore(context, before, before.length - 4 + lead.index);
  }
  // An unattributed quotation that opens a sentence continues the one before ("…,” he said. “…”); inside a sentence it is someone else's.
  return /(^|[.!?…»”"]\s*)$/.test(text.slice(paragraph[0], outer[0]).trimEnd()) ? { kind: 'previous' } : null;
}

/** Reported speech in a sentence: "X said that …", "…, a déclaré X", "According to X, …". */
function reportedIn(context: Context, sentence: Span, quoted: readonly Span[], inComments: boolean): FoundQuote[] {
  const { text, lexicon } = context;
  const tokens = tokenize(text, [sentence]).filter((t) => !quoted.some(([s, e]) => t.start >= s && t.end <= e));
  const found: FoundQuote[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = findVerb(tokens.slice(i, i + 3), lexicon, text);
    if (verb?.index !== 0) continue;
    const afterVerb = i + verb.length;
    // "said that …", "told RIA Novosti that …": the complementizer may follow an addressee.
    const complementizer = tokens.slice(afterVerb, afterVerb + ADDRESSEE_WORDS + 1).findIndex((t) => lexicon.complementizers.has(t.text.toLowerCase()));
    if (complementizer >= 0) {
      const start = tokens[afterVerb + complementizer + 1];
      const speaker = nearestBefore(context, tokens, i);
      if (start && speaker && tokens.length - (afterVerb + complementizer + 1) >= MIN_CLAUSE_WORDS) found.push({ kind: 'reported', span: [start.start, clauseEnd(text, [start.start, sentence[1]], lexicon)], speaker, inComments });
      continue;
    }
    // "…, a déclaré Ablyazov": a clause, a comma, then the verb and a person after it (an organisation after "told" is the audience).
    const comma = i > 0 && /,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    const speaker = comma ? speakerAt(context, tokens.slice(afterVerb, afterVerb + 4)) : null;
    const person = speaker && (speaker.kind !== 'mention' || context.mentions[speaker.mention]!.type === 'person');
    if (speaker && person && i >= MIN_CLAUSE_WORDS) found.push({ kind: 'reported', span: [tokens[0]!.start, tokens[i - 1]!.end], speaker, inComments });
  }
  found.push(...accordingTo(context, sentence, tokens, inComments));
  return found;
}

/** "According to him, …", "selon Ablyazov, …", "по словам Арслана, …": the speaker after the phrase, the statement after its comma. */
function accordingTo(context: Context, sentence: Span, tokens: readonly Token[], inComments: boolean): FoundQuote[] {
  const { text, lexicon } = context;
  const found: FoundQuote[] = [];
  for (const match of text.slice(sentence[0], sentence[1]).matchAll(lexicon.accordingToPattern)) {
    const at = match.index;
    const phrase = match[0];
    const first = tokens.findIndex((t) => t.start >= sentence[0] + at + phrase.length);
    const speaker = first < 0 ? null : speakerAt(context, tokens.slice(first, first + 3));
    const comma = text.indexOf(',', tokens[first]?.end ?? sentence[1]);
    if (!speaker || comma < 0 || comma >= sentence[1]) continue;
    const clause: Span = [comma + 1, clauseEnd(text, [comma + 1, sentence[1]], lexicon)];
    while (clause[0] < clause[1] && /\s/.test(text[clause[0]]!)) clause[0]++;
    if (text.slice(clause[0], clause[1]).split(/\s+/).length >= MIN_CLAUSE_WORDS) found.push({ kind: 'reported', span: clause, speaker, inComments });
  }
  return found;
}

/** A reported clause runs to the end of its sentence, or to a contrast that opens another statement ("…, although Y said …"). */
function clauseEnd(text: string, [from, to]: Span, lexicon: Lexicon): number {
  const contrast = lexicon.contrastBreak.exec(text.slice(from, to));
  const sentence: Span = [from, contrast ? from + contrast.index : to];
  let end = sentence[1];
  while (end > sentence[0] && /[\s.!?…]/.test(text[end - 1]!)) end--;
  return end;
}

/** A speech verb (one word or a phrase like "a déclaré") starting within the tokens. */
function findVerb(tokens: readonly Token[], lexicon: Lexicon, text: string): { index: number; length: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text.toLowerCase();
    if (lexicon.speechVerbs.has(word)) return { index: i, length: 1 };
    if (!lexicon.speechPhraseStarts.has(word)) continue;
    const here = text.slice(tokens[i]!.start, tokens[i]!.start + 40).replace(/\s+/g, ' ').toLowerCase();
    const phrase = lexicon.speechPhrases.find((p) => here.startsWith(p) && !/[\p{L}]/u.test(here.charAt(p.length)));
    if (phrase) return { index: i, length: phrase.split(' ').length };
  }
  return null;
}

/** Words after an inverted verb that may hold the speaker's name ("— заявил представитель управления береговой безопасности Мехмет Арслан"). */
const NAME_AFTER_VERB_WORDS = 8;

/** A person named soon after the verb, past the role words before the name. */
function personAfterVerb(context: Context, tokens: readonly Token[]): SpeakerRef | null {
  const window = tokens.slice(0, NAME_AFTER_VERB_WORDS);
  if (window.length === 0) return null;
  const mention = context.mentions.findIndex((m) => m.type === 'person' && m.span[0] >= window[0]!.start && m.span[0] < window.at(-1)!.end);
  return mention < 0 ? null : { kind: 'mention', mention, span: context.mentions[mention]!.span };
}

/** The first name, descriptor or pronoun among the tokens. */
function speakerAt(context: Context, tokens: readonly Token[]): SpeakerRef | null {
  if (tokens.length === 0) return null;
  const from = tokens[0]!.start;
  const to = tokens.at(-1)!.end;
  const mention = context.mentions.findIndex((m) => m.span[0] >= from && m.span[0] < to && m.type !== 'place');
  const descriptor = context.descriptors.findIndex((d) => d.span[0] >= from && d.span[0] < to);
  const pronoun = tokens.find((t) => context.lexicon.personPronouns.has(t.text.toLowerCase()));
  const candidates: Array<{ at: number; ref: SpeakerRef }> = [];
  if (mention >= 0) candidates.push({ at: context.mentions[mention]!.span[0], ref: { kind: 'mention', mention, span: context.mentions[mention]!.span } });
  if (descriptor >= 0) candidates.push({ at: context.descriptors[descriptor]!.span[0], ref: { kind: 'descriptor', descriptor, span: context.descriptors[descriptor]!.span } });
  if (pronoun) candidates.push({ at: pronoun.start, ref: { kind: 'pronoun', span: [pronoun.start, pronoun.end] } });
  return candidates.sort((a, b) => a.at - b.at)[0]?.ref ?? null;
}

/** The subject before a verb: the nearest person (else organisation) named earlier in the sentence, or a pronoun or description just before it. */
function nearestBefore(context: Context, tokens: readonly Token[], verb: number): SpeakerRef | null {
  if (verb <= 0) return null;
  const limit = tokens[verb]!.start;
  const from = tokens[0]!.start;
  const adjacent = speakerAt(context, tokens.slice(Math.max(0, verb - 2), verb));
  if (adjacent && adjacent.kind !== 'mention') return adjacent;
  const near = speakerAt(context, tokens.slice(Math.max(0, verb - 3), verb));
  if (near?.kind === 'descriptor') return near;
  for (const type of ['person', 'organization'] as const) {
    const index = context.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === type && m.span[0] >= from && m.span[1] <= limit).at(-1);
    if (index) return { kind: 'mention', mention: index.i, span: index.m.span };
  }
  return near;
}
