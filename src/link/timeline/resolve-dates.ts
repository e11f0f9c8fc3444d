import type { Span } from '../../doc/news-doc.js';
import { dateParser } from '../../stages/extract-dates/date-parser.js';
import type { DateParts, FoundDate } from '../../stages/extract-dates/extract-dates.js';

/** A document as date resolution sees it. */
export interface DateSource {
  id: string;
  text: string;
  language: string | null;
  published: string | null;
  dates: readonly FoundDate[];
}

/** A date mention of the dossier, on the calendar. */
export interface DossierDate {
  doc: string;
  span: Span;
  text: string;
  date: string;
  to: string | null;
  about: string;
}

/** A date without a year is taken as past news unless it falls this close after the reference (unit: days). */
const FUTURE_SLACK_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Puts each date mention on the calendar: a stated year stays; a missing year
 * comes from the document's date, else the story's (the median of its
 * documents' dates), agreeing with a stated weekday ("Sunday, January 2" is
 * 2022); relative expressions are read against that reference.
 */
export function resolveDates(sources: readonly DateSource[]): DossierDate[] {
  const storyReference = median(sources.map((s) => s.published).filter((p): p is string => Boolean(p)));
  const resolved: DossierDate[] = [];
  for (const source of sources) {
    const reference = toDate(source.published) ?? toDate(storyReference);
    for (const found of source.dates) {
      const text = source.text.slice(found.span[0], found.span[1]);
      if (/^\d{1,2}[/.]\d{1,2}$/.test(text)) continue; // "3/4" is a fraction as often as a date
      const dates = found.relative ? relativeDates(text, source.language, reference) : { date: place(found.start, reference), to: found.end ? place(found.end, reference, found.start) : null };
      if (dates?.date) resolved.push({ doc: source.id, span: found.span, text, date: dates.date, to: dates.to, about: found.about });
    }
  }
  return resolved;
}

/**
 * A relative expression read against the reference. What lands on the
 * reference day itself ("now", "from 10 to 20" read as hours) or after it
 * ("for half a year") is a duration or a time of day, not a dated event.
 */
function relativeDates(text: string, language: string | null, reference: Date | null): { date: string; to: string | null } | null {
  if (!reference) return null;
  const result = dateParser(language).parse(text, reference)[0];
  if (!result) return null;
  const date = iso(result.start.date());
  return date >= iso(reference) ? null : { date, to: result.end ? iso(result.end.date()) : null };
}

/** Fills a missing year from the reference (and a range end from its start), choosing the year that fits the weekday. */
function place(parts: DateParts, reference: Date | null, startOfRange?: DateParts): string | null {
  const month = parts.month ?? startOfRange?.month ?? null;
  const year = parts.year ?? startOfRange?.year ?? guessYear(month, parts.day, parts.weekday, reference);
  if (year === null) return null;
  if (month === null) return String(year);
  if (parts.day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(parts.day)}`;
}

function guessYear(month: number | null, day: number | null, weekday: number | null, reference: Date | null): number | null {
  if (!reference || month === null) return null;
  const year = reference.getUTCFullYear();
  const candidates = [year, year - 1, year + 1];
  if (day !== null && weekday !== null) {
    const fitting = candidates.find((y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday);
    if (fitting !== undefined) return fitting;
  }
  const date = Date.UTC(year, month - 1, day ?? 1);
  return date - reference.getTime() > FUTURE_SLACK_DAYS * DAY_MS ? year - 1 : year;
}

function median(values: string[]): string | null {
  const sorted = [...values].sort();
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : `${value}:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function iso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
