// Parsers of dictionary articles into senses, and the gloss filter that keeps a translation
// only when it is a short lexical item: { heads, senses: [{ marked, items }] } per article.

/** Longest gloss kept, in words ("make up one's mind" is dropped, "house music" kept). */
export const MAX_GLOSS_WORDS = 3;

// Placeholders of valency in glosses: "jdm. etw. geben", "to give sb. sth.", "donner qc à qn".
const PLACEHOLDERS = /(^|\s)(sb|sth|smb|smth|so|jdn|jdm|jds|jd|etw|qn|qc|qqn|qqch|algo|alguien|кого-л|что-л|кому-л|чего-л|чему-л|чем-л|кем-л)\.?(?=\s|$)/giu;
// Leading function words of a gloss: the infinitive marker and articles ("to govern", "the state").
const LEADING_WORDS = {
  en: /^(to|a|an|the)\s+/u,
  de: /^(der|die|das|sich)\s+/u,
  fr: /^(le|la|les|se)\s+|^(l'|s')/u,
  es: /^(el|la|los|las|se)\s+/u,
  ru: /^$/u,
  uk: /^$/u,
};
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'-]*$/u;

/**
 * A gloss reduced to a concept-shaped key ("to ship (goods)" → "ship", "house music" →
 * "house_music"), or '' when it is a long phrase, a fragment ("Haus…") or not words.
 */
export function cleanGloss(text, language) {
  if (/…|\.\.\./u.test(text)) return '';
  let gloss = text
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/gu, ' ')
    .replace(PLACEHOLDERS, ' ')
    .replace(/[!?;:"«»„“”]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/[’ʼ]/gu, "'");
  for (let again = true; again; ) {
    const next = gloss.replace(LEADING_WORDS[language] ?? /^$/u, '');
    again = next !== gloss && next.length > 0;
    gloss = next;
  }
  const words = gloss.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_GLOSS_WORDS) return '';
  if (!words.every((word) => WORD.test(word))) return '';
  return words.join('_');
}

/** Splits a list of translations on commas and semicolons outside brackets. */
export function splitItems(line) {
  const items = [];
  let depth = 0;
  let current = '';
  for (const char of line) {
    if ('([{<'.includes(char)) depth += 1;
    if (')]}>'.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === ';')) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter(Boolean);
}

/** Headword variants of a dictd header line: "abstracto, abstracta /…/ <adj>" → both forms. */
function headwords(header) {
  const bare = header.replace(/\s\/.*$/u, '').replace(/<[^>]*>/gu, '').trim();
  if (bare.endsWith('…')) return [];
  return bare.split(/,\s*/u).map((head) => head.trim().toLowerCase()).filter(Boolean);
}

// Ding marks domain and register in brackets ending with a dot: [naut.], [pol.], [ugs.].
const DING_MARK = /\[[^\]]*\.\]/u;
const DING_STOP = /^\s*("|Synonyms?:|see:|Note:)/u;

/** A Ding (deu-eng, eng-deu) article: the lines after the header up to the examples. */
export function parseDing(text) {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  const grammar = /<([^>]*)>\s*$/u.exec(header)?.[1] ?? '';
  const senses = [];
  for (const line of lines.slice(1)) {
    if (!line.trim() || DING_STOP.test(line)) break;
    // "government <n>Gov., /ɡˈoːf/ Govt.": what follows the grammar marker is an abbreviation.
    const items = splitItems(line).map((item) => item.replace(/<.*$/u, ''));
    senses.push({ marked: DING_MARK.test(line), items });
  }
  // A plural's own article ("Staaten <pl>": countries) is read, and ranked after the senses of a lemma of the same
  // spelling ("Stellen" must not give the verb "stellen" the senses of "Stelle").
  return { heads: headwords(header), senses, verb: /^v\b/u.test(grammar), noun: /^\p{Lu}/u.test(header), plural: grammar === 'pl' };
}

/**
 * A WikDict or FreeDict article: numbered senses ("1. dériver") or, unnumbered, the line
 * after the header; the other lines are definitions in the source language and are skipped.
 */
export function parseFreedict(text) {
  const lines = text.split('\n');
  const numbered = lines.slice(1).filter((line) => /^\d+\.\s/u.test(line));
  const translationLines = numbered.length > 0 ? numbered : lines.slice(1, 2);
  const senses = translationLines.map((line) => ({
    marked: false,
    items: splitItems(line.replace(/^\d+\.\s+/u, '').replace(/\s+\d+\.$/u, '')),
  }));
  return { heads: headwords(lines[0] ?? ''), senses };
}

// Mueller marks domain and register with an underscore before a sense's translations: "5) _грам.
// управление" (markers inside its usage examples do not mark the sense).
const MUELLER_MARK = /^\s*(\([^)]*\)\s*)?_[^\s.]+\./u;

/**
 * A Mueller (en→ru) article: senses numbered "1)" (or the whole body when unnumbered); within a
 * sense, items are separated by ";" and ","; items holding Latin letters are usage examples.
 */
export function parseMueller(text) {
  const [header = '', ...rest] = text.split('\n');
  const body = rest.join(' ').replace(/\[[^\]]*\]/gu, ' ');
  // Senses are "1)"; parts of speech "1." (whose text, before any "1)", is a sense too: "1. крейсер").
  const senseTexts = body.split(/\s\d+\)\s?|\s\d+\)(?=\S)/u).map((part) => part.replace(/(^|\s)\d+\.(?=\s)/gu, ' '));
  const senses = [];
  for (const senseText of senseTexts) {
    const marked = MUELLER_MARK.test(senseText);
    const items = splitItems(senseText.replace(/_[^\s.]+\./gu, ' ')).filter((item) => !/[a-z]/iu.test(item));
    if (items.length > 0) senses.push({ marked, items });
  }
  return { heads: headwords(header), senses };
}

// British spellings and their American forms, for words of at least 6 letters (shorter ones
// collide: "four"/"for"): colour → color, centre → center, defence → defense, analyse → analyze.
const BRITISH_ENDINGS = [
  [/isation$/u, 'ization'],
  [/ise$/u, 'ize'],
  [/yse$/u, 'yze'],
  [/our$/u, 'or'],
  [/tre$/u, 'ter'],
  [/ence$/u, 'ense'],
  [/ogue$/u, 'og'],
];
/** Shortest word whose British ending is rewritten, in letters. */
const MIN_RESPELLED_LETTERS = 6;

/**
 * One spelling per English concept, so that dictionaries of both spellings meet: hyphens dropped
 * ("co-operation" → "cooperation", "e-mail" → "email") and British endings made American, on
 * each word of a multiword concept. A pure function of the word: applied to every concept alike.
 */
export function canonicalEnglish(concept) {
  return concept
    .split('_')
    .map((word) => {
      const joined = word.replace(/-/gu, '');
      if (joined.length < MIN_RESPELLED_LETTERS) return joined || word;
      const rule = BRITISH_ENDINGS.find(([ending]) => ending.test(joined));
      return rule ? joined.replace(rule[0], rule[1]) : joined;
    })
    .join('_');
}
