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
  entities: {
    functionWords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'er', 'sie', 'es', 'wir', 'ich', 'sein', 'seine', 'ihr', 'ihre', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'vor', 'seit', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'laut', 'während', 'und', 'oder', 'aber', 'wenn', 'als', 'wie', 'so', 'auch', 'dann', 'jetzt', 'heute', 'gestern', 'nun', 'doch', 'lesen', 'foto', 'mehr', 'rund', 'etwa', 'die', 'nach', 'schiffe', 'menschen', 'behörden', 'verkehr'],
    personTitles: ['präsident', 'präsidentin', 'herr', 'frau', 'dr', 'prof', 'minister', 'ministerin', 'kanzler', 'kanzlerin', 'bürgermeister', 'general', 'könig', 'papst', 'botschafter', 'richter'],
    roleNouns: ['banker', 'geschäftsmann', 'unternehmer', 'finanzier', 'aktivist', 'aktivistin', 'anführer', 'chef', 'chefin', 'präsident', 'minister', 'oppositioneller', 'oppositionsführer', 'politiker', 'politikerin', 'sprecher', 'sprecherin', 'vorsitzender', 'vorsitzende', 'leiter', 'direktor', 'bürgermeister', 'gouverneur', 'beamter', 'diplomat', 'journalist', 'analyst', 'experte', 'anwalt', 'besitzer', 'gründer', 'abgeordneter', 'senator', 'general', 'kommandeur', 'staatsanwalt', 'richter', 'sekretär', 'botschafter', 'dissident', 'oligarch', 'blogger', 'kandidat', 'partner', 'kapitän'],
    organizationWords: ['bank', 'ministerium', 'ausschuss', 'komitee', 'agentur', 'nachrichtenagentur', 'partei', 'bewegung', 'rat', 'union', 'unternehmen', 'konzern', 'gesellschaft', 'gruppe', 'organisation', 'bündnis', 'behörde', 'küstenschutzbehörde', 'amt', 'dienst', 'gericht', 'parlament', 'regierung', 'universität', 'institut', 'stiftung', 'fonds', 'verband', 'armee', 'polizei', 'reederei'],
    placeWords: ['region', 'stadt', 'provinz', 'bezirk', 'gebiet', 'republik', 'straße', 'platz', 'fluss', 'meer', 'see', 'insel', 'meerenge', 'kanal', 'hafen', 'flughafen'],
    nameConnectors: ['von', 'van', 'der', 'de', 'und', 'für'],
    determiners: ['ein', 'eine', 'der', 'die', 'das', 'dem', 'den', 'ehemalige', 'ehemaliger', 'frühere', 'früherer'],
    personPronouns: ['er', 'sie', 'ihm', 'ihn'],
    relativePronouns: ['der', 'die', 'das', 'welcher', 'welche', 'welches', 'dessen', 'deren'],
    indefiniteArticles: ['ein', 'eine', 'einen', 'einem', 'einer'],
    capitalizesNouns: true,
  },
  speech: {
    verbs: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'schrieb', 'schreibt', 'fügte', 'teilte', 'berichtete', 'behauptete', 'behauptet', 'versicherte', 'warnte', 'meinte', 'kündigte', 'bestätigte', 'räumte', 'so'],
    complementizers: ['dass', 'daß'],
    accordingTo: ['laut', 'nach angaben von', 'zufolge', 'nach worten von'],
    quoteMarks: [['„', '“'], ['»', '«'], ['“', '”'], ['"', '"'], ['‚', '‘']],
  },
  citationCues: [
    { pattern: cue(String.raw`(?<![\p{L}])(?:berichtet|berichtete|meldet|meldete)\s+(?:der|die|dem|das)?\s*(?:Nachrichtenagentur\s+|Zeitung\s+|Agentur\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:sagte|sagt|erklärte)\s+(?:der|dem)\s+(?:Nachrichtenagentur\s+|Zeitung\s+|Agentur\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:wie|laut|nach Angaben (?:der|des|von)|zufolge)\s+(?:der|die|dem|das)?\s*(?:Nachrichtenagentur\s+|Zeitung\s+|Agentur\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:im|in einem) (?:Interview|Gespräch) mit\s+(?:der|dem|den)?\s*(?:Nachrichtenagentur\s+|Zeitung\s+|Sender\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])auf (?:seiner|ihrer|der) {source}-?(?:Seite|Profil)`) },
  ],
};
