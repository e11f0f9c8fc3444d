import type { PatternSource } from './name-pattern.js';

/** A phrase that marks a line of boilerplate: a literal (matched case-insensitively at the start of a line) or a pattern. */
export type Phrase = string | RegExp;

/** Kinds of text that cleaning removes from the article body (the dossier's `removed[].kind`). */
export type RemovedKind =
  | 'navigation'
  | 'share'
  | 'related'
  | 'caption'
  | 'ad'
  | 'form'
  | 'credit'
  | 'title-repeat'
  | 'other';

/** Line-start phrases per boilerplate kind. */
export interface BoilerplateTable {
  /** "Read also" links: the whole line goes. */
  related: readonly Phrase[];
  /** Photo and video credits; matched anywhere in a short line or after a slash ("… / photo REUTERS"). */
  photoWords: readonly string[];
  /** Comment, login and subscription forms. */
  form: readonly Phrase[];
  /** Share and follow buttons. */
  share: readonly Phrase[];
  /** Advertising labels. */
  ad: readonly Phrase[];
  /** Headings of "most read" and similar lists: the list below them goes too. */
  mostRead: readonly Phrase[];
  /** Headings that open the reader comments. */
  commentHeadings: readonly Phrase[];
  /** Lines of comment UI inside a thread ("Reply", "Liked by 3 people"). */
  commentUi: readonly Phrase[];
  /** Footer lines: copyright, "all rights reserved", terms. */
  footer: readonly Phrase[];
  /** Phrases that end a comment author line ("John says:"). */
  commentAuthorSuffixes: readonly string[];
  /** Invitations to subscribe, follow or sign up, inside an article ("Follow us on Twitter"): the line alone goes. */
  promo: readonly Phrase[];
  /** Lines that say the article goes on elsewhere: "Continue reading", paywall notices. */
  truncation: readonly Phrase[];
  /** Lines that credit the original publisher, its name after the phrase: "Reposted from Riverside Wire", "Quelle: dpa". */
  republished: readonly Phrase[];
}

/** A pattern that names a source a document cites; group `source` captures the name. */
export interface CitationCue {
  /** Compiled by the stage (with the `g` flag it needs); a RegExp literal serves too. */
  pattern: PatternSource;
  /** A fixed name when the cue names the source by itself ("on his Facebook page"). */
  name?: string;
}

/** Words that find and describe people, organisations and places, and their speech. */
export interface EntityTable {
  /** Capitalised at a sentence start but never names: articles, pronouns, prepositions, conjunctions, adverbs (lower-case). */
  functionWords: readonly string[];
  /** Titles written before a person's name ("President", "Mr", "ministre"), lower-case. */
  personTitles: readonly string[];
  /** Nouns for what a person is ("banker", "businessman", "глава"), lower-case; they head descriptors. */
  roleNouns: readonly string[];
  /** Words that make a name an organisation ("Bank", "Ministry", "movement"), lower-case. */
  organizationWords: readonly string[];
  /** Words that make a name a place ("region", "city", "oblast"), lower-case. */
  placeWords: readonly string[];
  /** Whether names in every language borrow this language's organisation and place words ("Boston Celtics Club", "Bank"). */
  lendsNameWords?: boolean;
  /** Prepositions of place ("in", "nach", "в"): before a name nothing else types, it names a place. */
  placePrepositions?: readonly string[];
  /** Endings of place names, lower-case, inflected forms too ("-овка", "-ville"): a one-word name so ending that nothing else typed is a place. */
  placeEndings?: readonly string[];
  /** The prepositions of place that almost never come before a person's name ("in", "в"): a one-word name guessed a person after one is a place ("в Монтгомери"). */
  placeOnlyPrepositions?: readonly string[];
  /** Articles written before the names of countries, regions and rivers but never before a person's ("la Maurétanie", "l'Essex"): before a one-word name nothing else types, it names a place. */
  placeArticles?: readonly string[];
  /** Kinds of things named like products ("the tanker X", "газопровод «X»"): a name after one is a product. */
  productWords?: readonly string[];
  /** Lower-case words allowed inside a name ("of", "de", "du"). */
  nameConnectors: readonly string[];
  /** The connectors that are conjunctions ("and"): they join two names into one only when the first is not a name on its own. */
  nameConjunctions?: readonly string[];
  /** Determiners that open a descriptor ("a", "the", "un", "la"), lower-case. */
  determiners: readonly string[];
  /** Pronouns that refer to a person, lower-case. */
  personPronouns: readonly string[];
  /** Indefinite articles ("a", "un", "ein"), lower-case: "a banker" introduces someone, "the banker" refers back. */
  indefiniteArticles: readonly string[];
  /** Relative pronouns that end an apposition ("who", "qui", "который"), lower-case. */
  relativePronouns: readonly string[];
  /** True where every noun is capitalised (German): a capitalised word alone is no evidence of a name. */
  capitalizesNouns?: boolean;
  /** Endings of surnames, inflected forms included ("-ов", "-ова", "-енко", "-ський"): an unknown capitalised word so ending is a surname. */
  surnameEndings?: readonly string[];
  /** Lower-case kinds of natural and built places that are part of the name they precede ("lac Taupo", "río Misuri", "mer Noire"). */
  placeKindsInNames?: readonly string[];
  /** Lower-case kinds of teams and bodies that are part of the name they precede ("сборная России", "selección de fútbol de Japón"), lemma or phrase. */
  organizationKindsInNames?: readonly string[];
  /** Lower-case kinds of events, eras and other things that are part of the name they precede ("bataille de Carrhes", "dynastie Han"). */
  otherKindsInNames?: readonly string[];
  /** Words, as written, that open the names of clubs and teams ("FC", "Real", "Atlético", "Динамо"): the name is an organisation and keeps them. Borrowed by every language where `lendsNameWords`. */
  organizationHeads?: readonly string[];
  /** Words, as written, that end the names of clubs, teams and firms ("Sheffield United", "Spezia Calcio", "Dell Comics"). Borrowed like `organizationHeads`. */
  organizationTails?: readonly string[];
  /** Articles that open a name when capitalised inside a sentence ("Los Angeles", "The Flaming Lips", "Le Mans"), lower-case. */
  nameArticles?: readonly string[];
  /** Abbreviations, as written without their full stop, that are part of the name after them ("St. Louis", "Mt. Everest", "Ste-Foy"). */
  nameAbbreviations?: readonly string[];
  /** True where nouns compound into one word ("Ersatztorhüter", "Motorradunfall"): a word the dictionary lacks but whose tail it knows as a noun is a common noun, not a name. */
  compoundNouns?: boolean;
  /** Names of several words capitalise only a leading adjective ("Северный поток", "Балтийское море"): the noun it agrees with belongs to the name. */
  adjectiveLedNames?: boolean;
  /** Case endings to strip, longest first, and nominative endings to try, for finding inflected names ("Либерии" → "Либерия"). */
  inflection?: { endings: readonly string[]; nominatives: readonly string[] };
}

/** What a pronoun tells of the speaker it stands for. */
export type SpeakerGender = 'masculine' | 'feminine' | 'plural';

/** Words that introduce direct and reported speech. */
export interface SpeechTable {
  /** Verbs (in the forms news uses) that attribute speech: "said", "a déclaré", "заявил", lower-case. */
  verbs: readonly string[];
  /** Verbs that report a thought, belief, stance or finding but not words ("believes", "opposes", "found", "считает"), lower-case: they open reported speech, never a direct quotation. */
  thoughtVerbs: readonly string[];
  /** Subject pronouns that can name a speaker ("he", "elle", "они"), lower-case, with their gender or number. */
  speakerPronouns: Readonly<Record<string, SpeakerGender>>;
  /** Titles and role words that tell a person's gender ("mr", "mrs", "spokeswoman", "г-жа"), lower-case. */
  genderedWords: Readonly<Record<string, 'masculine' | 'feminine'>>;
  /** Words that open a reported clause right after a speech verb with no "that" ("said he", "says the"), lower-case; empty where a complementizer is required (que, что). */
  clauseOpeners: readonly string[];
  /** Speech verbs whose next words name the hearer, not what was said ("told", "asked", "urged"), lower-case. */
  addresseeVerbs: readonly string[];
  /** Nouns that make a description a speaking organisation or medium ("the newspaper", "the group", "the report"), lower-case. */
  institutionNouns: readonly string[];
  /** Words that open a reported clause after a speech verb ("that", "que", "что"), lower-case. */
  complementizers: readonly string[];
  /** Phrases before a speaker that attribute a statement ("according to", "selon", "по словам"), lower-case. */
  accordingTo: readonly string[];
  /** Pairs of quotation marks, opening then closing. */
  quoteMarks: ReadonlyArray<readonly [string, string]>;
  /** Words that set one statement against another ("although", "хотя"), lower-case. */
  contrast: readonly string[];
  /** Words that negate a statement ("no", "not", "не"), lower-case. */
  negations: readonly string[];
  /** Words that distance the writer from what they qualify ("so-called", "allegedly", "soi-disant", "так называемый"), lower-case. */
  hedges: readonly string[];
}

/** How a language writes numbers and what it counts in. */
export interface NumberTable {
  /** The decimal mark: "." (7.5) or "," (7,5). */
  decimalMark: '.' | ',';
  /** Scale words to multipliers ("billion" → 1e9, "млрд" → 1e9), lower-case. */
  scales: Readonly<Record<string, number>>;
  /** Number words ("two" → 2), lower-case. */
  words: Readonly<Record<string, number>>;
  /** Currency words (in the forms used after numbers) to ISO 4217 codes, lower-case. */
  currencies: Readonly<Record<string, string>>;
  /** Unit words to SI-style symbols ("tonnes" → "t", "metres" → "m"), lower-case. */
  units: Readonly<Record<string, string>>;
  /** Words linking a scale to its currency ("of", "de"). */
  linkers: readonly string[];
  /** Phrases before a number that make it approximate ("about", "около"), lower-case. */
  approximate: readonly string[];
  /** Phrases before a number that make it a lower bound ("more than", "plus de"), lower-case. */
  atLeast: readonly string[];
  /** Pairs that frame a range: ["from", "to"], ["от", "до"], lower-case. */
  ranges: ReadonlyArray<readonly [string, string]>;
}

/** Cyrillic-to-Latin romanisation for matching names across scripts (lower-case letter to Latin). */
export type Romanization = Readonly<Record<string, string>>;

/** Everything Triangulate knows about one language. Shared code reads only these tables. */
export interface LanguageTable {
  /** ISO 639-1 code. */
  code: string;
  /** Month names, abbreviations and inflected forms, lower-case, to month number 1–12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names and abbreviations, lower-case, to 0 (Sunday) – 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Words of relative dates ("yesterday", "last", "вчера"), lower-case: with months and weekdays, they tell which paragraphs may hold a date. */
  relativeDateWords: readonly string[];
  /** Words before a person's name in a byline ("by", "par", "von"). */
  bylinePrefixes: readonly string[];
  /**
   * Only where times are written on a 12-hour clock: the marks after the time ("1:32 PM", "7:35 a. m."), lower-case
   * without dots or spaces, to the half of the day they name.
   */
  meridiems?: Readonly<Record<string, 'am' | 'pm'>>;
  /** Tokens written with a final period that does not end a sentence (without the period). */
  abbreviations: readonly string[];
  /**
   * Only where ordinals are written as a number and a full stop ("der 15. Sieg", "am 2. Spieltag"): the words, lower-case,
   * after which such a number is an ordinal (articles, and prepositions joined with one), so that its stop ends no sentence.
   */
  ordinalOpeners?: readonly string[];
  boilerplate: BoilerplateTable;
  citationCues: readonly CitationCue[];
  entities: EntityTable;
  speech: SpeechTable;
  numbers: NumberTable;
  /** Only for languages written in Cyrillic. */
  romanization?: Romanization;
  lexicon?: LexiconTable;
}

/** How the lexicon (src/lexicon) reads a language's words. */
export interface LexiconTable {
  /** Where lemmas come from: a compiled Hunspell table (data/lexicon/hunspell/<code>.tsv.gz) or OpenCorpora through `az`. */
  morphology: 'hunspell' | 'opencorpora';
  /** The script the language is written in: a word in another script is looked up in that script's languages. */
  script: 'Latin' | 'Cyrillic';
  /** Whether its news writes foreign people's names in its own script, so that a speaker named in another script is a firm or brand ("Ryanair заявила"). */
  namesInOwnScript?: boolean;
  /** Elided words written before an apostrophe and the next word ("l'", "c'", "qu'"), lower-case, without the apostrophe. */
  elisions?: readonly string[];
  /** Inflection endings stripped from words no dictionary knows (any order: the longest that fits is used). */
  fallbackEndings: readonly string[];
  /** How this language's press writes Cyrillic names in Latin letters, e.g. German ш → "sch" (Latin-script languages). */
  cyrillicSpelling?: Readonly<Record<string, string>>;
  /** Endings of place adjectives and demonyms, stripped to find the place ("российских" → "росс" ~ "Россия"). */
  placeAdjectiveEndings?: readonly string[];
  /**
   * Plural endings of derived nouns and their singular ones (German "-ungen" → "-ung"): the morphology reads such a
   * noun as its verb ("Forderungen": fordern), the concept bridge looks its singular up too ("Forderung": demand).
   */
  derivedPlurals?: ReadonlyArray<readonly [string, string]>;
  /** Names of countries the press uses that CLDR does not give, to their ISO 3166 code ("США" → US, "Britain" → GB). */
  placeAliases?: Readonly<Record<string, string>>;
  /** The `iuliia` schema for BGN/PCGN romanisation of this language, where the package has one (Russian). */
  iuliiaSchema?: string;
}
