import { cue } from './name-pattern.js';
import type { LanguageTable } from './types.js';

/** German. */
export const de: LanguageTable = {
  code: 'de',
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5,
    juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, dezember: 12, dez: 12,
  },
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  bylinePrefixes: ['von', 'autor:', 'autorin:'],
  abbreviations: ['Dr', 'Prof', 'Hr', 'Fr', 'Nr', 'St', 'z.B', 'u.a', 'bzw', 'ca', 'd.h', 'v.a', 'Mio', 'Mrd', 'Jan', 'Feb', 'Apr', 'Aug', 'Sept', 'Okt', 'Nov', 'Dez', 'vgl', 'ggf', 'inkl', 'evtl', 'geb', 'Str', 'Abs', 'Bd', 'S'],
  boilerplate: {
    related: [/^(lesen|sehen) sie (auch|mehr)\b/iu, /^mehr zum thema\b/iu, /^auch interessant\s*:/iu, /^das könnte sie auch interessieren/iu, /^weiterlesen\b/iu, /^zum thema\s*:/iu],
    photoWords: ['foto', 'fotos', 'bild', 'bildquelle', 'video'],
    form: ['Kommentar schreiben', 'Kommentar verfassen', 'Anmelden', 'Registrieren', 'Einloggen', 'Newsletter abonnieren', 'Jetzt abonnieren', 'Ihre E-Mail-Adresse wird nicht veröffentlicht', 'Antworten abbrechen'],
    share: ['Teilen', 'Twittern', 'Drucken', 'Per E-Mail versenden', 'Folgen Sie uns'],
    ad: ['Anzeige', 'Werbung', 'Gesponsert'],
    mostRead: ['Meistgelesen', 'Meistgelesene Artikel', 'Am meisten gelesen', 'Top-Themen', 'Neueste Artikel'],
    commentHeadings: [/^\d+ kommentare?\b/iu, /^kommentare\s*(\(\d+\))?$/iu, /^leserkommentare\b/iu],
    commentUi: ['Antworten', 'Melden', /^gefällt mir\s*\d*$/iu],
    footer: [/^(\(c\)|©|copyright\b)/iu, 'Alle Rechte vorbehalten', 'Impressum', 'Datenschutz', 'Nutzungsbedingungen'],
    truncation: [/^weiterlesen\b/iu, /^(mehr|alles) lesen\b/iu, /^(lesen sie )?den (ganzen|vollständigen) artikel/iu, /^dieser artikel ist (nur )?für abonnenten/iu, /^jetzt weiterlesen\b/iu],
    commentAuthorSuffixes: ['sagt:', 'schreibt:', 'schrieb:'],
  },
  citationCues: [
    { pattern: cue(String.raw`(?<![\p{L}])(?:berichtet|berichtete|meldet|meldete)\s+(?:der|die|dem|das)?\s*(?:Nachrichtenagentur\s+|Zeitung\s+|Agentur\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:sagte|sagt|erklärte)\s+(?:der|dem)\s+(?:Nachrichtenagentur\s+|Zeitung\s+|Agentur\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:wie|laut|nach Angaben (?:der|des|von)|zufolge)\s+(?:der|die|dem|das)?\s*(?:Nachrichtenagentur\s+|Zeitung\s+|Agentur\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:im|in einem) (?:Interview|Gespräch) mit\s+(?:der|dem|den)?\s*(?:Nachrichtenagentur\s+|Zeitung\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])auf (?:seiner|ihrer|der) {source}-?(?:Seite|Profil)`) },
  ],
};
