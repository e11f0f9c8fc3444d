import { languages, languageTable } from '../../lang/index.js';
import type { LanguageTable } from '../../lang/index.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { boundedMemo } from '../../text/memo.js';

/** The word sets extraction reads, built once per language from its table. */
export interface Lexicon {
  /** The language's code, or null for the union of all tables. */
  language: string | null;
  /** The script the language is written in, where one table is read. */
  script: 'Latin' | 'Cyrillic' | null;
  /** Letters of the language's own script, where its news writes foreign people's names in it (see LexiconTable.namesInOwnScript); else null. */
  ownScriptLetter: RegExp | null;
  functionWords: Set<string>;
  titles: Set<string>;
  roleNouns: Set<string>;
  organizationWords: Set<string>;
  placeWords: Set<string>;
  placePrepositions: Set<string>;
  /** Endings of place names ("-овка", "-ville"), longest first. */
  placeEndings: readonly string[];
  /** Prepositions of place that almost never come before a person's name ("in", "в"). */
  placeOnlyPrepositions: Set<string>;
  placeArticles: Set<string>;
  /** Lower-case kinds of places that open a place's name ("lac", "río"), as written. */
  placeKindsInNames: Set<string>;
  /** Lower-case kinds of teams and bodies that open their name ("сборная", "selección de fútbol"). */
  organizationKindsInNames: Set<string>;
  /** Lower-case kinds of events and eras that open their name ("bataille", "dynastie"). */
  otherKindsInNames: Set<string>;
  /** The words after the first of each of these kinds ("de fútbol"; '' for a kind of one word): what a phrase must end with to be one. */
  kindEndings: Set<string>;
  /** Words, as written, that open the names of clubs and teams ("FC", "Real"). */
  organizationHeads: Set<string>;
  /** Words, as written, that end the names of clubs and firms ("United", "Calcio"). */
  organizationTails: Set<string>;
  /** Articles that open a name when capitalised inside a sentence ("the", "los", "le"). */
  nameArticles: Set<string>;
  /** Abbreviations that are part of the name after them ("St", "Mt"), as written. */
  nameAbbreviations: Set<string>;
  productWords: Set<string>;
  connectors: Set<string>;
  conjunctions: Set<string>;
  determiners: Set<string>;
  personPronouns: Set<string>;
  relativePronouns: Set<string>;
  indefiniteArticles: Set<string>;
  /** Month and weekday names of every language: never names of entities. */
  calendar: Set<string>;
  /** One-word speech verbs ("said", "заявил"); several-word ones are in `speechPhrases`. */
  speechVerbs: Set<string>;
  speechPhrases: string[];
  /** First words of the several-word speech verbs, to test a token cheaply. */
  speechPhraseStarts: Set<string>;
  complementizers: Set<string>;
  /** One-word "according to" markers ("selon", "laut"). */
  accordingTo: Set<string>;
  accordingToPhrases: string[];
  /** Every "according to" marker as one pattern (global, case-insensitive). */
  accordingToPattern: RegExp;
  /** A comma and a contrast word ("…, although", "…, aunque"): where one reported statement ends and another begins. */
  contrastBreak: RegExp;
  quoteMarks: ReadonlyArray<readonly [string, string]>;
  /** An organisation word followed by a quoted name: group `name`. */
  quotedName: RegExp;
  capitalizesNouns: boolean;
  adjectiveLedNames: boolean;
  inflection: { endings: readonly string[]; nominatives: readonly string[] } | null;
}

/**
 * Words and names whose answers are remembered, per function and lexicon (unit: entries): the finder asks the same
 * questions of a name at each of its occurrences, and of the same names across a batch.
 */
const ANSWERS_KEPT = 50_000;

/**
 * Memoises a function of a string and a lexicon: one bounded cache per lexicon (see boundedMemo), so that a word is
 * looked up as it is. For answers that depend on nothing else: the words beside a name are asked about apart.
 */
export function lexiconMemo<T>(compute: (key: string, lexicon: Lexicon) => T, size = ANSWERS_KEPT): (key: string, lexicon: Lexicon) => T {
  const memos = new WeakMap<Lexicon, (key: string) => T>();
  return (key, lexicon) => {
    let memo = memos.get(lexicon);
    if (!memo) memos.set(lexicon, (memo = boundedMemo((k) => compute(k, lexicon), size)));
    return memo(key);
  };
}

/** Role nouns this long are also found at the end of compounds where nouns compound ("Werksdirektor"). */
const MIN_COMPOUND_ROLE = 5;

/** True when a word names a role or title ("banker", "President", and in German compounds "Werksdirektor"). */
export function isRoleWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.roleNouns.has(lower) || lexicon.titles.has(lower)) return true;
  return lexicon.capitalizesNouns && compoundRole(lower, lexicon);
}

const compoundRole = lexiconMemo((lower, lexicon) => [...lexicon.roleNouns].some((role) => role.length >= MIN_COMPOUND_ROLE && lower.endsWith(role)));

/** True when a word names a kind of product ("tanker"; in German compounds "Massengutfrachter"). */
export function isProductWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.productWords.has(lower)) return true;
  return lexicon.capitalizesNouns && compoundProduct(lower, lexicon);
}

const compoundProduct = lexiconMemo((lower, lexicon) => [...lexicon.productWords].some((kind) => kind.length >= MIN_COMPOUND_ROLE && lower.endsWith(kind)));

const cache = new Map<string | null, Lexicon>();
const calendar = new Set(languages.flatMap((t) => [...Object.keys(t.months), ...Object.keys(t.weekdays)]));

/** The lexicon of a language; for an unknown language, the union of all tables. */
export function lexiconFor(code: string | null): Lexicon {
  let lexicon = cache.get(code);
  if (!lexicon) {
    const own = languageTable(code);
    lexicon = build(own ? [own] : languages);
    cache.set(code, lexicon);
  }
  return lexicon;
}

function build(tables: readonly LanguageTable[]): Lexicon {
  const set = (pick: (t: LanguageTable) => readonly string[]) => new Set(tables.flatMap(pick).map((w) => w.toLowerCase()));
  const speech = tables.flatMap((t) => t.speech.verbs);
  const according = tables.flatMap((t) => t.speech.accordingTo);
  // Some languages' organisation and place words ("Bank", "Group", "Records") are borrowed into names in every language.
  const lenders = languages.filter((t) => t.entities.lendsNameWords);
  const organizationWords = new Set([...set((t) => t.entities.organizationWords), ...lenders.flatMap((t) => t.entities.organizationWords)]);
  const placeKindsInNames = set((t) => t.entities.placeKindsInNames ?? []);
  const organizationKindsInNames = set((t) => t.entities.organizationKindsInNames ?? []);
  const otherKindsInNames = set((t) => t.entities.otherKindsInNames ?? []);
  return {
    language: tables.length === 1 ? tables[0]!.code : null,
    script: tables.length === 1 ? (tables[0]!.lexicon?.script ?? null) : null,
    ownScriptLetter: tables.length === 1 && tables[0]!.lexicon?.namesInOwnScript ? new RegExp(`\\p{Script=${tables[0]!.lexicon.script}}`, 'u') : null,
    functionWords: set((t) => t.entities.functionWords),
    titles: set((t) => t.entities.personTitles),
    roleNouns: set((t) => t.entities.roleNouns),
    organizationWords,
    // So are English place words ("Marin County", "Skywalker Ranch").
    placeWords: new Set([...set((t) => t.entities.placeWords), ...lenders.flatMap((t) => t.entities.placeWords)]),
    placePrepositions: set((t) => t.entities.placePrepositions ?? []),
    placeEndings: [...set((t) => t.entities.placeEndings ?? [])].sort((a, b) => b.length - a.length),
    placeOnlyPrepositions: set((t) => t.entities.placeOnlyPrepositions ?? []),
    placeArticles: set((t) => t.entities.placeArticles ?? []),
    placeKindsInNames,
    organizationKindsInNames,
    otherKindsInNames,
    kindEndings: new Set([...placeKindsInNames, ...organizationKindsInNames, ...otherKindsInNames].map((kind) => kind.split(' ').slice(1).join(' '))),
    nameArticles: set((t) => t.entities.nameArticles ?? []),
    nameAbbreviations: new Set(tables.flatMap((t) => t.entities.nameAbbreviations ?? [])),
    organizationTails: new Set([...tables, ...lenders].flatMap((t) => t.entities.organizationTails ?? [])),
    organizationHeads: new Set([...tables, ...lenders].flatMap((t) => t.entities.organizationHeads ?? [])),
    productWords: set((t) => t.entities.productWords ?? []),
    connectors: set((t) => t.entities.nameConnectors),
    conjunctions: set((t) => t.entities.nameConjunctions ?? []),
    determiners: set((t) => t.entities.determiners),
    personPronouns: set((t) => t.entities.personPronouns),
    relativePronouns: set((t) => t.entities.relativePronouns),
    indefiniteArticles: set((t) => t.entities.indefiniteArticles),
    calendar,
    speechVerbs: new Set(speech.filter((v) => !v.includes(' '))),
    speechPhrases: speech.filter((v) => v.includes(' ')),
    speechPhraseStarts: new Set(speech.filter((v) => v.includes(' ')).map((v) => v.split(' ')[0]!)),
    complementizers: set((t) => t.speech.complementizers),
    accordingTo: new Set(according.filter((v) => !v.includes(' '))),
    accordingToPhrases: according.filter((v) => v.includes(' ')),
    accordingToPattern: new RegExp(`(?<![\\p{L}])(?:${[...according].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu'),
    contrastBreak: new RegExp(`,\\s*(?:${tables.flatMap((t) => t.speech.contrast).sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|') || '(?!)'})(?![\\p{L}])`, 'iu'),
    quoteMarks: tables.flatMap((t) => t.speech.quoteMarks),
    capitalizesNouns: tables.length === 1 && tables[0]!.entities.capitalizesNouns === true,
    adjectiveLedNames: tables.length === 1 && tables[0]!.entities.adjectiveLedNames === true,
    inflection: tables.length === 1 ? (tables[0]!.entities.inflection ?? null) : null,
    quotedName: new RegExp(
      String.raw`(?<![\p{L}])(?:${[...organizationWords].map(escapeRegExp).join('|')})(?:\s+[\p{L}'’]+){0,4}\s*[«"“„]\s*(?<name>[^«»"“”„\n]{2,80}?)\s*[»"”“]`,
      'giu',
    ),
  };
}
