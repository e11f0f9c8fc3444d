import { lemma } from '../../lexicon/index.js';
import type { Span } from '../../doc/news-doc.js';
import type { SpeakerGender } from '../../lang/types.js';
import type { StartIndex } from '../../text/span-index.js';
import type { Token } from '../../text/tokens.js';
import type { Descriptor } from '../extract-descriptors/extract-descriptors.js';
import type { Mention } from '../extract-entities/extract-mentions.js';
import type { SpeechCues } from './cues.js';

/** Who a quotation is attributed to, as the text says it; the link layer turns it into an entity. */
export type SpeakerRef =
  | { kind: 'mention'; mention: number; span: Span }
  | { kind: 'descriptor'; descriptor: number; span: Span }
  | { kind: 'pronoun'; span: Span; gender: SpeakerGender | null }
  /** A description no descriptor links ("the heckler", "the influential US daily"): the nearest person, or organisation when `institution`. */
  | { kind: 'description'; span: Span; institution: boolean; role: boolean }
  /** The speaker of the quotation before ("…,” he said. “…”). */
  | { kind: 'previous' };

/** What speaker finding reads of one document. */
export interface SpeakerContext {
  text: string;
  /** The text with the words inside quotation marks replaced by spaces (same offsets): names quoted are not speakers. */
  masked: string;
  cues: SpeechCues;
  mentions: readonly Mention[];
  descriptors: readonly Descriptor[];
  /** The mentions and descriptors found by where they start: a quotation's window looks up its own, not every one of the document. */
  mentionsByStart: StartIndex<Mention>;
  descriptorsByStart: StartIndex<Descriptor>;
}

/** Words after an inverted verb that may hold the speaker's name ("— заявил представитель управления береговой безопасности Мехмет Арслан"). */
const NAME_AFTER_VERB_WORDS = 8;

/** A mention that can speak: a person or an organisation, not a place, and not an abbreviated title standing alone ("Rep." in "Rep. Darrell Issa"; "Mr. Prince" may speak). */
function canSpeak(context: SpeakerContext, mention: Mention): boolean {
  if (mention.type === 'place' || /\s/.test(context.masked.charAt(mention.span[0]))) return false;
  return !(context.cues.abbreviations.has(mention.text.toLowerCase()) && context.text.charAt(mention.span[1]) === '.');
}

/** A person named soon after the verb, past the role words before the name. */
export function personAfterVerb(context: SpeakerContext, tokens: readonly Token[]): SpeakerRef | null {
  const window = tokens.slice(0, NAME_AFTER_VERB_WORDS);
  if (window.length === 0) return null;
  const mention = context.mentionsByStart.first(window[0]!.start, window.at(-1)!.end - 1, (m) => m.type === 'person' && canSpeak(context, m));
  return mention < 0 ? null : { kind: 'mention', mention, span: context.mentions[mention]!.span };
}

/** The first name, descriptor or subject pronoun among the tokens. */
export function speakerAt(context: SpeakerContext, tokens: readonly Token[]): SpeakerRef | null {
  if (tokens.length === 0) return null;
  const from = tokens[0]!.start;
  const to = tokens.at(-1)!.end;
  const mention = context.mentionsByStart.first(from, to - 1, (m) => canSpeak(context, m));
  const descriptor = context.descriptorsByStart.first(from, to - 1);
  const pronoun = tokens.find((t) => context.cues.speakerPronouns.has(t.text.toLowerCase()));
  const candidates: Array<{ at: number; ref: SpeakerRef }> = [];
  if (mention >= 0) candidates.push({ at: context.mentions[mention]!.span[0], ref: { kind: 'mention', mention, span: context.mentions[mention]!.span } });
  // A descriptor that overlaps the name is part of it ("the Directorate General" in "the Directorate General of Coastal Safety").
  const overlapsName = mention >= 0 && descriptor >= 0 && context.descriptors[descriptor]!.span[1] > context.mentions[mention]!.span[0];
  if (descriptor >= 0 && !overlapsName) candidates.push({ at: context.descriptors[descriptor]!.span[0], ref: { kind: 'descriptor', descriptor, span: context.descriptors[descriptor]!.span } });
  if (pronoun) candidates.push({ at: pronoun.start, ref: { kind: 'pronoun', span: [pronoun.start, pronoun.end], gender: context.cues.speakerPronouns.get(pronoun.text.toLowerCase()) ?? null } });
  return candidates.sort((a, b) => a.at - b.at)[0]?.ref ?? descriptionAt(context, tokens);
}

/** Words of a description after its determiner ("the conservative-leaning newspaper", "a source close to the campaign"). */
const DESCRIPTION_WORDS = 5;

/** A description opened by a determiner and closed by a comma or the window's end: "the heckler", "The retired neurosurgeon". */
function descriptionAt(context: SpeakerContext, tokens: readonly Token[]): SpeakerRef | null {
  const { lexicon, institutionNouns } = context.cues;
  const start = tokens.findIndex((t) => lexicon.determiners.has(t.text.toLowerCase()));
  if (start < 0) return null;
  let end = start + 1;
  while (end < tokens.length && end - start <= DESCRIPTION_WORDS && !/[,;:]/.test(context.masked.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
  if (end - start < 2 || end - start > DESCRIPTION_WORDS) return null;
  // "the ministry has not answered" is a clause.
  if (tokens.slice(start, end).some((t) => context.cues.negations.has(t.text.toLowerCase()))) return null;
  // The head noun ends the phrase before its complement: "a source [close to the campaign]", "the Illinois Board [of Elections]".
  let head = start + 1;
  while (head + 1 < end && !lexicon.functionWords.has(tokens[head + 1]!.text.toLowerCase())) head++;
  const headWord = tokens[head]!.text.toLowerCase();
  // "the retired neurosurgeon" may be the person named before; "the authorities announced" is no one person. A subject's
  // head differs from its lemma when it is plural (authorities/authority, Behörden/Behörde, власти/власть).
  const language = lexicon.language;
  const plural = language !== null && lemma(headWord, language) !== headWord && !lexicon.roleNouns.has(headWord);
  return { kind: 'description', span: [tokens[start]!.start, tokens[end - 1]!.end], institution: institutionNouns.has(headWord), role: !plural };
}

/** The subject before a verb: a pronoun or description just before it, else the nearest person (then organisation) named earlier among the tokens. */
export function nearestBefore(context: SpeakerContext, tokens: readonly Token[], verb: number): SpeakerRef | null {
  if (verb <= 0) return null;
  const limit = tokens[verb]!.start;
  const from = tokens[0]!.start;
  const adjacent = speakerAt(context, tokens.slice(Math.max(0, verb - 2), verb));
  if (adjacent) return adjacent;
  const near = speakerAt(context, tokens.slice(Math.max(0, verb - 3), verb));
  if (near?.kind === 'descriptor') return near;
  for (const type of ['person', 'organization'] as const) {
    const index = context.mentionsByStart.last(from, limit, (m) => m.type === type && canSpeak(context, m) && m.span[1] <= limit);
    if (index >= 0) return { kind: 'mention', mention: index, span: context.mentions[index]!.span };
  }
  return near;
}
