import { languages } from '../../lang/index.js';
import type { BoilerplateTable, Phrase } from '../../lang/index.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/**
 * Boilerplate phrases of every language, compiled once. Cleaning runs before
 * the language is known (the language is decided on the cleaned body), and the
 * phrases are distinctive enough to apply all of them to any text.
 */
export interface PhraseMatcher {
  /** True when the line starts with one of the phrases. */
  test(line: string): boolean;
  /** What follows the phrase the line starts with, or null. */
  rest(line: string): string | null;
}

/** A matcher over one boilerplate kind of every language table. */
export function phrasesOf(kind: Exclude<keyof BoilerplateTable, 'photoWords' | 'commentAuthorSuffixes'>): PhraseMatcher {
  return compile(languages.flatMap((table) => table.boilerplate[kind]));
}

/** Words that mark photo credits in any language, lower-case. */
export const photoWords: readonly string[] = [...new Set(languages.flatMap((table) => table.boilerplate.photoWords))];

/**
 * Photo words as one alternation that ignores case letter by letter, so that
 * a pattern can still ask for a capital after it: with the `i` flag
 * `\p{Lu}` matches any letter, and "Photos which…" read as a credit.
 */
export const photoWordsPattern: string = photoWords.map(caseless).join('|');

function caseless(word: string): string {
  return [...word]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      const escaped = escapeRegExp(lower);
      return lower === upper ? escaped : `[${lower}${upper}]`;
    })
    .join('');
}

/** Suffixes that end a comment author line, in any language. */
export const commentAuthorSuffixes: readonly string[] = languages.flatMap((table) => table.boilerplate.commentAuthorSuffixes);

/** Month names of every language, lower-case, to month number. */
export const allMonths: ReadonlyMap<string, number> = new Map(languages.flatMap((table) => Object.entries(table.months)));

/** Byline prefixes of every language, lower-case. */
export const allBylinePrefixes: readonly string[] = [...new Set(languages.flatMap((table) => table.bylinePrefixes))];

/**
 * Phrases are looked for in this many first characters of a line (unit:
 * characters): boilerplate opens its line, and a 20,000-character line is
 * otherwise scanned by every unanchored pattern.
 */
const PHRASE_WINDOW = 400;

/**
 * Compiles literals and patterns into one case-insensitive regular expression
 * anchored at the line start (every phrase is a line start): one test per
 * line instead of one per phrase.
 */
function compile(phrases: readonly Phrase[]): PhraseMatcher {
  // The alternation is anchored as a whole too: a start anchor inside each alternative alone let the engine retry
  // every alternative at each of the PHRASE_WINDOW positions of a line that matches none.
  const pattern = new RegExp(`^(?:${alternatives(phrases).join('|')})`, 'iu');
  const head = (line: string) => line.trim().slice(0, PHRASE_WINDOW);
  return {
    test: (line) => pattern.test(head(line)),
    rest: (line) => {
      const match = pattern.exec(head(line));
      return match ? line.trim().slice(match.index + match[0].length).trim() : null;
    },
  };
}

/**
 * The phrases as alternatives, in their order: each run of literals shares
 * one check that a word ends after it. Case-insensitive Unicode patterns cost
 * V8 about half a millisecond to compile per letter class such as
 * `[\p{L}\p{N}]`, once to bytecode and once to machine code: one check per
 * literal made the form phrases alone cost 64 ms to compile, one per run 7.
 */
function alternatives(phrases: readonly Phrase[]): string[] {
  const result: string[] = [];
  let literals: string[] = [];
  const endRun = () => {
    if (literals.length > 0) result.push(`(?:${literals.join('|')})(?![\\p{L}\\p{N}])`);
    literals = [];
  };
  for (const phrase of phrases) {
    if (typeof phrase === 'string') {
      literals.push(escapeRegExp(phrase).replace(/ /g, '\\s+'));
      continue;
    }
    endRun();
    result.push(`(?:${phrase.source})`);
  }
  endRun();
  return result;
}
