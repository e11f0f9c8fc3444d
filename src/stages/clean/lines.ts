import type { Span } from '../../doc/news-doc.js';
import { trimSpan } from '../../doc/news-doc.js';
import { classAt, isPairAt, UNSPACED, WORD } from './char-class.js';

/** A non-blank line of the text, trimmed, with where it stands. */
export interface Line {
  span: Span;
  text: string;
  /** 1-based line number in the document text. */
  number: number;
  /** Leading white space before the first character (comment threads indent replies). */
  indent: number;
}

/** Splits text into trimmed non-blank lines, optionally only those inside `within` spans. */
export function splitLines(text: string, within: readonly Span[] | null = null): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  let next = 0; // first `within` span that may still overlap: lines and spans are both in order
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let parts: Span[] = [[start, end]];
    if (within) {
      while (next < within.length && within[next]![1] <= start) next++;
      parts = clip([start, end], within, next);
    }
    for (const part of parts) {
      const span = trimSpan(text, part);
      if (span) lines.push({ span, text: text.slice(span[0], span[1]), number, indent: span[0] - part[0] });
    }
    start = end + 1;
    number++;
  }
  return lines;
}

/** Lines longer than `limit` once trimmed, by line number and trimmed length: the lines of splitLines without building every line's text. */
export function longLines(text: string, limit: number): Array<{ number: number; length: number }> {
  const found: Array<{ number: number; length: number }> = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const span = end - start > limit ? trimSpan(text, [start, end]) : null;
    if (span && span[1] - span[0] > limit) found.push({ number, length: span[1] - span[0] });
    start = end + 1;
    number++;
  }
  return found;
}

/** Parts of a line inside the sorted spans, looking from span `from` on. */
function clip(span: Span, within: readonly Span[], from: number): Span[] {
  const parts: Span[] = [];
  for (let i = from; i < within.length && within[i]![0] < span[1]; i++) {
    const start = Math.max(within[i]![0], span[0]);
    const end = Math.min(within[i]![1], span[1]);
    if (start < end) parts.push([start, end]);
  }
  return parts;
}

/** Scripts written without spaces between words: a run of them counts one word per this many characters (a Chinese word is about two). */
const CHARACTERS_PER_UNSPACED_WORD = 2;

/**
 * Words of a line: runs of letters, digits and marks, and in scripts without
 * spaces (Chinese, Japanese, Thai) characters by pairs. One pass over the
 * characters with their classes looked up, not one match object per word:
 * this runs several times on every line of every document. Counting stops
 * once past `atMost` (a caller that only asks "more than ten words?" does not
 * read a whole paragraph): the result is then some number above it.
 */
export function wordCount(text: string, atMost = Infinity): number {
  let count = 0;
  let inRun = false;
  let unspaced = 0;
  for (let i = 0; i < text.length && count <= atMost; i++) {
    const flags = classAt(text, i);
    if (isPairAt(text, i)) i++;
    if (flags & WORD) {
      inRun = true;
      if (flags & UNSPACED) unspaced++;
    } else if (inRun) {
      count += runWords(unspaced);
      inRun = false;
      unspaced = 0;
    }
  }
  return inRun ? count + runWords(unspaced) : count;
}

/** Words in one run of word characters holding `unspaced` characters of scripts without spaces. */
function runWords(unspaced: number): number {
  return unspaced > 0 ? Math.max(1, Math.ceil(unspaced / CHARACTERS_PER_UNSPACED_WORD)) : 1;
}

/** Sentence stops of every script (Unicode Sentence_Terminal: . ! ? 。 ！ ？ । ۔ …) and the ellipsis. */
export const STOP = String.raw`[\p{Sentence_Terminal}…]`;
/** Characters that end a sentence, including closing quotes and brackets after the stop. */
export const TERMINAL = new RegExp(String.raw`(?:${STOP}|[:;»"”’)\]」』）])\s*$`, 'u');
const HAS_STOP = new RegExp(STOP, 'u');
const ENDS_WITH_STOP = new RegExp(String.raw`${STOP}[»"”’)」』）]?\s*$`, 'u');

/** A line of running prose: long enough and punctuated as sentences. */
export function isProse(text: string): boolean {
  const words = wordCount(text, 12);
  return (words >= 12 && HAS_STOP.test(text)) || (words >= 6 && ENDS_WITH_STOP.test(text));
}

/** True when a span overlaps one of the sorted, disjoint spans (binary search). */
export function overlapsAny(span: Span, sorted: readonly Span[]): boolean {
  const low = firstEndingAfter(sorted, span[0]);
  return low < sorted.length && sorted[low]![0] < span[1];
}

/** Index of the first of the sorted, disjoint spans that ends after `position` (binary search). */
export function firstEndingAfter(sorted: readonly Span[], position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]![1] <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
