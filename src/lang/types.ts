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
  /** Lines that say the article goes on elsewhere: "Continue reading", paywall notices. */
  truncation: readonly Phrase[];
}

/** A pattern that names a source a document cites; group `source` captures the name. */
export interface CitationCue {
  pattern: RegExp;
  /** A fixed name when the cue names the source by itself ("on his Facebook page"). */
  name?: string;
}

/** Everything Triangulate knows about one language. Shared code reads only these tables. */
export interface LanguageTable {
  /** ISO 639-1 code. */
  code: string;
  /** Month names, abbreviations and inflected forms, lower-case, to month number 1–12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names and abbreviations, lower-case, to 0 (Sunday) – 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Words before a person's name in a byline ("by", "par", "von"). */
  bylinePrefixes: readonly string[];
  /** Tokens written with a final period that does not end a sentence (without the period). */
  abbreviations: readonly string[];
  boilerplate: BoilerplateTable;
  citationCues: readonly CitationCue[];
}
