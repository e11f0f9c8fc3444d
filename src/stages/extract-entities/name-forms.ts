import { lookupName } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../text/name-key.js';
import { gap } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import { lexiconMemo } from './lexicon.js';
import type { Lexicon } from './lexicon.js';

/** The gazetteer entry of a name, trying nominative forms of an inflected last word ("Либерии" → "Либерия"). */
export const lookupInflected = lexiconMemo((name, lexicon) => {
  const direct = lookupName(name);
  if (direct || !lexicon.inflection) return direct;
  for (const base of bases(name, lexicon)) {
    for (const nominative of lexicon.inflection.nominatives) {
      const found = lookupName(base + nominative);
      if (found) return found;
    }
  }
  return null;
});

/** Shortest stem kept when stripping a case ending (unit: letters). */
const MIN_STEM = 4;

function bases(word: string, lexicon: Lexicon): string[] {
  const lower = word.toLowerCase();
  return (lexicon.inflection?.endings ?? []).filter((ending) => lower.endsWith(ending) && word.length - ending.length >= MIN_STEM).map((ending) => word.slice(0, word.length - ending.length));
}

/** Key of the last word of a name without its case ending ("Аблязова" → "abliazov"). */
export function surnameKey(name: string, lexicon: Lexicon): string {
  const last = name.split(/[\s\u00a0]+/).at(-1)!;
  return nameKey(bases(last, lexicon)[0] ?? last);
}

/**
 * Where a known name follows one leading word that qualifies it ("Russian-led CSTO", "US-backed Kyiv"): the run is cut
 * to it. A capitalised word alone is part of the name ("Atlético Madrid", "Northern Ireland", "British Columbia").
 */
export function knownSuffix(text: string, tokens: readonly Token[], first: number, last: number): number | null {
  if (!/-\p{Ll}/u.test(tokens[first]!.text) || lookupName(text.slice(tokens[first]!.start, tokens[last]!.end))) return null;
  const k = first + 1;
  return k <= last && lookupName(text.slice(tokens[k]!.start, tokens[last]!.end)) ? k : null;
}

/** A Roman numeral with a unit letter (I, V or X) in it: "XIX", "II", not "CD" or "DC". */
export function isRomanNumeral(word: string): boolean {
  return /[IVX]/.test(word) && /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(word);
}

/** "Северный поток 2", "Северный поток — 2": the number of a series after an adjective-led name belongs to it. */
export function numberAfter(text: string, tokens: readonly Token[], end: number): number {
  const next = tokens[end + 1];
  return next && next.sentence === tokens[end]!.sentence && /^\d{1,3}$/.test(next.text) && /^[\s\u00a0]*[-‑–—―]?[\s\u00a0]*$/.test(gap(text, tokens[end]!, next)) ? end + 1 : end;
}
