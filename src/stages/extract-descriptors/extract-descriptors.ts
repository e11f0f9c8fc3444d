import type { NewsDoc, Span } from '../../doc/news-doc.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { outOfTime } from '../../doc/stage-timer.js';
import { spansWithin } from '../../text/span-index.js';
import { tokenize } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import { regionsOf } from '../extract-entities/extract-mentions.js';
import type { Mention } from '../extract-entities/extract-mentions.js';
import { isRoleWord, lexiconFor } from '../extract-entities/lexicon.js';
import type { Lexicon } from '../extract-entities/lexicon.js';

/** How a descriptor refers to its entity. */
export type DescriptorLink =
  /** Beside a name: "fugitive banker Ablyazov", "Ablyazov, a Kazakh financier". */
  | { kind: 'mention'; mention: number }
  /** Alone, as a definite description: "the fugitive banker said". */
  | { kind: 'definite' }
  /** Alone, opening the article before the name comes: "A Kazakh businessman living in France … Mukhtar Ablyazov". */
  | { kind: 'lede' };

/** What one document calls someone: a span, its role noun and what it refers to. */
export interface Descriptor {
  span: Span;
  /** The role noun that heads it ("banker"), lower-case. */
  role: string;
  link: DescriptorLink;
  inComments: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    descriptors: Descriptor[];
  }
}

/** Words between a determiner and the role noun it opens ("the fugitive Kazakh banker"). */
const MAX_MODIFIERS = 3;
/** A lede description opens one of the first sentences of the body. */
const LEDE_SENTENCES = 2;
/** An apposition is a phrase, not a clause (unit: words). */
const MAX_APPOSITION_WORDS = 14;

/** Finds the premodifiers, appositions and bare descriptions each document gives people and organisations. */
export function createExtractDescriptors(): NamedStage {
  return {
    name: 'extract-descriptors',
    run(doc: NewsDoc) {
      const lexicon = lexiconFor(doc.data.language?.code ?? null);
      const mentions = doc.data.mentions ?? [];
      const found: Descriptor[] = [];
      const mentionsIn = spansWithin(mentions.map((m) => m.span));
      reading: for (const region of regionsOf(doc)) {
        for (const [index, sentence] of region.sentences.entries()) {
          if (outOfTime(doc, sentence[0])) break reading;
          const tokens = tokenize(doc.text, [sentence]);
          const inside = mentionsIn(sentence).map((i) => ({ m: mentions[i]!, i }));
          for (const { m, i } of inside) {
            if (m.type !== 'person' && m.type !== 'organization') continue;
            const link: DescriptorLink = { kind: 'mention', mention: i };
            for (const span of [premodifier(doc.text, tokens, m, lexicon), appositionAfter(doc.text, tokens, m, lexicon, sentence), appositionBefore(doc.text, tokens, m, lexicon, sentence)]) {
              if (span) found.push({ span, role: roleOf(doc.text.slice(span[0], span[1]), lexicon), link, inComments: region.inComments });
            }
          }
          found.push(...bareDescriptions(doc.text, tokens, inside.map(({ m }) => m), !region.inComments && index < LEDE_SENTENCES, lexicon, region.inComments));
        }
      }
      doc.data.descriptors = dedupe(found);
    },
  };
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => t.start >= offset);
}

/** "fugitive Kazakh banker Mukhtar Ablyazov", "Kazakh President Kassym-Jomart Tokayev": words before the name ending in a role or title. */
function premodifier(text: string, tokens: readonly Token[], mention: Mention, lexicon: Lexicon): Span | null {
  const at = tokenIndexAt(tokens, mention.span[0]);
  if (at <= 0) return null;
  const nearest = tokens[at - 1]!;
  if (!/^[\s\u00a0]+$/.test(text.slice(nearest.end, mention.span[0]))) return null;
  // The role may stand a word or two before the name: "Директор завода Иван Петренко" (director of the plant).
  let role = at - 1;
  while (role > 0 && at - role < MAX_MODIFIERS && !isRole(tokens[role]!.text, lexicon) && joined(text, tokens[role - 1]!, tokens[role]!) && !isStopWord(tokens[role]!.text, lexicon) && !/^\p{Lu}/u.test(tokens[role]!.text)) role--;
  if (!isRole(tokens[role]!.text, lexicon)) return null;
  let first = role;
  while (first > 0 && at - first <= MAX_MODIFIERS && joined(text, tokens[first - 1]!, tokens[first]!) && !isStopWord(tokens[first - 1]!.text, lexicon) && tokens[first - 1]!.text.length > 1) first--;
  return [tokens[first]!.start, nearest.end];
}

/** "Mukhtar Ablyazov, a Kazakh financier and political activist who…": a phrase after the name's comma, headed by a role. */
function appositionAfter(text: string, tokens: readonly Token[], mention: Mention, lexicon: Lexicon, sentence: Span): Span | null {
  if (!/^,\s/.test(text.slice(mention.span[1], mention.span[1] + 2))) return null;
  const start = tokenIndexAt(tokens, mention.span[1]);
  if (start < 0) return null;
  let end = start;
  while (end + 1 < tokens.length && end - start < MAX_APPOSITION_WORDS && !/[,;:.()«»"“”]/.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start)) && !lexicon.relativePronouns.has(tokens[end + 1]!.text.toLowerCase())) end++;
  const words = tokens.slice(start, end + 1);
  const head = words.findIndex((t) => isRole(t.text, lexicon));
  if (head < 0 || head > MAX_MODIFIERS + 1 || lexicon.relativePronouns.has(words[0]!.text.toLowerCase())) return null;
  // A capitalised first word is another name ("Paris, France"), unless it is a possessive ("Grünau's mayor").
  const possessive = /^['’]s\b/.test(text.slice(words[0]!.end, words[0]!.end + 3));
  if (head > 0 && !possessive && !lexicon.determiners.has(words[0]!.text.toLowerCase()) && /^\p{Lu}/u.test(words[0]!.text)) return null;
  return [words[0]!.start, Math.min(words.at(-1)!.end, sentence[1])];
}

/** "un banquier kazakh en fuite, Mukhtar Ablyazov": a determiner and role before the comma that precedes the name. */
function appositionBefore(text: string, tokens: readonly Token[], mention: Mention, lexicon: Lexicon, sentence: Span): Span | null {
  const before = text.slice(Math.max(sentence[0], mention.span[0] - 3), mention.span[0]);
  if (!/,\s*$/.test(before)) return null;
  const at = tokenIndexAt(tokens, mention.span[0]);
  const comma = text.lastIndexOf(',', mention.span[0]);
  for (let i = at - 1; i >= 0 && at - i <= MAX_APPOSITION_WORDS; i--) {
    if (!lexicon.determiners.has(tokens[i]!.text.toLowerCase())) continue;
    const head = tokens.slice(i + 1, i + 2 + MAX_MODIFIERS).findIndex((t) => isRole(t.text, lexicon));
    if (head >= 0 && tokens[i]!.start >= sentence[0] && !/[,;:]/.test(text.slice(tokens[i]!.end, comma).replace(/\([^)]*\)/g, ''))) return [tokens[i]!.start, comma];
  }
  return null;
}

/**
 * Descriptions without a name: "the fugitive banker said", "the oppositionist
 * was released"; in the first sentence, also an indefinite one that the next
 * sentence names ("A Kazakh businessman living in France, …").
 */
function bareDescriptions(text: string, tokens: readonly Token[], mentions: readonly Mention[], lede: boolean, lexicon: Lexicon, inComments: boolean): Descriptor[] {
  const found: Descriptor[] = [];
  tokens.forEach((token, i) => {
    if (!lexicon.determiners.has(token.text.toLowerCase())) return;
    for (let j = i + 1; j <= i + 1 + MAX_MODIFIERS && j < tokens.length; j++) {
      if (/[,;:.()«»"“”'’]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return;
      if (!isRole(tokens[j]!.text, lexicon)) {
        if (isStopWord(tokens[j]!.text, lexicon)) return; // "the resignation of the president" is about a resignation
        continue;
      }
      if (/^['’]s\b/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 3))) return; // "the mayor's office" is an office
      const next = tokens[j + 1];
      const joined = next && /^[\s\u00a0]+$/.test(text.slice(tokens[j]!.end, next.start));
      if (joined && /^\p{Lu}/u.test(next.text)) return; // a name follows: a premodifier, found with the mention
      if (/^,\s/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 2)) && mentions.some((m) => m.span[0] === tokens[j]!.end + 2)) return;
      const isLede = lede && i === 0 && lexicon.indefiniteArticles.has(token.text.toLowerCase()) && mentions.every((m) => m.type !== 'person');
      const end = isLede ? ledeEnd(text, tokens, j) : tokens[j]!.end;
      if (isLede || !lexicon.indefiniteArticles.has(token.text.toLowerCase())) {
        found.push({ span: [token.start, end], role: tokens[j]!.text.toLowerCase(), link: { kind: isLede ? 'lede' : 'definite' }, inComments });
      }
      return;
    }
  });
  return found;
}

/** A lede description runs to the first comma ("A Kazakh businessman living in France"). */
function ledeEnd(text: string, tokens: readonly Token[], head: number): number {
  let end = head;
  while (end + 1 < tokens.length && !/[,;:.]/.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start))) end++;
  return tokens[end]!.end;
}

function isRole(word: string, lexicon: Lexicon): boolean {
  return isRoleWord(word, lexicon);
}

function joined(text: string, left: Token, right: Token): boolean {
  return /^[\s\u00a0]+$/.test(text.slice(left.end, right.start));
}

function isStopWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lexicon.functionWords.has(lower) || lexicon.determiners.has(lower) || lexicon.connectors.has(lower) || /^\d/.test(word);
}

function roleOf(phrase: string, lexicon: Lexicon): string {
  return phrase.split(/[^\p{L}-]+/u).find((w) => isRole(w, lexicon))?.toLowerCase() ?? '';
}

/** Drops repeats, and bare descriptions inside a longer descriptor ("The ex-head" within "The ex-head of Bank Turan Alem"). */
function dedupe(descriptors: Descriptor[]): Descriptor[] {
  const seen = new Set<string>();
  const linked = descriptors.filter((d) => d.link.kind === 'mention');
  return descriptors.filter((d) => {
    if (d.link.kind === 'definite' && linked.some((o) => o.span[0] <= d.span[0] && o.span[1] >= d.span[1])) return false;
    const key = `${d.span[0]}:${d.span[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
