import type { Span } from '../../doc/news-doc.js';
import { tokenize } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import { verbAt } from './cues.js';
import type { VerbHit } from './cues.js';
import { nearestBefore, speakerAt } from './speaker.js';
import type { SpeakerRef } from './speaker.js';
import type { DirectContext } from './attribute-direct.js';

/** A reported statement: the words said, and who said them. */
export interface ReportedStatement {
  span: Span;
  speaker: SpeakerRef | null;
}

/** Words between a speech verb and "that" naming whom it was said to, or when ("told RIA Novosti that", "said on Tuesday that"). */
const ADDRESSEE_WORDS = 8;
/** Words of time or place between a speech verb and the clause it opens ("said on Friday he …"). */
const ADVERBIAL_WORDS = 3;
/** A reported clause has at least this many words. */
const MIN_CLAUSE_WORDS = 3;
/** Words between a comma and the verb of a trailing attribution ("…, the former secretary of state said."). */
const TRAILING_SUBJECT_WORDS = 7;
/** Words after a trailing attribution's verb before the sentence ends ("…, he said in a statement on Tuesday."). */
const TRAILING_TAIL_WORDS = 8;
/** Words of an inverted tail naming an unknown speaker ("…, said several observers."). */
const INVERTED_TAIL_WORDS = 4;

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
  const afterVerb = verb.index + verb.length;
  if (verb.index === 0 || afterVerb >= tokens.length) return null;
  // The clause must follow in the same stretch of text: "said." or "said, “…”" opens nothing (a colon may: "he said: the …").
  // A comma may stand before the complementizer ("заявил, что …", "sagte, dass …").
  const gapAfter = masked.slice(tokens[afterVerb - 1]!.end, tokens[afterVerb]!.start);
  const complementizerNext = cues.lexicon.complementizers.has(tokens[afterVerb]!.text.toLowerCase());
  if (/[.;!?“”«»„"]|''/.test(gapAfter) || (/,/.test(gapAfter) && !complementizerNext)) return null;
  const window = tokens.slice(afterVerb, afterVerb + ADDRESSEE_WORDS + 1);
  const complementizer = window.findIndex((t) => cues.lexicon.complementizers.has(t.text.toLowerCase()));
  // "said on Friday he met …": a subject pronoun after a few words of time or place opens the clause.
  const pronoun = window.slice(1, ADVERBIAL_WORDS + 1).findIndex((t) => cues.speakerPronouns.has(t.text.toLowerCase()));
  const start = complementizer >= 0 ? afterVerb + complementizer + 1 : pronoun >= 0 && cues.clauseOpeners.size > 0 ? afterVerb + pronoun + 1 : afterVerb;
  if (complementizer < 0 && start === afterVerb && !opensClause(context, tokens, verb)) return null;
  if (tokens.length - start < MIN_CLAUSE_WORDS) return null;
  const speaker = nearestBefore(context, tokens, verb.index);
  return { span: [tokens[start]!.start, clauseEnd(context, [tokens[start]!.start, sentence[1]])], speaker };
}

/**
 * Whether a clause opens right after the verb with no "that": a pronoun or
 * determiner ("says he …", "said the …"), or a word after a verb that names
 * no hearer ("said Duterte's comments …", "said much of …", not "told
 * Reuters …"); never a name after an inverted attribution ("…, said Trump").
 */
function opensClause(context: DirectContext, tokens: readonly Token[], verb: VerbHit): boolean {
  const { masked, cues } = context;
  const { lexicon } = cues;
  const next = tokens[verb.index + verb.length]!;
  const word = next.text.toLowerCase();
  if (cues.clauseOpeners.has(word)) return true;
  // Where a complementizer is required (que, что), a language lists no openers and nothing else opens a clause.
  if (cues.clauseOpeners.size === 0 || cues.addresseeVerbs.has(tokens[verb.index]!.text.toLowerCase())) return false;
  if (lexicon.functionWords.has(word) || lexicon.calendar.has(word) || /^\p{N}/u.test(word)) return false;
  return !/^\p{Lu}/u.test(next.text) || !/,\s*$/.test(masked.slice(tokens[verb.index - 1]!.end, tokens[verb.index]!.start));
}

/** "…, Trump said.", "…, a déclaré Ablyazov", "…, he added on Tuesday.": the clause before the comma. */
function clauseBefore(context: DirectContext, tokens: readonly Token[], verb: VerbHit, sentence: Span): ReportedStatement | null {
  const { masked, cues } = context;
  let comma = verb.index;
  while (comma > 0 && verb.index - comma <= TRAILING_SUBJECT_WORDS && !/,/.test(masked.slice(tokens[comma - 1]!.end, tokens[comma]!.start))) comma--;
  if (comma < MIN_CLAUSE_WORDS || verb.index - comma > TRAILING_SUBJECT_WORDS) return null;
  const afterVerb = verb.index + verb.length;
  const inverted = comma === verb.index;
  const subject = inverted ? invertedSubject(context, tokens, verb) : speakerAt(context, tokens.slice(comma, verb.index));
  const start = Math.max(sentence[0], tokens[0]!.start);
  const gapAfter = tokens[afterVerb] ? masked.slice(tokens[afterVerb - 1]!.end, tokens[afterVerb]!.start) : '';
  // "…, he said, to talk to Congress …": a parenthetical attribution; the statement is the whole sentence.
  if (!inverted && /^\s*,\s*$/.test(gapAfter) && tokens.length - afterVerb >= MIN_CLAUSE_WORDS) return { span: [start, clauseEnd(context, [start, sentence[1]])], speaker: subject };
  // The attribution closes its sentence ("…, Trump said on Tuesday."); "…, Adelson said, “…”" introduces a quotation instead.
  if (/[,:]/.test(gapAfter) || (tokens.length - afterVerb > TRAILING_TAIL_WORDS && !(inverted && (subject || shortInvertedTail(context, tokens, verb))))) return null;
  // "…, experts said.", "…, said several observers.": an attribution even when it names no one we know.
  // Only a verb of speech attributes without a known subject: "…, ожидают более 40 судов" (are waiting) is no attribution.
  const spoken = verb.length > 1 || cues.lexicon.speechVerbs.has(tokens[verb.index]!.text.toLowerCase());
  if (!subject && (!spoken || (inverted ? !shortInvertedTail(context, tokens, verb) : cues.addresseeVerbs.has(tokens[verb.index]!.text.toLowerCase())))) return null;
  return { span: [start, tokens[comma - 1]!.end], speaker: subject };
}

/** The speaker after an inverted verb ("…, a déclaré Ablyazov"); after a verb that names a hearer, only a person speaks ("…, telling Reuters"). */
function invertedSubject(context: DirectContext, tokens: readonly Token[], verb: VerbHit): SpeakerRef | null {
  const afterVerb = verb.index + verb.length;
  const speaker = speakerAt(context, tokens.slice(afterVerb, afterVerb + 4));
  if (!speaker || speaker.kind !== 'mention' || !context.cues.addresseeVerbs.has(tokens[verb.index]!.text.toLowerCase())) return speaker;
  return context.mentions[speaker.mention]!.type === 'person' ? speaker : null;
}

/** "…, say some Democrats, who …": a few words after the inverted verb, up to a comma or the end, that name its speaker. */
function shortInvertedTail(context: DirectContext, tokens: readonly Token[], verb: VerbHit): boolean {
  const afterVerb = verb.index + verb.length;
  if (afterVerb >= tokens.length || context.cues.addresseeVerbs.has(tokens[verb.index]!.text.toLowerCase())) return false;
  // "…, said Thursday morning on Fox" names a time, not a speaker; "…, say some Democrats" does.
  const first = tokens[afterVerb]!.text.toLowerCase();
  const { lexicon } = context.cues;
  if (lexicon.calendar.has(first) || (lexicon.functionWords.has(first) && !lexicon.determiners.has(first)) || /^\p{N}/u.test(first)) return false;
  let end = afterVerb + 1;
  while (end < tokens.length && !/[,;]/.test(context.masked.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
  return end - afterVerb <= INVERTED_TAIL_WORDS;
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
    // "…, selon Ablyazov, ce n’étaient pas …": a clause after the source's comma is the statement; else the clause before ("…, according to the report.").
    const comma = masked.indexOf(',', tokens[first]!.end);
    const clause = comma < 0 || comma >= sentence[1] ? [] : tokens.filter((t) => t.start > comma);
    if (clause.length >= MIN_CLAUSE_WORDS) {
      found.push({ span: [clause[0]!.start, clauseEnd(context, [clause[0]!.start, sentence[1]])], speaker });
      continue;
    }
    const before = tokens.filter((t) => t.end <= at);
    if (before.length >= MIN_CLAUSE_WORDS && /,\s*$/.test(masked.slice(before.at(-1)!.end, at))) found.push({ span: [before[0]!.start, before.at(-1)!.end], speaker });
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
