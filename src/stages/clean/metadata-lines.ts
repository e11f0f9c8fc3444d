import { allBylinePrefixes, allMeridiems, allMonths } from './phrases.js';
import { wordCount } from './lines.js';

/** Where and when a story was filed, as its dateline says ("PARIS, Jan 17"). */
export interface Dateline {
  place: string;
  month: number | null;
  day: number | null;
}

/** A date line is short: a date, maybe a time and a label (unit: words). */
const MAX_DATE_LINE_WORDS = 10; // "6 de marzo de 2024 a las 10:30" is nine

/** A question or an exclamation holding a date is a headline ("Quoi surveiller en ce 28 juillet 2020 ?"), never a date line. */
const ASKS_OR_EXCLAIMS = /[?!？！¿¡]/u;

const MONTH = String.raw`(?<month>[\p{L}]{3,12})\.?`;
// A time after the date, maybe behind short words ("at", "à", "в", "um", "a las"), and a mark of two letters after it
// that may be a 12-hour clock's ("1:32 PM", "7:35 a. m."; the tables say which are: allMeridiems).
const TIME = String.raw`(?:[,\s]+(?:\p{Ll}{1,3}\s+){0,2}(?<hour>\d{1,2})[:.h](?<minute>\d{2})(?:\s?(?<meridiem>\p{L}\.?\s?\p{L}\.?)(?!\p{L}))?)?`;
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?<year>\d{4})-(?<mm>\d{2})-(?<day>\d{2})(?:[T\s]+(?<hour>\d{2}):(?<minute>\d{2}))?`, 'u'),
  new RegExp(String.raw`(?<day>\d{1,2})\.(?<mm>\d{1,2})\.(?<year>\d{4})${TIME}`, 'u'),
  // "11/27/2005" (month first) or "15/09/2013" (day first): read only when one of the two is over 12 (see slashedDay).
  new RegExp(String.raw`(?<first>\d{1,2})\s?/\s?(?<second>\d{1,2})\s?/\s?(?<year>\d{4})${TIME}`, 'u'),
  // "18 Jan, 2022", "1er janvier 2022", "6 de marzo de 2024": a short lower-case linking word may stand between the parts.
  // Ordinal and year marks ride on the numbers: "1er", "1st", "2022 г.", "2022 р.".
  new RegExp(String.raw`(?<day>\d{1,2})(?:\p{Ll}{1,2})?\s+(?:\p{Ll}{1,3}\s+)?${MONTH},?\s+(?:\p{Ll}{1,3}\s+)?(?<year>\d{4})(?:\s*\p{Ll}(?!\p{L})\.?)?${TIME}`, 'u'),
  // "January 18, 2022", "June 6th, 2013".
  new RegExp(String.raw`${MONTH}\s+(?<day>\d{1,2})(?:\p{Ll}{2})?,?\s+(?<year>\d{4})${TIME}`, 'u'),
];

/**
 * Reads a line that is only a publication date ("18 Jan, 2022 07:36",
 * "January 18, 2022", "18.01.2022 07:36", "18 января 2022, 07:36") into
 * ISO form, as precise as the line; null when the line is something else.
 */
export function parseDateLine(line: string): string | null {
  return readDate(line)?.iso ?? null;
}

/** Words a date line inside the article may hold besides its date and time: a label, a weekday ("PUBLISHED: THURSDAY,"). */
const MAX_LABEL_WORDS = 3;

/**
 * Reads a line that holds a date and at most a short label besides it ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM",
 * "July 13, 2009"), as a date line below the lead or a standfirst is: stricter than parseDateLine, which takes any
 * short line of the header holding a date.
 */
export function parseLabelledDateLine(line: string): string | null {
  const read = readDate(line);
  return read && wordCount(line.slice(0, read.at) + ' ' + line.slice(read.end), MAX_LABEL_WORDS) <= MAX_LABEL_WORDS ? read.iso : null;
}

/** The first date a short line holds, in ISO form, and where it stands in the line. */
function readDate(line: string): { iso: string; at: number; end: number } | null {
  if (wordCount(line, MAX_DATE_LINE_WORDS) > MAX_DATE_LINE_WORDS || ASKS_OR_EXCLAIMS.test(line)) return null;
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(line);
    if (!match?.groups) continue;
    const iso = toIso(match.groups);
    if (iso) return { iso, at: match.index, end: match.index + match[0].length };
  }
  return null;
}

function toIso(groups: Record<string, string | undefined>): string | null {
  const [month, day] = groups.first ? slashedDay(Number(groups.first), Number(groups.second)) : [groups.mm ? Number(groups.mm) : allMonths.get((groups.month ?? '').toLowerCase()), Number(groups.day)];
  const year = Number(groups.year);
  if (!month || month > 12 || day === undefined || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (groups.hour === undefined || groups.minute === undefined) return date;
  const hour = clockHour(Number(groups.hour), allMeridiems.get((groups.meridiem ?? '').toLowerCase().replace(/[.\s]/gu, '')));
  return hour === null ? date : `${date}T${pad(hour)}:${groups.minute}`;
}

/**
 * The month and day of a date written with slashes. The United States write the month first, most other places the day:
 * a date is read only when one number is over 12 and so can only be the day ("11/27/2005", "15/09/2013"); "4/9/2007"
 * is left unread, as a date read the wrong way round is worse than none.
 */
function slashedDay(first: number, second: number): [number | undefined, number | undefined] {
  if (first > 12 && second <= 12) return [second, first];
  if (second > 12 && first <= 12) return [first, second];
  return [undefined, undefined];
}

/** The hour of a 24-hour clock: "1" PM is 13, "12" AM is 0; null for an hour no clock has. */
function clockHour(hour: number, half: 'am' | 'pm' | undefined): number | null {
  if (!half) return hour > 23 ? null : hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (half === 'pm' ? 12 : 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A name of one to four capitalised words ("Anastasia Ivanova", "Jean-Pierre de Villiers"). */
const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s+(?:(?:de|van|von|der|la|le|di|da)\s+)?[\p{Lu}][\p{L}'’-]+){0,3}`;

/** The lead-in of a wire story: "PARIS, Jan 17, by Anastasia Ivanova." or "MOSCOW, 17 January (Reuters) -". */
const DATELINE = new RegExp(
  String.raw`^(?<place>[\p{Lu}][\p{Lu}'’ -]{1,40}?|[\p{Lu}][\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)*)(?:\s*\((?<agencyFirst>[^)]{1,40})\))?,\s+(?:(?<month1>[\p{L}]{3,12})\.?\s+(?<day1>\d{1,2})|(?<day2>\d{1,2})\s+(?<month2>[\p{L}]{3,12})\.?)` +
    String.raw`(?:,?\s+\d{4})?(?:,?\s+(?<prefix>[\p{L}]+)\s+(?<name>${NAME}))?(?:\s*\((?<agency>[^)]{1,40})\))?\s*(?<separator>[.,:]|[—–-])\s*`,
  'u',
);

/**
 * What every dateline holds, in a pattern without Unicode classes: an opening without commas (an agency in brackets
 * may hold some), its first comma, then a day or a word and a day. V8 compiles DATELINE's letter classes for about
 * 25 ms when it first runs: most opening paragraphs fail this test and never make it run.
 */
const DATELINE_CUE = /^[^,(]+(?:\s*\([^)]{1,40}\))?,\s+(?:\d|[^\s\d,]{3,13}\s+\d)/;

/** A dateline and byline at the start of the body, with the length of the lead-in they take. */
export interface LeadIn {
  dateline: Dateline;
  byline: string | null;
  /** The agency in brackets: "MOSCOW, 17 January (Reuters) -". */
  agency: string | null;
  length: number;
}

/** Reads the dateline (and byline) that opens a wire story's first paragraph. */
export function parseLeadIn(line: string): LeadIn | null {
  if (!DATELINE_CUE.test(line)) return null;
  const match = DATELINE.exec(line);
  const groups = match?.groups;
  if (!match || !groups) return null;
  const month = allMonths.get((groups.month1 ?? groups.month2 ?? '').toLowerCase());
  const day = Number(groups.day1 ?? groups.day2);
  if (!month || day < 1 || day > 31) return null;
  // "Москва, 5 марта." is a dateline; "Sunday, March 3, the ship…" is a sentence: a place not in capitals needs a full stop or dash.
  const capitals = groups.place === groups.place!.toUpperCase();
  if (!capitals && groups.separator === ',') return null;
  const prefix = groups.prefix?.toLowerCase();
  const byline = groups.name && prefix && allBylinePrefixes.includes(prefix) ? groups.name : null;
  if (groups.prefix && !byline) return null;
  const agency = (groups.agency ?? groups.agencyFirst)?.trim() || null;
  return { dateline: { place: titleCase(groups.place!.trim()), month, day }, byline, agency, length: match[0].length };
}

const BYLINE = new RegExp(String.raw`^(?<prefix>[\p{L}]+:?)\s+(?<name>${NAME})(?:\s*[,|/·]\s*.{0,60})?$`, 'u');

/** Reads a byline line ("By Anastasia Ivanova", "Par Jean Dupont"); null for other lines. */
export function parseBylineLine(line: string): string | null {
  const match = BYLINE.exec(line.trim());
  if (!match?.groups || !allBylinePrefixes.includes(match.groups.prefix!.toLowerCase())) return null;
  return match.groups.name!;
}

/** "NEW YORK" → "New York"; "NUR-SULTAN" → "Nur-Sultan". */
function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
