import type { NewsDoc, Span } from '../../doc/news-doc.js';
import { languages, languageTable } from '../../lang/index.js';
import type { NumberTable } from '../../lang/index.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { outOfTime } from '../../doc/stage-timer.js';
import { coverage } from '../../text/span-index.js';
import { paragraphsOf } from '../clean/paragraphs.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** A figure in the text: its value (or range), unit and what it counts. */
export interface FoundQuantity {
  span: Span;
  value: number | null;
  from: number | null;
  to: number | null;
  unit: string | null;
  approximate: boolean;
  atLeast: boolean;
  /** The words after the figure that say what it counts ("people were killed"). */
  about: string;
  inComments: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    quantities: FoundQuantity[];
  }
}

/** Currency signs are the same in every language. */
const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₸': 'KZT', '₴': 'UAH', '¥': 'JPY', '%': '%' };
/** Digits with group separators (1,300 / 1 300 / 1.300) and a decimal part (7,5 / 7.5). */
const NUMBER = /(?<![\p{L}\p{N}.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?(?![\p{L}\p{N}]|[.,]\d)|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?![\p{L}\p{N}]|[.,]\d)/gu;
/** What a figure counts is named within this many words after it. */
const ABOUT_WORDS = 5;
/** Years, not counts, unless a unit says otherwise. */
const YEARS = { from: 1800, to: 2100 };

const calendar = new Set(languages.flatMap((t) => [...Object.keys(t.months), ...Object.keys(t.weekdays)]));

/** Finds figures with their scales, currencies, units, bounds and ranges in the body and the comments. */
export function createExtractQuantities(): NamedStage {
  return {
    name: 'extract-quantities',
    run(doc: NewsDoc) {
      const table = (languageTable(doc.data.language?.code) ?? languageTable('en')!).numbers;
      const mentions = doc.data.mentions ?? [];
      const dates = (doc.data.dates ?? []).filter((d) => !d.relative); // "в 2,4" may read as a time of day; only calendar dates hide figures
      const named = coverage(mentions.map((m) => m.span));
      const dated = coverage(dates.map((d) => d.span));
      const found: FoundQuantity[] = [];
      const paragraphs = paragraphsOf(doc);
      for (const { span, inComments } of paragraphs) {
        if (outOfTime(doc, span[0])) break;
        const inParagraph: FoundQuantity[] = [];
        for (const match of doc.text.slice(span[0], span[1]).matchAll(NUMBER)) {
          const start = span[0] + match.index;
          if (named(start) || dated(start)) continue;
          const quantity = readQuantity(doc.text, start, start + match[0].length, table, span, inComments);
          if (quantity && !joinRange(doc.text, inParagraph, quantity, table)) inParagraph.push(quantity);
        }
        inParagraph.push(...numberWords(doc.text, span, table, inComments, inParagraph));
        found.push(...inParagraph.sort((a, b) => a.span[0] - b.span[0]));
      }
      doc.data.quantities = found;
    },
  };
}

function readQuantity(text: string, start: number, end: number, table: NumberTable, paragraph: Span, inComments: boolean): FoundQuantity | null {
  const raw = text.slice(start, end);
  if (/[:/]/.test(text[end] ?? '') || /[:/]/.test(text[start - 1] ?? '')) return null; // a time of day (07:36) or a fraction (3/4)
  let value = parseNumber(raw, table.decimalMark);
  const before = text.slice(Math.max(paragraph[0], start - 30), start);
  const after = text.slice(end, Math.min(paragraph[1], end + 60));
  const words = after.match(/^[\s\u00a0]*([\p{L}%$€£₽₸₴¥.'’]+)(?:[\s\u00a0]+([\p{L}%.'’]+))?(?:[\s\u00a0]+([\p{L}%.'’]+))?/u);
  const next = (words?.slice(1) ?? []).filter(Boolean).map((w) => w!.toLowerCase().replace(/[.]$/, ''));
  // "3 March", "Tuesday 15": a day of the month, not a figure ("On Tuesday, 57 ships" is one).
  const wordBefore = before.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  const couldBeDay = value >= 1 && value <= 31 && Number.isInteger(value);
  if (couldBeDay && (calendar.has(next[0] ?? '') || (calendar.has(wordBefore.replace(/[.]$/, '')) && !wordBefore.endsWith(',')))) return null;
  let used = 0;
  const twoWordScale = next.length > 1 ? table.scales[`${next[0]} ${next[1]}`] : undefined;
  const scale = twoWordScale ?? table.scales[next[0] ?? ''];
  if (scale) {
    value *= scale;
    used = twoWordScale ? 2 : 1;
  }
  if (table.linkers.includes(next[used] ?? '') && (table.currencies[next[used + 1] ?? ''] || table.units[next[used + 1] ?? ''])) used++;
  const symbolBefore = SYMBOLS[before.trimEnd().at(-1) ?? ''] ?? null;
  const word = next[used] ?? '';
  const unit = symbolBefore ?? table.currencies[word] ?? table.units[word] ?? SYMBOLS[after.trimStart()[0] ?? ''] ?? null;
  if (unit && !symbolBefore && (table.currencies[word] || table.units[word])) used++;
  const isYear = !unit && !scale && /^\d{4}$/.test(raw) && value >= YEARS.from && value <= YEARS.to;
  if (isYear) return null;
  const spanEnd = end + lengthOfWords(after, used) + (unit && SYMBOLS[after.trimStart()[0] ?? ''] === unit && !symbolBefore ? after.indexOf(after.trimStart()[0]!) + 1 : 0);
  const spanStart = symbolBefore ? start - (before.length - before.trimEnd().length) - 1 : start;
  const lowerBefore = before.toLowerCase().replace(/\s+/g, ' ');
  const bounds = boundPatterns(table);
  return {
    span: [spanStart, spanEnd],
    value,
    from: null,
    to: null,
    unit,
    approximate: bounds.approximate.test(lowerBefore),
    atLeast: bounds.atLeast.test(lowerBefore),
    about: aboutWords(text.slice(spanEnd, Math.min(paragraph[1], spanEnd + 80)), table),
    inComments,
  };
}

const boundCache = new WeakMap<NumberTable, { approximate: RegExp; atLeast: RegExp }>();

/** "about", "more than" … ending the text before a figure, as two patterns per language. */
function boundPatterns(table: NumberTable): { approximate: RegExp; atLeast: RegExp } {
  let patterns = boundCache.get(table);
  if (!patterns) {
    const pattern = (phrases: readonly string[]) =>
      new RegExp(`(?<![\\p{L}])(?:${phrases.map(escapeRegExp).join('|') || '(?!)'})\\s*[$€£₽₸₴]?\\s*$`, 'u');
    patterns = { approximate: pattern(table.approximate), atLeast: pattern(table.atLeast) };
    boundCache.set(table, patterns);
  }
  return patterns;
}

/** "from 60 to 120 tenge", "от 14 до 15", "60–120": the second figure turns the first into a range. */
function joinRange(text: string, previous: FoundQuantity[], current: FoundQuantity, table: NumberTable): boolean {
  const last = previous.at(-1);
  if (!last || last.from !== null) return false;
  const between = text.slice(last.span[1], current.span[0]).trim().toLowerCase();
  const before = text.slice(Math.max(0, last.span[0] - 20), last.span[0]).toLowerCase();
  const framed = table.ranges.some(([from, to]) => between === to && new RegExp(`(?<![\\p{L}])${from}\\s*$`, 'u').test(before));
  if (!framed && !/^[-–—]$/.test(between)) return false;
  last.from = last.value;
  last.to = current.value;
  last.value = null;
  last.unit = current.unit ?? last.unit;
  last.span = [last.span[0], current.span[1]];
  last.about = current.about;
  return true;
}

/** Parses 1,300 / 1 300 / 1.300 / 7,5 / 7.5: a separator before exactly three digits groups thousands unless it is the language's decimal mark alone. */
export function parseNumber(raw: string, decimalMark: '.' | ','): number {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const separators = compact.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(compact);
  const lastMark = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const decimals = compact.length - lastMark - 1;
  const mark = compact[lastMark]!;
  const single = separators.length === 1;
  const isDecimal = decimals !== 3 || (single && mark === decimalMark && !/[\s\u00a0\u202f]/.test(raw)) || (!single && separators.some((s) => s !== mark));
  const integer = (isDecimal ? compact.slice(0, lastMark) : compact).replace(/[.,]/g, '');
  return Number(isDecimal ? `${integer}.${compact.slice(lastMark + 1)}` : integer);
}

function lengthOfWords(after: string, count: number): number {
  if (count === 0) return 0;
  const match = new RegExp(String.raw`^(?:[\s\u00a0]*[\p{L}%.'’]+){${count}}`, 'u').exec(after);
  return match ? match[0].replace(/\.$/, '').length : 0;
}

function aboutWords(after: string, table: NumberTable): string {
  const clause = after.split(/[,;:.()!?]/)[0] ?? '';
  const words = clause.trim().split(/[\s\u00a0]+/).filter(Boolean);
  while (words.length > 0 && table.linkers.includes(words[0]!.toLowerCase())) words.shift();
  return words.slice(0, ABOUT_WORDS).join(' ');
}

/** "two billion dollars", "три тысячи человек", "zwölf Arbeiter": number words followed by a scale, a unit or what they count. */
function numberWords(text: string, paragraph: Span, table: NumberTable, inComments: boolean, taken: readonly FoundQuantity[]): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  const segment = text.slice(paragraph[0], paragraph[1]);
  // Most words are no number word: the paragraph is searched for them, and only the words after one are read.
  for (const match of segment.matchAll(numberWordPattern(table))) {
    const value = table.words[match[0].toLowerCase()];
    if (value === undefined) continue;
    const after = wordAfter(segment, match.index + match[0].length);
    const next = after?.[0].toLowerCase();
    if (!after || !next || !/^[\s\u00a0]+$/.test(segment.slice(match.index + match[0].length, after.index))) continue;
    const start = paragraph[0] + match.index;
    if (taken.some((q) => q.span[0] <= start && q.span[1] > start)) continue;
    const scale = table.scales[next];
    const third = scale ? wordAfter(segment, after.index + after[0].length) : null;
    const unitWord = scale ? third?.[0].toLowerCase() : next;
    const unit = unitWord ? (table.currencies[unitWord] ?? table.units[unitWord] ?? null) : null;
    if (!scale && !unit && !/^\p{Ll}{3,}$/u.test(after[0])) continue;
    const lastWord = [match, after, third][(scale ? 1 : 0) + (unit ? 1 : 0)]!;
    const end = paragraph[0] + lastWord.index + lastWord[0].length;
    found.push({ span: [start, end], value: value * (scale ?? 1), from: null, to: null, unit, approximate: false, atLeast: false, about: aboutWords(text.slice(end, Math.min(paragraph[1], end + 80)), table), inComments });
  }
  return found;
}

/** A word: a run of letters and apostrophes. */
const WORD = /[\p{L}'’]+/gu;

/** The first word of `segment` at or after `from`. */
function wordAfter(segment: string, from: number): RegExpExecArray | null {
  WORD.lastIndex = from;
  return WORD.exec(segment);
}

const numberWordPatterns = new WeakMap<NumberTable, RegExp>();

/** A table's number words as one pattern matching whole words (a number word is never part of a longer one). */
function numberWordPattern(table: NumberTable): RegExp {
  let pattern = numberWordPatterns.get(table);
  if (!pattern) {
    const words = Object.keys(table.words).filter((w) => /^[\p{L}'’]+$/u.test(w)).sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}'’])(?:${words.map(escapeRegExp).join('|') || '(?!)'})(?![\\p{L}'’])`, 'giu');
    numberWordPatterns.set(table, pattern);
  }
  return pattern;
}
