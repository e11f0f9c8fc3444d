import { UNSPACED_SCRIPTS } from '../../text/script-words.js';

/**
 * Unicode classes of characters, looked up rather than matched: cleaning
 * counts the words of every line several times and looks for capitals glued
 * to words in every paragraph, and a `\p{…}` class in a regular expression
 * costs V8 about 20 ns a character (a table lookup costs one or two).
 */

/** Part of a word: a letter, digit or mark (`[\p{L}\p{N}\p{M}]`). */
export const WORD = 1;
/** Of a script written without spaces between words (Chinese, Japanese, Thai). */
export const UNSPACED = 2;
/** An upper-case letter (`\p{Lu}`). */
export const UPPER = 4;
/** A lower-case letter (`\p{Ll}`). */
export const LOWER = 8;
const KNOWN = 16;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const UNSPACED_CHAR = new RegExp(`^[${UNSPACED_SCRIPTS}]$`, 'u');
const UPPER_CHAR = /^\p{Lu}$/u;
const LOWER_CHAR = /^\p{Ll}$/u;

/** Classes of the Basic Multilingual Plane's characters, each found by the regular expressions the first time it is seen. */
const bmp = new Uint8Array(0x10000);

function classify(char: string): number {
  return KNOWN | (WORD_CHAR.test(char) ? WORD : 0) | (UNSPACED_CHAR.test(char) ? UNSPACED : 0) | (UPPER_CHAR.test(char) ? UPPER : 0) | (LOWER_CHAR.test(char) ? LOWER : 0);
}

/** True when a surrogate pair starts at `index`: the character there takes two UTF-16 units. */
export function isPairAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
}

/** The classes (WORD | UNSPACED | UPPER | LOWER) of the character starting at `index`; a lone surrogate has none. */
export function classAt(text: string, index: number): number {
  if (isPairAt(text, index)) return classify(text.slice(index, index + 2));
  const unit = text.charCodeAt(index);
  const known = bmp[unit]!;
  return known !== 0 ? known : (bmp[unit] = classify(text[index]!));
}
