import type { Span } from '../../doc/news-doc.js';
import type { Lexicon } from '../extract-entities/lexicon.js';

/** A quotation found between marks: the quoted words, and the marks around them. */
export interface DirectQuote {
  /** The quoted words without the marks. */
  span: Span;
  /** From the opening mark to the closing mark (or the paragraph end when unclosed). */
  outer: Span;
  /** Fewer than four words and no sentence stop: a name or a scare quote unless a speech verb attributes it. */
  short: boolean;
}

/** A quotation has at least this many words, or a sentence stop: shorter quoted words are names or scare quotes ("regime"). */
const MIN_QUOTE_WORDS = 4;

/** Opening dashes of dialogue and of Russian-style quotations ("— Судно потеряло управление, — заявил он."). */
const DIALOGUE_DASH = /^[—–]\s/;

/** Marks written the same way to open and to close: their role is read from the letters around them. */
const STRAIGHT = new Set(['"', "''"]);

/**
 * Direct quotations in a paragraph. Marks are matched on a stack, so a
 * quotation may hold a nested one (“… the “Coordinating Headquarters” …”);
 * „…“ opens with a low mark and closes with the high one; ''…'' (newspaper
 * archives) is read like "…"; ‘…’ closes only where its mark cannot be an
 * apostrophe; a quotation left open runs to the paragraph end, as
 * multi-paragraph quotations do. Quotations too short to be more than a
 * name or a scare quote come back marked `short`.
 */
export function findDirectQuotes(text: string, paragraph: Span, lexicon: Lexicon): DirectQuote[] {
  const { marks, openers, nextMark } = marksOf(lexicon);
  const found: DirectQuote[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  const segment = text.slice(paragraph[0], paragraph[1]);
  for (let i = paragraph[0]; i < paragraph[1]; i++) {
    // Only where a mark begins is there anything to do: the next one is searched for, not each character looked at.
    nextMark.lastIndex = i - paragraph[0];
    const hit = nextMark.exec(segment);
    if (!hit) break;
    i = paragraph[0] + hit.index;
    const top = stack.at(-1);
    if (top && text.startsWith(top.close, i) && closes(text, i, top.close)) {
      stack.pop();
      i += top.close.length - 1;
      if (stack.length === 0) add(found, text, top.at, i + 1);
      continue;
    }
    if (!openers.has(text.charAt(i))) continue;
    const mark = marks.find(([open]) => text.startsWith(open, i));
    if (!mark || !opens(text, i, mark[0])) continue;
    stack.push({ close: mark[1], at: i });
    i += mark[0].length - 1;
  }
  if (stack.length > 0) add(found, text, stack[0]!.at, paragraph[1]);
  const dialogue = dialogueQuote(text, paragraph);
  if (dialogue && !found.some((q) => q.outer[0] < dialogue.outer[1] && dialogue.outer[0] < q.outer[1])) add(found, text, dialogue.outer[0], dialogue.outer[1], dialogue.span);
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** The language's quotation marks, longest opening first; the characters that open one; where the next mark may begin. */
interface Marks {
  marks: ReadonlyArray<readonly [string, string]>;
  openers: Set<string>;
  nextMark: RegExp;
}

const marksByLexicon = new WeakMap<Lexicon, Marks>();

function marksOf(lexicon: Lexicon): Marks {
  let known = marksByLexicon.get(lexicon);
  if (!known) {
    const marks = [...lexicon.quoteMarks].sort((a, b) => b[0].length - a[0].length);
    const firsts = new Set(marks.flatMap(([open, close]) => [open.charAt(0), close.charAt(0)]));
    const characters = [...firsts].join('').replace(/[\]\\^-]/g, '\\$&');
    known = { marks, openers: new Set(marks.map(([open]) => open.charAt(0))), nextMark: characters ? new RegExp(`[${characters}]`, 'g') : /(?!)/g };
    marksByLexicon.set(lexicon, known);
  }
  return known;
}

/** Whether a mark at `at` may open a quotation: a straight one not after a word, a single one not inside a word. */
function opens(text: string, at: number, mark: string): boolean {
  if (STRAIGHT.has(mark)) return straightQuoteRole(text, at, mark.length) !== 'close';
  if (mark === '‘' || mark === '‚') return !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[at + 1] ?? ' ');
  return true;
}

/** Whether a mark at `at` may close the open quotation: "’" not followed by a letter (else an apostrophe: “don’t”). */
function closes(text: string, at: number, mark: string): boolean {
  if (STRAIGHT.has(mark)) return straightQuoteRole(text, at, mark.length) !== 'open';
  if (mark === '’' || mark === '‘') return !/[\p{L}\p{N}]/u.test(text[at + 1] ?? ' ');
  return true;
}

/**
 * Straight quotes are the same mark both ways: one after a word closes, one
 * before a word opens ("a (word) "knock". To occupy…" nests inside the outer pair).
 */
function straightQuoteRole(text: string, at: number, length = 1): 'open' | 'close' | 'either' {
  const before = text[at - 1] ?? ' ';
  const after = text[at + length] ?? ' ';
  if (/[\p{L}\p{N}.,!?…)]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return 'close';
  if (!/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}(«“]/u.test(after)) return 'open';
  return 'either';
}

function add(found: DirectQuote[], text: string, open: number, close: number, inner?: Span): void {
  let [start, end] = inner ?? [open + 1, close];
  while (start < end && /[\s'`‘]/.test(text[start]!)) start++;
  if (!inner) while (end > start && /[”»“"'’‘›]/.test(text[end - 1]!)) end--;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
  const short = words < MIN_QUOTE_WORDS && !/[.!?…]/.test(text.slice(start, end));
  found.push({ span: [start, end], outer: [open, close], short });
}

/** "— Quoted words, — said X." at a paragraph start: the words up to the next dash. */
function dialogueQuote(text: string, paragraph: Span): DirectQuote | null {
  const body = text.slice(paragraph[0], paragraph[1]);
  if (!DIALOGUE_DASH.test(body)) return null;
  const next = body.slice(2).search(/[,.!?]?\s[—–]\s/);
  const end = paragraph[0] + (next < 0 ? body.length : next + 2 + (/[,.!?]/.test(body[next + 2]!) ? 1 : 0));
  return { span: [paragraph[0] + 2, end], outer: [paragraph[0], end], short: false };
}
