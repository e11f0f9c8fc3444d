import { declaredCode, languages } from '../lang/index.js';
import type { RawRecord } from '../read/read-inputs.js';

/** Characters of a record's text read for its hint (unit: characters): a few sentences name their language. */
const HINT_CHARS = 1500;
/** A page's declared language: the `lang` of its `html` element ("en", "de-DE"), searched for in its first characters. */
const HTML_LANG = /<html\b[^>]*?\blang\s*=\s*["']?([a-z]{2})\b/i;
/** Characters of a page's source searched for its `html` element (unit: characters). */
const HTML_LANG_CHARS = 4000;
/** Characters of a page's source searched for that much text, from its body on (unit: characters). */
const HINT_SOURCE_CHARS = 10_000;
/** Function words of its own a language must have in the sample, and more than any other, to be the hint (unit: words). */
const MIN_HITS = 3;
/** A language with this many is the hint without reading further: the first to get there has more than any other (unit: words). */
const ENOUGH_HITS = 8;
/**
 * A script, style or comment's content, then any tag: what a page's source holds besides its text. One left open runs
 * to the end, so that no input makes the search start over from each of its openings.
 */
const MARKUP = /<script\b[\s\S]*?(?:<\/script\s*>|$)|<style\b[\s\S]*?(?:<\/style\s*>|$)|<!--[\s\S]*?(?:-->|$)|<[^>]*>?/gi;

/** Each function word that one language table alone lists ("und", "что", "що", not "в") → that language. */
let functionWords: Map<string, string> | null = null;

/**
 * A cheap guess at the language of a record before it is analysed, so that records of one language can go to the same
 * worker, whose caches of that language's words are warm: the language the input declares (a page in its `html`
 * element's `lang`), else the language whose own function words (its table's, those no other table lists) are most
 * frequent in the first sentences of its text, tags left out of a page. Null when neither says (too little text, or a
 * language without a table); the analysis decides the language anyway.
 */
export function languageHint(record: RawRecord): string | null {
  const declared = declaredCode(record.meta.language ?? (record.format === 'html' ? HTML_LANG.exec(record.content.slice(0, HTML_LANG_CHARS))?.[1] : null));
  if (declared && languages.some((table) => table.code === declared)) return declared;
  functionWords ??= indexFunctionWords();
  const counts = new Map<string, number>();
  for (const [word] of sample(record).toLowerCase().matchAll(/\p{L}+/gu)) {
    const language = functionWords.get(word);
    if (!language) continue;
    const count = (counts.get(language) ?? 0) + 1;
    if (count >= ENOUGH_HITS) return language;
    counts.set(language, count);
  }
  let best: [string, number] | null = null;
  let tied = false;
  for (const entry of counts) {
    if (best && entry[1] === best[1]) tied = true;
    else if (!best || entry[1] > best[1]) [best, tied] = [entry, false];
  }
  return best && best[1] >= MIN_HITS && !tied ? best[0] : null;
}

/** The start of a record's text: a page's source from its body on, without its markup. */
function sample(record: RawRecord): string {
  if (record.format !== 'html') return record.content.slice(0, HINT_CHARS);
  const body = record.content.search(/<body\b/iu);
  const source = record.content.slice(Math.max(0, body), Math.max(0, body) + HINT_SOURCE_CHARS);
  return source.replace(MARKUP, ' ').slice(0, HINT_CHARS);
}

function indexFunctionWords(): Map<string, string> {
  const listedBy = new Map<string, string[]>();
  for (const table of languages) {
    for (const word of new Set(table.entities.functionWords.map((w) => w.toLowerCase()))) listedBy.set(word, [...(listedBy.get(word) ?? []), table.code]);
  }
  return new Map([...listedBy].flatMap(([word, codes]) => (codes.length === 1 ? [[word, codes[0]!] as const] : [])));
}
