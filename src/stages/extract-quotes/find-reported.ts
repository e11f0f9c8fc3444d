import type { Span } from '../../doc/news-doc.js';
import { tokenize } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import { verbAt } from './cues.js';
import type { VerbHit } from './cues.js';
import { nearestBefore, speakerAt } from './speaker.js';
import type { SpeakerContext, SpeakerRef } from './speaker.js';
import type { DirectContext } from './attribute-direct.js';

/** A reported statement: the words said, and who said them. */
export interface ReportedStatement {
  span: Span;
  speaker: SpeakerRef | null;
}

/** Words between a speech verb and "that" naming whom it was said to, or when ("told RIA Novosti that", "said on Tuesday that"). */
const ADDRESSEE_WORDS = 5;
/** A reported clause has at least this many words. */
const MIN_CLAUSE_WORDS = 3;
/** Words between a comma and the verb of a trailing attribution ("…, the former secretary of state said."). */
const TRAILING_SUBJECT_WORDS = 7;

/**
 * Reported speech in a sentence: "X said (that) …", "…, X said.", "…, a
 * déclaré X", "According to X, …", "…, according to X." The masked text hides
 * quoted words, so a cue inside a direct quotation attributes nothing.
 */
export function findReported(context: DirectContext, sentence: Span): ReportedStatement[] {
  const { masked, cues } = context;
  const tokens = tokenize(masked, [sentence]);
  const found: ReportedStatement[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = verbAt(tokens, i, cues, masked, true);
    if (!verb) continue;
    const statement = clauseAfter(context, tokens, verb, sentence) ?? clauseBefore(context, tokens, verb, sentence);
    if (statement) found.push(statement);
    i += verb.length - 1;
  }
  found.push(...accordingTo(context, sentence, tokens));
  return dedupe(found);
}

/** "X said (that) …", "X told reporters that …": the clause after the verb, its subject before it. */
function clauseAfter(context: DirectContext, tokens: readonly Token[], verb: VerbHit, sentence: Span): ReportedStatement | null {
  const { masked, cues } = context;
  const { lexicon } = cues;
  const afterVerb = verb.index + verb.length;
  if (verb.index === 0 || afterVerb >= tokens.length) return null;
  // The clause must follow in the same stretch of text: "said." or "said, “…”" opens nothing.
  if (/[.,;:!?]/.test(masked.slice(tokens[afterVerb - 1]!.end, tokens[afterVerb]!.start)) && !/^\s*:\s*$/.test(masked.slice(tokens[afterVerb - 1]!.end, tokens[afterVerb]!.start))) return null;
  const window = tokens.slice(afterVerb, afterVerb + ADDRESSEE_WORDS + 1);
  const complementizer = window.findIndex((t) => lexicon.complementizers.has(t.text.toLowerCase()));
  let start = complementizer >= 0 ? afterVerb + complementizer + 1 : afterVerb;
  if (complementizer < 0 && !opensClause(context, tokens[afterVerb]!)) return null;
  if (tokens.length - start < MIN_CLAUSE_WORDS) return null;
  const speaker = nearestBefore(context, tokens, verb.index);
  return { span: [tokens[start]!.start, clauseEnd(context, [tokens[start]!.start, sentence[1]])], speaker };
}

/** A word that can open a clause right after a verb ("said Trump's …", "says he …"): anything but a preposition or a particle. */
function opensClause(context: SpeakerContext, token: Token): boolean {
  const word = token.text.toLowerCase();
  const { lexicon, speakerPronouns } = context.cues;
  return !lexicon.functionWords.has(word) || lexicon.determiners.has(word) || word in speakerPronouns || lexicon.personPronouns.has(word);
}

/** "…, Trump said.", "…, a déclaré Ablyazov", "…, he added": the clause before the comma. */
function clauseBefore(context: DirectContext, tokens: readonly Token[], verb: VerbHit, sentence: Span): ReportedStatement | null {
  const { masked } = context;
  let comma = verb.index;
  while (comma > 0 && verb.index - comma <= TRAILING_SUBJECT_WORDS && !/,/.test(masked.slice(tokens[comma - 1]!.end, tokens[comma]!.start))) comma--;
  if (comma < MIN_CLAUSE_WORDS || verb.index - comma > TRAILING_SUBJECT_WORDS) return null;
  const afterVerb = verb.index + verb.length;
  const subject = comma === verb.index ? speakerAt(context, tokens.slice(afterVerb, afterVerb + 4)) : speakerAt(context, tokens.slice(comma, verb.index));
  if (!subject) return null;
  // The verb closes the sentence or its clause: "…, Trump said." / "…, Trump said on Tuesday."
  const start = Math.max(sentence[0], tokens[0]!.start);
  return { span: [start, tokens[comma - 1]!.end], speaker: subject };
}

/** "According to him, …", "…, according to the report.", "selon Ablyazov, …", "по словам Арслана, …". */
function accordingTo(context: DirectContext, sentence: Span, tokens: readonly Token[]): ReportedStatement[] {
  const { masked, cues } = context;
  const found: ReportedStatement[] = [];
  for (const match of masked.slice(sentence[0], sentence[1]).matchAll(cues.lexicon.accordingToPattern)) {
    const at = sentence[0] + match.index;
    const first = tokens.findIndex((t) => t.start >= at + match[0].length);
    if (first < 0) continue;
    const speaker = speakerAt(context, tokens.slice(first, first + 3));
    const before = tokens.filter((t) => t.end <= at);
    if (before.length >= MIN_CLAUSE_WORDS && /,\s*$/.test(masked.slice(before.at(-1)!.end, at))) {
      found.push({ span: [before[0]!.start, before.at(-1)!.end], speaker });
      continue;
    }
    const comma = masked.indexOf(',', tokens[first]!.end);
    if (comma < 0 || comma >= sentence[1]) continue;
    const clause = tokens.filter((t) => t.start > comma);
    if (clause.length >= MIN_CLAUSE_WORDS) found.push({ span: [clause[0]!.start, clauseEnd(context, [clause[0]!.start, sentence[1]])], speaker });
  }
  return found;
}

/** A reported clause runs to the end of its sentence, or to a contrast that opens another statement ("…, although Y said …"). */
function clauseEnd(context: DirectContext, [from, to]: Span): number {
  const { text } = context;
  const contrast = context.cues.lexicon.contrastBreak.exec(text.slice(from, to));
  let end = contrast ? from + contrast.index : to;
  while (end > from && /[\s.!?…]/.test(text[end - 1]!)) end--;
  return end;
}

function dedupe(found: readonly ReportedStatement[]): ReportedStatement[] {
  const seen = new Set<string>();
  return found.filter((s) => !seen.has(`${s.span[0]}:${s.span[1]}`) && Boolean(seen.add(`${s.span[0]}:${s.span[1]}`)));
}
