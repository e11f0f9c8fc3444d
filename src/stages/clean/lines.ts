import type { Span } from '../../doc/news-doc.js';
import { trimSpan } from '../../doc/news-doc.js';

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
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    for (const part of within ? clip([start, end], within) : [[start, end] as Span]) {
      const span = trimSpan(text, part);
      if (span) lines.push({ span, text: text.slice(span[0], span[1]), number, indent: span[0] - part[0] });
    }
    start = end + 1;
    number++;
  }
  return lines;
}

function clip(span: Span, within: readonly Span[]): Span[] {
  const parts: Span[] = [];
  for (const [s, e] of within) {
    const start = Math.max(s, span[0]);
    const end = Math.min(e, span[1]);
    if (start < end) parts.push([start, end]);
  }
  return parts;
}

/** Words of a line (letters and digits runs). */
export function wordCount(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) count++;
  return count;
}

/** Characters that end a sentence, including closing quotes and brackets after the stop. */
export const TERMINAL = /[.!?…:;»"”’)\]]\s*$/u;

/** A line of running prose: long enough and punctuated as sentences. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 12 && /[.!?…]/.test(text)) || (words >= 6 && /[.!?…][»"”’)]?\s*$/u.test(text));
}
