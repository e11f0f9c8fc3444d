import { gap, isAcronym, isCapitalised } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import type { EntityType } from './extract-mentions.js';
import { lemmaOf } from './knowledge.js';
import { lexiconMemo } from './lexicon.js';
import type { Lexicon } from './lexicon.js';

/** Words a kind of thing may take before the name it opens ("selección de fútbol de Japón": three). */
const MAX_KIND_WORDS = 4;

/** Where a lower-case kind of thing opens the name after it, and what that makes the name. */
export interface KindOpening {
  /** Index of the kind's first token. */
  start: number;
  type: EntityType;
}

/**
 * "lac Taupo", "río Misuri", "provincia de Tucumán" (places), "сборной Австралии", "selección de fútbol de Japón"
 * (teams), "bataille de Carrhes", "dynastie Han" (events and other things): a lower-case kind, in the language's
 * tables, that is part of the name it precedes, with a connector between them or none. The kind may be capitalised
 * only where it starts the sentence ("Selección de fútbol de Inglaterra").
 */
export function kindOpening(text: string, tokens: readonly Token[], first: number, lexicon: Lexicon): KindOpening | null {
  const name = tokens[first]!;
  let at = first;
  const before = tokens[first - 1];
  if (before && before.sentence === name.sentence && lexicon.connectors.has(before.text) && !lexicon.conjunctions.has(before.text) && /^([\s\u00a0]+|['’])$/.test(gap(text, before, name))) at = first - 1;
  for (let words = 1; words <= MAX_KIND_WORDS; words++) {
    const start = at - words;
    if (start < 0 || tokens[start]!.sentence !== name.sentence) return null;
    const kind = tokens.slice(start, at);
    if (!kind.every((t, i) => i === 0 || /^[\s\u00a0]+$/.test(gap(text, kind[i - 1]!, t)))) return null;
    if (!/^[\s\u00a0]+$/.test(gap(text, kind.at(-1)!, tokens[at]!)) && at !== first) return null;
    if (at === first && !/^[\s\u00a0]+$/.test(gap(text, kind.at(-1)!, name))) return null;
    const head = kind[0]!;
    if (isCapitalised(head.text) && !head.sentenceStart) return null;
    const type = kindType(kind.map((t) => t.text).join(' '), lexicon);
    if (type) return { start, type };
  }
  return null;
}

/** The type a kind phrase (its words joined by spaces) gives the name it opens, its first word compared as written and by lemma ("сборной" ~ "сборная"). */
const kindType = lexiconMemo((phrase, lexicon): EntityType | null => {
  const words = phrase.split(' ');
  const rest = words.slice(1).join(' ').toLowerCase();
  // Only a phrase ending as some kind does may be one: its first word is lemmatised then, not every word before a name.
  if (!lexicon.kindEndings.has(rest)) return null;
  const forms = [words[0]!.toLowerCase(), lemmaOf(words[0]!, lexicon.language)].map((w) => (rest ? `${w} ${rest}` : w));
  const has = (kinds: Set<string>) => forms.some((f) => kinds.has(f));
  if (has(lexicon.placeKindsInNames)) return 'place';
  if (has(lexicon.organizationKindsInNames)) return 'organization';
  return has(lexicon.otherKindsInNames) ? 'other' : null;
});

/**
 * "in Los Angeles", "joined The Flaming Lips", "au Mans" vs "Le Mans": an article capitalised inside a sentence
 * opens the name after it; at a sentence start it is capitalised by the sentence ("The company said").
 */
export function articleOpensName(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  const token = tokens[first]!;
  return first < last && !token.sentenceStart && isCapitalised(token.text) && lexicon.nameArticles.has(token.text.toLowerCase()) && isCapitalised(tokens[first + 1]!.text);
}

/** "FC Metz", "Provinz Suruga": an acronym, a club's head or a kind that opens a name is no common noun before it. */
export function opensName(word: string, lexicon: Lexicon): boolean {
  return isAcronym(word) || lexicon.organizationHeads.has(word) || kindInName(word, lexicon);
}

/** "Provinz Suruga", "Schlacht um Verdun": where nouns are capitalised, a kind that is part of the name it opens stays in it. */
export function kindInName(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lexicon.capitalizesNouns && (lexicon.organizationHeads.has(word) || lexicon.placeKindsInNames.has(lower) || lexicon.organizationKindsInNames.has(lower) || lexicon.otherKindsInNames.has(lower));
}
