import type { Span } from '../../doc/news-doc.js';
import type { Lexicon } from '../extract-entities/lexicon.js';

/** A quotation found between marks: the quoted words, and the marks around them. */
export interface DirectQuote {
  /** The quoted words without the marks. */
  span: Span;
  /** From the opening mark to the closing mark (or the paragraph end when unclosed). */
  outer: Span;
}

/** A quotation has at least this many words, or a sentence stop: shorter quoted words are names or scare quotes ("regime"). */
const MIN_QUOTE_WORDS = 4;

/** Opening dashes of dialogue and of Russian-style quotations ("— Судно потеряло управление, — заявил он."). */
const DIALOGUE_DASH = /^[—–]\s/;

/**
 * Direct quotations in a paragraph. Marks are matched on a stack, so a
 * quotation may hold a nested one (“… the “Coordinating Headquarters” …”);
 * „…“ opens with a low mark and closes with the high one; a quotation left
 * open runs to the paragraph end, as multi-paragraph quotations do.
 */
export function findDirectQuotes(text: string, paragraph: Span, lexicon: Lexicon): DirectQuote[] {
  const closers = new Map<string, string>();
  for (const [open, close] of lexicon.quoteMarks) if (open.length === 1 && open !== '‘' && open !== '‚' && !closers.has(open)) closers.set(open, close);
  const found: DirectQuote[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  for (let i = paragraph[0]; i < paragraph[1]; i++) {
    const char = text[i]!;
    const top = stack.at(-1);
    if (char === '"') {
      const role = straightQuoteRole(text, i);
      if (top?.close === '"' && role !== 'open') {
        stack.pop();
        if (stack.length === 0) add(found, text, top.at, i + 1);
      } else if (role !== 'close') stack.push({ close: '"', at: i });
      continue;
    }
    if (top && char === top.close) {
      stack.pop();
      if (stack.length === 0) add(found, text, top.at, i + 1);
    } else if (closers.has(char)) {
      stack.push({ close: closers.get(char)!, at: i });
    }
  }
  if (stack.length > 0) add(found, text, stack[0]!.at, paragraph[1]);
  const dialogue = dialogueQuote(text, paragraph);
  if (dialogue && !found.some((q) => q.outer[0] < dialogue.outer[1] && dialogue.outer[0] < q.outer[1])) add(found, text, dialogue.outer[0], dialogue.outer[1], dialogue.span);
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * Straight quotes are the same mark both ways: one after a word closes, one
 * before a word opens ("a (word) "knock". To occupy…" nests inside the outer pair).
 */
function straightQuoteRole(text: string, at: number): 'open' | 'close' | 'either' {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if (/[\p{L}\p{N}.,!?…)]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return 'close';
  if (!/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}(«“]/u.test(after)) return 'open';
  return 'either';
}

function add(found: DirectQuote[], text: string, open: number, close: number, inner?: Span): void {
  let [start, end] = inner ?? [open + 1, text[close - 1] && /[”»“"]/.test(text[close - 1]!) ? close - 1 : close];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
  if (words >= MIN_QUOTE_WORDS || /[.!?…]/.test(text.slice(start, end))) found.push({ span: [start, end], outer: [open, close] });
}

/** "— Quoted words, — said X." at a paragraph start: the words up to the next dash. */
function dialogueQuote(text: string, paragraph: Span): DirectQuote | null {
  const body = text.slice(paragraph[0], paragraph[1]);
  if (!DIALOGUE_DASH.test(body)) return null;
  const next = body.slice(2).search(/[,.!?]?\s[—–]\s/);
  const end = paragraph[0] + (next < 0 ? body.length : next + 2 + (/[,.!?]/.test(body[next + 2]!) ? 1 : 0));
  return { span: [paragraph[0] + 2, end], outer: [paragraph[0], end] };
}
