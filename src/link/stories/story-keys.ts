import type { DocumentAnalysis } from '../../dossier/document.js';
import { nameKey } from '../../text/name-key.js';
import { spanAt } from '../../text/span-index.js';
import { languageTable } from '../../lang/index.js';
import type { Mention } from '../../stages/extract-entities/extract-mentions.js';
import type { Span } from '../../doc/news-doc.js';

/** A name key keeps this many letters of its skeleton. */
const SKELETON = 6;

/** The mentions of the article (not its comments) that are names. */
export function storyNames(analysis: Pick<DocumentAnalysis, 'language' | 'text' | 'sentences' | 'mentions'>): Mention[] {
  const opensSentence = sentenceOpenings(analysis.text, analysis.sentences);
  return analysis.mentions.filter((m) => !m.inComments && isName(m, analysis.language, opensSentence));
}

/**
 * Untyped capitalised words are names only sometimes: not one word opening a
 * sentence ("Flooding", "«Hacemos"), nor any in a language that capitalises
 * nouns ("Angaben", "Millionen Dollar").
 */
function isName(mention: Mention, language: string | null, opensSentence: (offset: number) => boolean): boolean {
  if (mention.type !== 'other') return true;
  if (languageTable(language)?.entities.capitalizesNouns) return false;
  return /\s/.test(mention.text) || !opensSentence(mention.span[0]);
}

/** Whether only punctuation stands between a sentence start and the offset. */
function sentenceOpenings(text: string, sentences: readonly Span[]): (offset: number) => boolean {
  const starts = new Set(sentences.map(([start]) => start));
  return (offset) => {
    let at = offset;
    while (at > 0 && !starts.has(at) && /[\s\p{P}]/u.test(text[at - 1]!) && offset - at < 4) at--;
    return starts.has(at);
  };
}

/**
 * The consonants of a name after each word's first letter: "Tokayev",
 * "Tokaïev", "Токаева" → "tkv"; "Kiev", "Kyiv" → "kv". Inflection and
 * romanisation change vowels far more than consonants. A person is keyed by
 * the surname alone, which is how later mentions name them.
 */
export function nameSkeleton(name: string, surnameOnly = false): string {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return (surnameOnly ? words.slice(-1) : words)
    .map((word) => {
      const key = nameKey(word);
      return (key.charAt(0) + key.slice(1).replace(/[aeiou]/g, '')).slice(0, SKELETON);
    })
    .join(' ');
}

/**
 * Anchors of each sentence from the document alone (name skeletons, figures,
 * days), for relations found as documents arrive in the store; the dossier
 * uses resolved entities instead.
 */
export function storedSentenceAnchors(analysis: Pick<DocumentAnalysis, 'language' | 'text' | 'sentences' | 'mentions' | 'quantities' | 'dates'>): Array<Set<string>> {
  const anchors = analysis.sentences.map(() => new Set<string>());
  const at = spanAt(analysis.sentences);
  const opensSentence = sentenceOpenings(analysis.text, analysis.sentences);
  for (const m of analysis.mentions) if (isName(m, analysis.language, opensSentence)) anchors[at(m.span[0])]?.add(`e:${nameSkeleton(m.known ?? m.text, m.type === 'person')}`);
  for (const q of analysis.quantities) anchors[at(q.span[0])]?.add(`n:${q.value ?? q.from}`);
  for (const d of analysis.dates) if (!d.relative && d.start.month !== null && d.start.day !== null) anchors[at(d.span[0])]?.add(`d:${d.start.month}-${d.start.day}`);
  return anchors;
}
