/**
 * `npm run bench:lexicon`: how much of real news the lexicon knows. Per language, the share of alphabetic
 * tokens of development texts that get a dictionary lemma (not the suffix fallback); per WMT21 language
 * pair, the share of a source paragraph's content lemmas whose concept appears in the same paragraph of its
 * human translation; the share of the BSNLP gold place mentions that resolve to a place id; and the cost of
 * loading all six languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { concepts } from '../lexicon/concepts.js';
import { lemmatize } from '../lexicon/lemma.js';
import { place, placeOfAdjective } from '../lexicon/places.js';
import { NAME_CONCEPT, wordConcepts } from '../lexicon/word-concepts.js';
import { languageTable } from '../lang/index.js';

const BENCH = process.argv[2] ?? join(process.cwd(), '../shared/bench');
const WORD = /\p{L}+(?:['’ʼ]\p{L}+)*/gu;
/** Words this short are mostly function words and abbreviations: the concept measure skips them (unit: letters). */
const MIN_CONTENT_WORD = 4;

interface BenchDocument {
  id: string;
  language: string;
  text: string;
}

function documents(set: string, languages: readonly string[]): BenchDocument[] {
  const gold = JSON.parse(readFileSync(join(BENCH, set, 'gold.json'), 'utf8')) as { documents: unknown };
  const entries: Array<[string, { lang: string }]> = Array.isArray(gold.documents)
    ? (gold.documents as Array<{ id: string; lang: string }>).map((d) => [d.id, d])
    : Object.entries(gold.documents as Record<string, { lang: string }>);
  return entries
    .filter(([, d]) => languages.includes(d.lang))
    .map(([id, d]) => ({ id, language: d.lang, text: readFileSync(join(BENCH, set, 'articles', `${id}.txt`), 'utf8') }));
}

function coverage(docs: readonly BenchDocument[], language: string): { share: number; tokens: number } {
  let known = 0;
  let tokens = 0;
  for (const doc of docs) {
    if (doc.language !== language) continue;
    for (const [word] of doc.text.matchAll(WORD)) {
      tokens++;
      if (lemmatize(word, language).source === 'dictionary') known++;
    }
  }
  return { share: known / Math.max(1, tokens), tokens };
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
}

/** The concepts of each content word of a text (4+ letters, not a function word, not one of the language's frequent lemmas), [] for a word with none. */
function conceptsOf(text: string, language: string, frequent: ReadonlySet<string>): Array<readonly string[]> {
  const functionWords = new Set(languageTable(language)?.entities.functionWords ?? []);
  return [...text.matchAll(WORD)]
    .map(([word]) => word)
    .filter((word) => word.length >= MIN_CONTENT_WORD && !functionWords.has(word.toLowerCase()))
    .filter((word) => !frequent.has(lemmatize(word, language).lemma.toLowerCase()))
    .map((word) => wordConcepts(word, language));
}

/** The concepts of every word of a text: a translation may say with a short or frequent word what its source says with a content word ("durch" → "par"). */
function allConcepts(text: string, language: string): Set<string> {
  return new Set([...text.matchAll(WORD)].flatMap(([word]) => wordConcepts(word, language)));
}

/** Lemmas in more than this share of a language's paragraphs are not content words (auxiliaries, pronouns, "say"). */
const FREQUENT_SHARE = 0.1;

/** The language's most frequent lemmas across the paragraphs of the texts: the words a content measure leaves out. */
function frequentLemmas(docs: readonly BenchDocument[], language: string): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const doc of docs) {
    if (doc.language !== language) continue;
    for (const paragraph of paragraphs(doc.text)) {
      total++;
      const seen = new Set([...paragraph.matchAll(WORD)].map(([word]) => lemmatize(word, language).lemma.toLowerCase()));
      for (const lemma of seen) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n > total * FREQUENT_SHARE).map(([lemma]) => lemma));
}

/** A concept's English word family, its first letters ("government", "governmental" → "gover"): a looser match, shown apart. */
const FAMILY_LETTERS = 5;
const family = (id: string) => (id.includes(':') ? id : `f:${id.slice(0, FAMILY_LETTERS)}`);

interface Overlap {
  /** Content words of the source paragraphs; those with a concept; those with a concept other than a name's. */
  words: number;
  withConcept: number;
  /** Words whose concept the aligned translation paragraph has: all, and the share of them met only by a name. */
  found: number;
  byNameOnly: number;
  familyFound: number;
  /** Control: words whose concept a paragraph of another article of the pair's languages has (the chance level). */
  controlFound: number;
  paragraphs: number;
}

/**
 * How many of a source paragraph's content words have a concept the aligned paragraph of the translation has. A word
 * with no concept at all counts as not found: the share is of all content words.
 */
function conceptOverlap(pairs: ReadonlyArray<readonly [BenchDocument, BenchDocument]>, frequent: ReadonlyMap<string, ReadonlySet<string>>): Overlap {
  const tally: Overlap = { words: 0, withConcept: 0, found: 0, byNameOnly: 0, familyFound: 0, controlFound: 0, paragraphs: 0 };
  let other: string[] = [];
  for (const [source, target] of pairs) {
    const a = paragraphs(source.text);
    const b = paragraphs(target.text);
    if (a.length !== b.length) continue;
    a.forEach((paragraph, i) => {
      tally.paragraphs++;
      const there = allConcepts(b[i]!, target.language);
      const thereFamilies = new Set([...there].map(family));
      const elsewhere = allConcepts(other.length > 0 ? other[i % other.length]! : '', target.language);
      for (const list of conceptsOf(paragraph, source.language, frequent.get(source.language)!)) {
        if (list.some((c) => elsewhere.has(c))) tally.controlFound++;
        tally.words++;
        if (list.length > 0) tally.withConcept++;
        const shared = list.filter((c) => there.has(c));
        if (shared.length > 0) tally.found++;
        if (shared.length > 0 && shared.every((c) => c.startsWith(NAME_CONCEPT))) tally.byNameOnly++;
        if (list.some((c) => thereFamilies.has(family(c)))) tally.familyFound++;
      }
    });
    other = b;
  }
  return tally;
}

function loadCost(): { cpuMs: number; rssMb: number } {
  const before = process.cpuUsage();
  for (const language of ['en', 'de', 'fr', 'es', 'ru', 'uk']) {
    lemmatize('x', language);
    concepts('x', language);
  }
  place('x', 'en');
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000, rssMb: process.memoryUsage().rss / 1e6 };
}

/** BSNLP gold place (LOC) mentions, each as written, that `place` or `placeOfAdjective` resolves to a place id. */
function placeIds(): { mentions: number; resolved: number; forms: number; formsResolved: number } {
  const gold = JSON.parse(readFileSync(join(BENCH, 'bsnlp', 'gold.json'), 'utf8')) as { documents: Array<{ id: string; lang: string }>; mentions: Array<{ doc: string; form: string; type: string }> };
  const languageOf = new Map(gold.documents.map((d) => [d.id, d.lang]));
  const seen = new Map<string, boolean>();
  let [mentions, resolved] = [0, 0];
  for (const { doc, form, type } of gold.mentions) {
    const language = languageOf.get(doc);
    if (type !== 'LOC' || !language) continue;
    const key = `${language}\t${form}`;
    if (!seen.has(key)) seen.set(key, Boolean(place(form, language) ?? placeOfAdjective(form, language)));
    mentions++;
    if (seen.get(key)) resolved++;
  }
  return { mentions, resolved, forms: seen.size, formsResolved: [...seen.values()].filter(Boolean).length };
}

function main(): void {
  const load = loadCost();
  console.log(`load all six languages: ${load.cpuMs.toFixed(0)} ms CPU, RSS ${load.rssMb.toFixed(0)} MB`);
  const sets: Array<[string, string[]]> = [['bsnlp', ['ru', 'uk']], ['wmt21', ['en', 'de', 'fr', 'ru']], ['semeval-2022', ['es']]];
  console.log('\nlanguage | texts | alphabetic tokens | dictionary lemma');
  for (const [set, languages] of sets) {
    const docs = documents(set, languages);
    for (const language of languages) {
      const { share, tokens } = coverage(docs, language);
      console.log(`${language} | ${set} | ${tokens} | ${(share * 100).toFixed(1)} %`);
    }
  }
  const wmt = documents('wmt21', ['en', 'de', 'fr', 'ru']);
  const byId = new Map(wmt.map((d) => [d.id, d]));
  const gold = JSON.parse(readFileSync(join(BENCH, 'wmt21', 'gold.json'), 'utf8')) as { pairs: Array<{ from: string; to: string; group: string }> };
  const groups = new Map<string, Array<readonly [BenchDocument, BenchDocument]>>();
  for (const pair of gold.pairs) {
    const source = byId.get(pair.to);
    const target = byId.get(pair.from);
    if (!source || !target) continue;
    const list = groups.get(pair.group) ?? [];
    list.push([source, target]);
    groups.set(pair.group, list);
  }
  const frequent = new Map(['en', 'de', 'fr', 'ru'].map((language) => [language, frequentLemmas(wmt, language)]));
  console.log(`\npair (source → translation) | aligned paragraphs | content words | with a concept | concept found in the translation | of which by a name only | control: found in another article's paragraph | its English word family found (not counted)  (content: 4+ letters, not a function word, lemma in at most ${FREQUENT_SHARE * 100} % of the language's paragraphs; a word without a concept counts as not found; found: among the concepts of any word of the aligned paragraph)`);
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
  for (const [group, pairs] of [...groups].sort()) {
    const t = conceptOverlap(pairs, frequent);
    console.log(`${group} | ${t.paragraphs} | ${t.words} | ${percent(t.withConcept, t.words)} | ${percent(t.found, t.words)} | ${percent(t.byNameOnly, t.words)} | ${percent(t.controlFound, t.words)} | ${percent(t.familyFound, t.words)}`);
  }
  const places = placeIds();
  console.log(`\nbsnlp gold place mentions resolved to a place id: ${percent(places.resolved, places.mentions)} of ${places.mentions} (distinct forms: ${percent(places.formsResolved, places.forms)} of ${places.forms})`);
}

main();
