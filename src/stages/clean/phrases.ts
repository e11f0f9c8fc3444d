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

/** The marks of a 12-hour clock in every language that writes one ("pm" → pm), lower-case without dots or spaces. */
export const allMeridiems: ReadonlyMap<string, 'am' | 'pm'> = new Map(languages.flatMap((table) => Object.entries(table.meridiems ?? {})));

/** Byline prefixes of every language, lower-case. */
export const allBylinePrefixes: readonly string[] = [...new Set(languages.flatMap((table) => table.bylinePrefixes))];

/**
 * Phrases are looked for in this many first characters of a line (unit:
 * characters): boilerplate opens its line, and a 20,000-character line is
 * otherwise scanned by every unanchored pattern.
 */
const PHRASE_WINDOW = 400;

/**
 * Compiles literals and patterns into regular expressions anchored at the line start (every phrase is a line start),
 * one per character a phrase can open with: a line is tested only against the phrases that can open like it, in
 * their order, and a process compiles only the groups its lines open with. V8 compiles a pattern when first run, for
 * Latin-1 and for other text apart, and again to machine code: the eleven kinds compiled whole cost the CLI about
 * 80 ms of every run that cleans one article. A phrase whose opening cannot be told is in every group.
 *
 * The phrases are lower-case and matched against the lower-cased line: a case-insensitive Unicode pattern costs
 * V8 three times as much to compile. A line whose lower case has another length ("İ" lowers to two code units) is
 * tested by one case-insensitive pattern of every phrase, compiled when first needed.
 */
function compile(phrases: readonly Phrase[]): PhraseMatcher {
  const openings = phrases.map(openingsOf);
  const groupOf = new Map<string, Phrase[]>();
  for (const opening of new Set(openings.flatMap((chars) => (chars ? [...chars] : [])))) {
    groupOf.set(opening, phrases.filter((_, i) => openings[i] === null || openings[i]!.has(opening)));
  }
  const unknown = phrases.filter((_, i) => openings[i] === null);
  const compiled = new Map<readonly Phrase[], RegExp | null>();
  const patternOf = (group: readonly Phrase[]): RegExp | null => {
    if (!compiled.has(group)) compiled.set(group, group.length === 0 ? null : anchored(group, 'u'));
    return compiled.get(group)!;
  };
  let caseless: RegExp | undefined;
  const match = (line: string): RegExpExecArray | null => {
    const head = line.trim().slice(0, PHRASE_WINDOW);
    const lower = head.toLowerCase();
    if (lower.length !== head.length) {
      caseless ??= anchored(phrases, 'iu');
      return caseless.exec(head);
    }
    const opening = String.fromCodePoint(lower.codePointAt(0) ?? 0);
    return patternOf(groupOf.get(opening) ?? unknown)?.exec(lower) ?? null;
  };
  return {
    test: (line) => match(line) !== null,
    rest: (line) => {
      const found = match(line);
      return found ? line.trim().slice(found.index + found[0].length).trim() : null;
    },
  };
}

/**
 * One pattern of the phrases, anchored as a whole: a start anchor inside each alternative alone let the engine retry
 * every alternative at each of the PHRASE_WINDOW positions of a line that matches none.
 */
function anchored(phrases: readonly Phrase[], flags: string): RegExp {
  return new RegExp(`^(?:${alternatives(phrases).join('|')})`, flags);
}

const DIGITS = '0123456789';

/** The lower-case characters a phrase's match can open with, or null when they cannot be told from its source. */
export function openingsOf(phrase: Phrase): ReadonlySet<string> | null {
  if (typeof phrase === 'string') {
    const first = phrase.trimStart().toLowerCase().codePointAt(0);
    return first === undefined ? null : new Set([String.fromCodePoint(first)]);
  }
  const source = phrase.source.startsWith('^') ? phrase.source.slice(1) : phrase.source;
  return openingsAt(source, 0);
}

/**
 * The characters the pattern text at `at` opens with: a literal character, an escaped sign, `\d`, or a group whose
 * every alternative tells its own; anything else (a class, a dot, a lookaround, an empty alternative, a counted
 * repeat) is null. Reads only as much of the source as it needs.
 */
function openingsAt(source: string, at: number): Set<string> | null {
  const char = source[at];
  if (char === undefined) return null;
  let chars: Set<string> | null;
  let end: number;
  if (char === '(') {
    const close = closingParenthesis(source, at);
    if (close < 0) return null;
    let inner = source.slice(at + 1, close);
    if (inner.startsWith('?:')) inner = inner.slice(2);
    else if (inner.startsWith('?')) return null;
    chars = new Set();
    for (const alternative of topLevelAlternatives(inner)) {
      const found = openingsAt(alternative, 0);
      if (!found) return null;
      for (const c of found) chars.add(c);
    }
    end = close + 1;
  } else if (char === '\\') {
    const escaped = source[at + 1];
    if (escaped === undefined) return null;
    if (escaped === 'd') chars = new Set(DIGITS);
    else if (/[^\p{L}\p{N}]/u.test(escaped)) chars = new Set([escaped]);
    else return null;
    end = at + 2;
  } else if ('[.|)^$?*+{'.includes(char)) {
    return null;
  } else {
    const codePoint = String.fromCodePoint(source.codePointAt(at)!);
    chars = new Set([codePoint.toLowerCase()]);
    end = at + codePoint.length;
  }
  // An optional first part ("(jetzt )?newsletter", "¡?mira") lets what follows it open the match too.
  const after = source[end];
  if (after === '?' || after === '*') {
    const next = openingsAt(source, end + (source[end + 1] === '?' ? 2 : 1));
    return next ? new Set([...chars, ...next]) : null;
  }
  return after === '{' ? null : chars;
}

/** The index of the parenthesis that closes the one at `open`, escapes and classes skipped, or -1. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') i = classEnd(source, i);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the `]` that closes the class opening at `open` (the source's end when none does). */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** A group's text cut at its own `|`, not those of nested groups or classes. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') i = classEnd(source, i);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
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
      literals.push(escapeRegExp(phrase.toLowerCase()).replace(/ /g, '\\s+'));
      continue;
    }
    endRun();
    result.push(`(?:${phrase.source})`);
  }
  endRun();
  return result;
}
