import { languages, languageTable } from '../../lang/index.js';
import type { LanguageTable } from '../../lang/index.js';
import type { SpeakerGender } from '../../lang/types.js';
import type { Token } from '../../text/tokens.js';
import { lexiconFor } from '../extract-entities/lexicon.js';
import type { Lexicon } from '../extract-entities/lexicon.js';

/** The words that attribute speech in one language, with the entity lexicon they sit beside. */
export interface SpeechCues {
  lexicon: Lexicon;
  /** One-word verbs of thought and finding ("believes", "found"): reported speech only. */
  thoughtVerbs: Set<string>;
  /** Several-word ones ("geht davon aus"). */
  thoughtPhrases: string[];
  /** Speech and thought phrases together, built once: verbAt looks at them for every token. */
  speechAndThoughtPhrases: string[];
  /** Every beginning of a speech phrase ("a", "a d", … "a déclaré"), and of a speech or thought phrase: a word that begins none opens no phrase. */
  speechPhraseStarts: Set<string>;
  speechAndThoughtPhraseStarts: Set<string>;
  /** Words written with a final period that ends no sentence ("Mr", "Sen", "M", "г-н"), lower-case. */
  abbreviations: Set<string>;
  /** Subject pronouns that can name a speaker, with their gender or number. */
  speakerPronouns: ReadonlyMap<string, SpeakerGender>;
  /** Titles and role words that tell a person's gender. */
  genderedWords: ReadonlyMap<string, 'masculine' | 'feminine'>;
  /** Words that open a reported clause right after a speech verb with no complementizer ("said he"). */
  clauseOpeners: Set<string>;
  /** Speech verbs whose next words name the hearer ("told", "asked"), first words of phrases included. */
  addresseeVerbs: Set<string>;
  /** Negations ("not", "ne", "не"): a phrase holding one is a clause, not a description. */
  negations: Set<string>;
  /** Head nouns that make a description an organisation or a medium ("newspaper", "group"), with the organisation words of the entity tables. */
  institutionNouns: Set<string>;
}

/** A speech verb found among tokens: where it starts and how many tokens it takes. */
export interface VerbHit {
  index: number;
  length: number;
}

const cache = new Map<string | null, SpeechCues>();

/** The speech cues of a language; for an unknown language, those of every table. */
export function cuesFor(code: string | null): SpeechCues {
  let cues = cache.get(code);
  if (!cues) {
    const own = languageTable(code);
    cues = build(own ? [own] : languages, lexiconFor(code));
    cache.set(code, cues);
  }
  return cues;
}

function build(tables: readonly LanguageTable[], lexicon: Lexicon): SpeechCues {
  const thought = tables.flatMap((t) => t.speech.thoughtVerbs).map((w) => w.toLowerCase());
  const titles = tables.flatMap((t) => t.entities.personTitles).filter((w) => !w.includes(' '));
  return {
    lexicon,
    thoughtVerbs: new Set(thought.filter((v) => !v.includes(' '))),
    thoughtPhrases: thought.filter((v) => v.includes(' ')),
    speechAndThoughtPhrases: [...lexicon.speechPhrases, ...thought.filter((v) => v.includes(' '))],
    speechPhraseStarts: beginnings(lexicon.speechPhrases),
    speechAndThoughtPhraseStarts: beginnings([...lexicon.speechPhrases, ...thought.filter((v) => v.includes(' '))]),
    abbreviations: new Set([...tables.flatMap((t) => t.abbreviations), ...titles].map((w) => w.toLowerCase())),
    // Maps, not merged objects: the text's words are looked up in them, and an object answers "constructor" too.
    speakerPronouns: new Map(tables.flatMap((t) => Object.entries(t.speech.speakerPronouns))),
    genderedWords: new Map(tables.flatMap((t) => Object.entries(t.speech.genderedWords))),
    clauseOpeners: new Set(tables.flatMap((t) => t.speech.clauseOpeners)),
    addresseeVerbs: new Set(tables.flatMap((t) => t.speech.addresseeVerbs)),
    negations: new Set(tables.flatMap((t) => t.speech.negations)),
    institutionNouns: new Set([...tables.flatMap((t) => t.speech.institutionNouns), ...lexicon.organizationWords]),
  };
}

/** Every non-empty beginning of each phrase. */
function beginnings(phrases: readonly string[]): Set<string> {
  const starts = new Set<string>();
  for (const phrase of phrases) for (let length = 1; length <= phrase.length; length++) starts.add(phrase.slice(0, length));
  return starts;
}

/**
 * The first speech verb (one word, or a phrase like "a déclaré") among the
 * tokens; with `thought`, verbs of thought and finding count too.
 */
export function findVerb(tokens: readonly Token[], cues: SpeechCues, text: string, thought = false): VerbHit | null {
  for (let i = 0; i < tokens.length; i++) {
    const hit = verbAt(tokens, i, cues, text, thought);
    if (hit) return hit;
  }
  return null;
}

/** The last speech verb among the tokens. */
export function findLastVerb(tokens: readonly Token[], cues: SpeechCues, text: string, thought = false): VerbHit | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const hit = verbAt(tokens, i, cues, text, thought);
    if (hit) return hit;
  }
  return null;
}

/** A speech verb starting at token `i`. */
export function verbAt(tokens: readonly Token[], i: number, cues: SpeechCues, text: string, thought = false): VerbHit | null {
  const { lexicon } = cues;
  const word = tokens[i]!.text.toLowerCase();
  if (lexicon.speechVerbs.has(word) || (thought && cues.thoughtVerbs.has(word))) return { index: i, length: 1 };
  if (!(thought ? cues.speechAndThoughtPhraseStarts : cues.speechPhraseStarts).has(word)) return null;
  const phrases = thought ? cues.speechAndThoughtPhrases : lexicon.speechPhrases;
  const here = text.slice(tokens[i]!.start, tokens[i]!.start + 40).replace(/\s+/g, ' ').toLowerCase();
  const phrase = phrases.find((p) => here.startsWith(p) && !/[\p{L}]/u.test(here.charAt(p.length)));
  if (!phrase) return null;
  const end = tokens[i]!.start + phrase.length;
  let last = i;
  while (tokens[last + 1] && tokens[last + 1]!.start < end) last++;
  return { index: i, length: last - i + 1 };
}

/** Quoted words this short (unit: characters, marks included) are a name or a phrase inside a sentence, not a new quotation. */
const INLINE_QUOTE_CHARS = 24;

/** Opening and closing quotation marks of every language: between two words, they end a speaker's window. */
const QUOTE_MARK = /[“”«»„"‹›]|''/;

/**
 * True when a sentence ends (or, with `marks`, a quotation mark stands) between two tokens; a
 * period after an abbreviation or an initial does not end one ("…,” Mr. Butterfield said).
 */
export function boundaryBetween(text: string, left: Token, right: Token, cues: SpeechCues, marks = true): boolean {
  const between = text.slice(left.end, right.start);
  // A few quoted words inside an attribution do not end it: “…,” Bill Eastland, wearing “Ted Cruz” pins, said.
  if (marks && QUOTE_MARK.test(between) && between.length > INLINE_QUOTE_CHARS) return true;
  if (!/[.!?…]/.test(between)) return false;
  // "Jr., the director", "U.S. officials": a stop before a comma or a lower-case word ends nothing.
  if (/^[.!?…]+\s*[,;]/.test(between) || (/^\.\s+$/.test(between) && /^\p{Ll}/u.test(right.text))) return false;
  if (/^\.\s*$/.test(between) && (cues.abbreviations.has(left.text.toLowerCase()) || /^\p{Lu}$/u.test(left.text))) return false;
  return true;
}

/** The tokens up to the first boundary (a sentence end or a quotation mark). */
export function untilBoundary(text: string, tokens: readonly Token[], cues: SpeechCues): Token[] {
  const cut = tokens.findIndex((t, i) => i > 0 && boundaryBetween(text, tokens[i - 1]!, t, cues));
  return cut < 0 ? [...tokens] : tokens.slice(0, cut);
}

/** The tokens after the last sentence end (quotation marks do not count). */
export function sinceBoundary(text: string, tokens: readonly Token[], cues: SpeechCues): Token[] {
  for (let i = tokens.length - 1; i > 0; i--) if (boundaryBetween(text, tokens[i - 1]!, tokens[i]!, cues, false)) return tokens.slice(i);
  return [...tokens];
}
