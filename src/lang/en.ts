import { cue } from './name-pattern.js';
import type { LanguageTable } from './types.js';

/** English. */
export const en: LanguageTable = {
  code: 'en',
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: {
    sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
    thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
  },
  bylinePrefixes: ['by', 'written by', 'reporting by', 'author:'],
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Prof', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Gov',
    'Sen', 'Rep', 'Rev', 'Hon', 'Inc', 'Ltd', 'Co', 'Corp', 'vs', 'No', 'Nos', 'approx', 'est', 'Mt', 'Ft',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    'U.S', 'U.K', 'U.N', 'e.g', 'i.e', 'a.m', 'p.m',
  ],
  boilerplate: {
    related: [/^(read|see) (also|more)\b/i, /^related( articles?| stories| news)?\s*:/i, /^recommended\s*:/i, /^more on this( story)?\s*:?$/i, /^you (may|might) (also )?(like|be interested)/i],
    photoWords: ['photo', 'photos', 'image', 'picture', 'video', 'credit', 'photograph'],
    form: [
      'Leave a Reply', 'Leave a comment', 'Post a comment', 'Add a comment', 'Fill in your details below',
      'You are commenting using your', 'Connecting to %s', 'This site uses Akismet', 'Notify me of',
      'Cancel reply', 'Sign in', 'Log in', 'Sign up', 'Subscribe to', 'Enter your email', 'Your email address will not be published',
      'Required fields are marked', 'Save my name, email', /^(twitter|facebook|google|wordpress\.com) (picture|photo)$/i,
      /^comment\s*$/i, /^name\s*\*?$/i, /^email\s*\*?$/i, /^website$/i, 'Post Comment', 'Sign me up',
    ],
    share: ['Share this', 'Share on', 'Tweet', 'Share:', 'Share', 'Click to share', 'Email this', 'Print this', 'Follow us', 'Like this:', 'Like Loading'],
    ad: ['Advertisement', 'Sponsored', 'Sponsored content', 'Ad', 'Promoted', 'Story continues below'],
    mostRead: ['Most read', 'Most popular', 'Trending', 'Top stories', 'Latest news', 'More from', 'Popular now', "Editor's picks"],
    commentHeadings: [/^\d+ (comments?|responses?|replies)\b/i, /^comments?\s*(\(\d+\))?$/i, /^responses?$/i, /^(show|view|load) (all )?comments/i],
    commentUi: ['Reply', /^liked by \d+ (people|person)$/i, /^like$/i, /^loading\.*$/i, /^report( comment)?$/i, /^\d+ (likes?|replies)$/i],
    footer: [/^(\(c\)|©|copyright\b)/i, 'All rights reserved', 'Terms of use', 'Privacy policy', 'Cookie policy', 'Contact us', 'About us'],
    truncation: [/^(continue|keep) reading\b/i, /^read (the )?(full|more|rest)\b/i, /^(subscribe|sign in|log in) to (continue|read)/i, /^this (article|content) is (only )?(available|for) (to )?subscribers/i],
    commentAuthorSuffixes: ['says:', 'said:', 'wrote:', 'replied:'],
  },
  entities: {
    functionWords: ['do', 'does', 'did', 'not', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'after', 'before', 'during', 'since', 'according', 'earlier', 'later', 'however', 'meanwhile', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'so', 'soon', 'now', 'then', 'there', 'here', 'what', 'who', 'which', 'let', 'yes', 'no', 'nice', 'also', 'in', 'people', 'members', 'local', 'citizens', 'international', 'protests', 'officials', 'last', 'next', 'on', 'over', 'under', 'about', 'more', 'many', 'some', 'all', 'each', 'both', 'another', 'other', 'one', 'two', 'three', 'mr', 'mrs', 'ms', 'president', 'live', 'read', 'photo', 'video', 'update', 'breaking'],
    personTitles: ['president', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'prime minister', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'general', 'colonel', 'king', 'queen', 'prince', 'pope', 'chancellor', 'ambassador', 'judge', 'captain'],
    roleNouns: ['banker', 'businessman', 'businesswoman', 'financier', 'activist', 'leader', 'president', 'minister', 'oppositionist', 'politician', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'head', 'ex-head', 'chief', 'director', 'mayor', 'governor', 'official', 'diplomat', 'journalist', 'analyst', 'expert', 'lawyer', 'owner', 'founder', 'ceo', 'deputy', 'senator', 'general', 'commander', 'prosecutor', 'judge', 'secretary', 'ambassador', 'dissident', 'tycoon', 'oligarch', 'blogger', 'candidate', 'prime minister', 'partner', 'captain', 'master', 'operator'],
    organizationWords: ['bank', 'ministry', 'committee', 'agency', 'party', 'movement', 'council', 'union', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'organization', 'organisation', 'alliance', 'directorate', 'department', 'office', 'service', 'court', 'parliament', 'duma', 'assembly', 'government', 'university', 'institute', 'foundation', 'fund', 'association', 'federation', 'army', 'police', 'shipping', 'news', 'press', 'media', 'channel', 'tv', 'radio', 'times', 'post', 'airlines', 'authority', 'commission'],
    placeWords: ['region', 'city', 'province', 'district', 'oblast', 'republic', 'street', 'square', 'river', 'sea', 'lake', 'mountains', 'island', 'strait', 'canal', 'port', 'airport'],
    nameConnectors: ['of', 'for', 'and', 'the', 'de', 'van', 'von', 'al', 'bin'],
    determiners: ['a', 'an', 'the'],
    personPronouns: ['he', 'she', 'him', 'her', 'his'],
    relativePronouns: ['who', 'which', 'whose', 'whom', 'that'],
    indefiniteArticles: ['a', 'an'],
  },
  speech: {
    verbs: ['said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'wrote', 'writes', 'explained', 'elaborated', 'claimed', 'claims', 'noted', 'asked', 'clarified', 'specified', 'assured', 'assures', 'accused', 'warned', 'insisted', 'argued', 'announced', 'declared', 'stressed', 'emphasized', 'emphasised', 'replied', 'continued', 'maintains', 'maintained', 'believes', 'alleged', 'confirmed', 'denied', 'admitted', 'reported', 'posted', 'tweeted', 'recalled', 'promised', 'suggested', 'urged'],
    complementizers: ['that'],
    accordingTo: ['according to', 'in the words of'],
    quoteMarks: [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»']],
  },
  citationCues: [
    { pattern: cue(String.raw`\b(?:told|tells|telling)\s+(?:the\s+)?{source}`) },
    { pattern: cue(String.raw`\b(?:[Ii]nterview|conversation|talk|[Ss]peaking)\s+(?:with|to)\s+(?:the\s+)?{source}`) },
    { pattern: cue(String.raw`\b(?:[Aa]ccording to|reported by|as reported by|cited by|quoted by|citing|reports?|reported)\s+(?:the\s+)?{source}`) },
    { pattern: cue(String.raw`\b(?:dubbed|described|called|labell?ed|named|branded)\b[^.;]{0,80}?\bby\s+(?:the\s+)?{source}`) },
    { pattern: cue(String.raw`\b[Oo]n the air of (?:the\s+)?{source}(?:\s+TV)?\s+(?:channel|radio|station)`) },
    { pattern: cue(String.raw`\b(?:[Oo]n|[Ii]n) (?:his|her|their|its|the) {source} (?:page|account|post|channel|profile|blog)`) },
    { pattern: cue(String.raw`\b(?:[Oo]n|[Ii]n) (?:a|an) {source} (?:post|video|broadcast|statement)`) },
  ],
};
