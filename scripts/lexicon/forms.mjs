// Inflected forms a Hunspell dictionary lists as stems of their own, with the lemma they are forms of: English
// irregular verbs ("said" → say, "took" → take), read from the headers of Ding's English-German articles, which
// give a verb's past and participle: "say sth. /sˈeɪ/ (said /sˈɛd/ <>, said /sˈɛd/ <>)". One line a form:
// `form\tlemma [lemma…]`, sorted in code-unit order (src/lexicon/lemma.js reads them as other readings of a word).
import { readDictd } from './concepts-read.mjs';

const HEADER = /^([a-z]+)(?: (?:sth|sb|oneself|one's)\.?)*\s*\/[^/]*\/\s*\(([^)]*)\)/u;

/** The irregular forms of the verbs of a Ding dictionary (freedict-eng-deu) → their lemmas. */
export function compileIrregularForms(dictdBase) {
  const lemmas = new Map();
  for (const { text } of readDictd(dictdBase)) {
    const match = HEADER.exec(text.slice(0, text.indexOf('\n')));
    if (!match) continue;
    const [, lemma, formsText] = match;
    const forms = formsText.split(/[,;]/u).map((form) => form.replace(/\/[^/]*\//gu, '').replace(/<[^>]*>/gu, '').trim());
    for (const form of forms.flatMap((f) => f.split(/\s*\/\s*|\s+or\s+/u))) {
      if (!/^[a-z]+$/u.test(form) || form === lemma) continue;
      if (!lemmas.has(form)) lemmas.set(form, new Set());
      lemmas.get(form).add(lemma);
    }
  }
  return [...lemmas.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((form) => `${form}\t${[...lemmas.get(form)].join(' ')}`)
    .join('\n');
}
