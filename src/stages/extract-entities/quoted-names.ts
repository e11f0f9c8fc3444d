import type { Span } from '../../doc/news-doc.js';
import { lookupName } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../text/name-key.js';
import { isCapitalised } from '../../text/tokens.js';
import type { Mention, Region } from './extract-mentions.js';
import type { Lexicon } from './lexicon.js';

/** Quoted names are short (unit: words). */
const MAX_QUOTED_NAME_WORDS = 7;

/**
 * Names in quotation marks after an organisation word: "the movement
 * «Democratic Choice of Kazakhstan»", "le mouvement « Choix démocratique du
 * Kazakhstan »" (French capitalises only the first word of such names).
 */
export function findQuotedNames(text: string, region: Region, lexicon: Lexicon, mentions: Mention[]): Span[] {
  const covered: Span[] = [];
  for (const [start, end] of region.sentences) {
    for (const match of text.slice(start, end).matchAll(lexicon.quotedName)) {
      const name = match.groups!.name!.trim();
      if (!isCapitalised(name) || name.split(/\s+/).length > MAX_QUOTED_NAME_WORDS) continue;
      const at = start + match.index + match[0].indexOf(name);
      const span: Span = [at, at + name.length];
      mentions.push({ span, text: name, type: 'organization', known: lookupName(name)?.canonical ?? null, title: null, inComments: region.inComments, joinedWith: null, weak: false, surnameKey: nameKey(name) });
      covered.push(span);
    }
  }
  return covered;
}
