import type * as chrono from 'chrono-node';
import type { NewsDoc, Span } from '../../doc/news-doc.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { outOfTime } from '../../doc/stage-timer.js';
import { paragraphsOf } from '../clean/paragraphs.js';
import { dateCue } from './date-cues.js';
import { dateParser } from './date-parser.js';
import { createShiftedReadings } from './shifted-readings.js';
import type { ShiftedDay } from './shifted-readings.js';

/** The parts of a date the text states; a missing part is null. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number | null;
}

/** A date expression in a document, with what it states and what it is about. */
export interface FoundDate {
  span: Span;
  start: DateParts;
  end: DateParts | null;
  /** Relative to the day of writing ("last Thursday", "yesterday"): resolved against a reference date. */
  relative: boolean;
  /** The words before it in its sentence ("Protests in Kazakhstan began"). */
  about: string;
  inComments: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    dates: FoundDate[];
  }
}

/** Words of context kept as what a date is about. */
const ABOUT_WORDS = 8;

/** A date expression as chrono read it in a paragraph. */
interface Reading {
  result: chrono.ParsedResult;
  /** Where it starts in the paragraph (chrono read one of its sentences). */
  index: number;
  paragraph: string;
  offset: number;
  inComments: boolean;
}

/** Finds absolute and relative date expressions (chrono-node) in the body and the comments; years are settled in the link layer. */
export function createExtractDates(): NamedStage {
  const readShifted = createShiftedReadings(OTHER_REFERENCE);
  return {
    name: 'extract-dates',
    run(doc: NewsDoc) {
      const language = doc.data.language?.code ?? null;
      const [parser, cue] = [dateParser(language), dateCue(language)];
      const readings: Reading[] = [];
      const sentences = doc.data.sentences ?? [];
      let next = 0;
      for (const { span, inComments } of paragraphsOf(doc)) {
        if (outOfTime(doc, span[0])) break;
        const paragraph = doc.text.slice(span[0], span[1]);
        // chrono is the costliest step: paragraphs, then sentences, without a calendar word or a year are not read.
        if (!cue.test(paragraph)) continue;
        while (next < sentences.length && sentences[next]![0] < span[0]) next++;
        const pieces: Span[] = [];
        for (let k = next; k < sentences.length && sentences[k]![1] <= span[1]; k++) pieces.push(sentences[k]!);
        for (const piece of pieces.length > 0 ? pieces : [span]) {
          const text = doc.text.slice(piece[0], piece[1]);
          if (pieces.length > 0 && !cue.test(text)) continue;
          for (const result of parser.parse(text, REFERENCE)) readings.push({ result, index: piece[0] - span[0] + result.index, paragraph, offset: span[0], inComments });
        }
      }
      const onItsFace = readings.map((r) => relativeOnItsFace(r.result));
      doc.data.dates = readings.flatMap((r, i) => foundDate(r, onItsFace[i] ?? isRelative(r.result.start, readShifted(parser, r.result.text))) ?? []);
    },
  };
}

/** A reading as a found date, or null when it states neither a month nor a year and does not move with the reference. */
function foundDate({ result, index, paragraph, offset, inComments }: Reading, relative: boolean): FoundDate | null {
  // "March 3, 63 ships": chrono reads the figure after the comma as the year 1963.
  const shortYear = /,\s*\d{1,2}$/.exec(result.text.trimEnd());
  const text = shortYear ? result.text.slice(0, shortYear.index) : result.text.trimEnd();
  const start = offset + index;
  const parts = { ...partsOf(result.start), ...(shortYear ? { year: null } : {}) };
  if (!relative && parts.month === null && parts.year === null) return null;
  return { span: [start, start + text.length], start: parts, end: result.end ? partsOf(result.end) : null, relative, about: aboutOf(paragraph, index), inComments };
}

/**
 * Two fixed references: what the text states comes out the same from both,
 * what depends on the day of writing ("last Thursday", "yesterday") does not,
 * and is resolved later against the document's or the story's date.
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 15, 12));
const OTHER_REFERENCE = new Date(Date.UTC(2010, 6, 20, 12));

function partsOf(components: chrono.ParsedComponents): DateParts {
  const known = (c: chrono.Component) => (components.isCertain(c) ? (components.get(c) ?? null) : null);
  return { year: known('year'), month: known('month'), day: known('day'), weekday: known('weekday') };
}

/**
 * Whether an expression moves with the reference, when its first reading tells: a day and month that only the
 * reference gave ("at 10:30", "this morning") move with it; a full date that writes its year ("March 3, 2021") does not.
 * Null when only a second reading tells ("last Thursday", "on Monday").
 */
function relativeOnItsFace(result: chrono.ParsedResult): boolean | null {
  const c = result.start;
  if (!c.isCertain('month') && !c.isCertain('day') && c.get('month') === REFERENCE.getMonth() + 1 && c.get('day') === REFERENCE.getDate()) return true;
  if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && result.text.includes(String(c.get('year')))) return false;
  return null;
}

/**
 * "last Thursday", "yesterday", "two days ago": the day meant moves with the reference. The expression is read again on
 * its own against the other reference, not its whole paragraph: chrono's reading of an expression depends on the
 * expression, and a paragraph costs as much to read as every expression in it.
 */
function isRelative(a: chrono.ParsedComponents, shifted: ShiftedDay): boolean {
  return shifted !== null && (a.get('month') !== shifted.month || a.get('day') !== shifted.day || (a.isCertain('year') && a.get('year') !== shifted.year));
}

function aboutOf(paragraph: string, index: number): string {
  const sentenceStart = Math.max(paragraph.lastIndexOf('. ', index) + 1, 0);
  return paragraph.slice(sentenceStart, index).trim().split(/\s+/).filter(Boolean).slice(-ABOUT_WORDS).join(' ').replace(/[,;:]$/, '');
}
