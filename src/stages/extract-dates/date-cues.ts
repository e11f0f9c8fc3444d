import { languages, languageTable } from '../../lang/index.js';
import { hasLocale } from './date-parser.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** A month, weekday or relative-date word of any language with a table here, a year, or a numeric date. */
const TABLE_CUE = String.raw`(?<![\p{L}])(?:${[...new Set(languages.flatMap((t) => [...Object.keys(t.months), ...Object.keys(t.weekdays), ...t.relativeDateWords]))].join('|')})(?![\p{L}])|\b(?:1[89]|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}`;

const cues = new Map<string, RegExp>();

/**
 * What a paragraph holds when it may state a date, for a document in `language`: chrono-node is the costliest step of
 * the stage, and a paragraph without a cue is not read. The words of every language table, a year or a numeric date.
 * A language with no table here but a chrono-node locale of its own ("marzo", "3月12日") adds CLDR's (Node's ICU)
 * month, weekday and yesterday/today/tomorrow words, and its paragraphs with a figure are read too. Other languages
 * keep the tables' cue: with CLDR's words, chrono read "maintenant" and "jetzt" (now) in French and German paragraphs
 * as dates, and English chrono reading Turkish paragraphs with figures found "sat" in "saat".
 */
export function dateCue(language: string | null): RegExp {
  const code = language && hasLocale(language) && !languageTable(language) ? language : '';
  let cue = cues.get(code);
  if (!cue) {
    const words = code ? cldrDateWords(code).map(escapeRegExp) : [];
    cue = new RegExp(code ? `${TABLE_CUE}|${[...words, String.raw`\p{N}`].join('|')}` : TABLE_CUE, 'iu');
    cues.set(code, cue);
  }
  return cue;
}

/** CLDR's month names (alone and in a date), weekday names and words for yesterday, today and tomorrow in a language; none for a language ICU does not know. */
export function cldrDateWords(language: string): string[] {
  if (!Intl.DateTimeFormat.supportedLocalesOf(language).length) return [];
  const words = new Set<string>();
  const utc = (month: number, day: number) => new Date(Date.UTC(2020, month, day));
  const formats = [{ month: 'long' }, { month: 'long', day: 'numeric' }, { weekday: 'long' }] as const;
  for (const options of formats) {
    const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    // 2020-06-01 was a Monday: its week gives the weekdays; the 15th of each month, the months.
    const dates = 'weekday' in options ? [0, 1, 2, 3, 4, 5, 6].map((d) => utc(5, 1 + d)) : [...Array(12).keys()].map((m) => utc(m, 15));
    for (const date of dates) for (const part of format.formatToParts(date)) if ((part.type === 'month' || part.type === 'weekday') && /\p{L}/u.test(part.value)) words.add(part.value.toLowerCase());
  }
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const days of [-1, 0, 1]) {
    const word = relative.format(days, 'day');
    if (!/\d/.test(word)) words.add(word.toLowerCase());
  }
  return [...words];
}
