// Measures the concept bridge on WMT21 human translations: per language pair, the share of a
// source paragraph's content words whose concept appears among the concepts of the same
// paragraph of its translation.
//   npm run build && node scripts/lexicon/concept-overlap.mjs [--set ../shared/bench/wmt21] [--lemma <module.js>]
// --lemma imports `lemma(word, language)` from a module (the lexicon's, once merged:
// dist/lexicon/index.js); without it a crude lemma is used: the lower-case word, or the first
// table headword reached by stripping up to 3 final letters and adding a common ending.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { concepts } from '../../dist/lexicon/concepts.js';

/** Endings tried after stripping letters, by language (crude lemma only: "navires" → "navire"). */
const ENDINGS = {
  en: ['', 'e', 'y'],
  de: ['', 'e', 'en', 'n'],
  fr: ['', 'e', 'er', 're', 'ir', 'al'],
  es: ['', 'o', 'a', 'ar', 'er', 'ir'],
  ru: ['', 'а', 'я', 'о', 'е', 'ь', 'ый', 'ий', 'ой', 'ть', 'и', 'ие'],
  uk: ['', 'а', 'я', 'о', 'ь', 'ий', 'ти', 'і'],
};
/** Letters stripped at most by the crude lemma. */
const MAX_STRIPPED = 3;
/** A word in more than this share of a language's paragraphs is a function word, not content. */
const FUNCTION_WORD_SHARE = 0.12;
/** Shortest content word, in letters. */
const MIN_CONTENT_LETTERS = 3;

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const setDir = option('--set', '../shared/bench/wmt21');
const lemmaModule = option('--lemma', null);
const external = lemmaModule ? await import(pathToFileURL(path.resolve(lemmaModule)).href) : null;
const externalLemma = external?.lemma ?? null;
/** Whether a word has a dictionary lemma (not a suffix-rule guess: mostly names), when the module tells. */
const inDictionary = (word, language) => external?.lemmatize?.(word, language).source !== 'fallback';

function crudeLemma(word, language) {
  const lower = word.toLowerCase();
  for (let strip = 0; strip <= MAX_STRIPPED && strip < lower.length - 2; strip += 1) {
    const stem = strip === 0 ? lower : lower.slice(0, -strip);
    for (const ending of ENDINGS[language] ?? ['']) {
      if (concepts(stem + ending, language).length > 0) return stem + ending;
    }
  }
  return lower;
}

const lemmaOf = (word, language) => (externalLemma ? externalLemma(word, language) : crudeLemma(word, language));
const words = (text) => text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
const paragraphs = (id) => fs.readFileSync(path.join(setDir, 'articles', `${id}.txt`), 'utf8').split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);

/** Words found in too many paragraphs of a language: articles, prepositions, auxiliaries. */
function functionWords(documents) {
  const byLanguage = new Map();
  for (const [id, document] of Object.entries(documents)) {
    const entry = byLanguage.get(document.lang) ?? { paragraphs: 0, frequency: new Map() };
    for (const paragraph of paragraphs(id)) {
      entry.paragraphs += 1;
      for (const word of new Set(words(paragraph).map((w) => w.toLowerCase()))) entry.frequency.set(word, (entry.frequency.get(word) ?? 0) + 1);
    }
    byLanguage.set(document.lang, entry);
  }
  const result = new Map();
  for (const [language, { paragraphs: count, frequency }] of byLanguage) {
    result.set(language, new Set([...frequency].filter(([, n]) => n / count > FUNCTION_WORD_SHARE).map(([word]) => word)));
  }
  return result;
}

function measure() {
  const gold = JSON.parse(fs.readFileSync(path.join(setDir, 'gold.json'), 'utf8'));
  const stop = functionWords(gold.documents);
  const groups = new Map();
  for (const pair of gold.pairs.filter((p) => p.type === 'translation')) {
    const source = { id: pair.to, language: gold.documents[pair.to].lang };
    const target = { id: pair.from, language: gold.documents[pair.from].lang };
    const sourceParagraphs = paragraphs(source.id);
    const targetParagraphs = paragraphs(target.id);
    const tally = groups.get(pair.group) ?? { pairs: 0, skipped: 0, ...counts(), control: counts(), names: external?.lemmatize ? counts() : null };
    tally.pairs += 1;
    if (sourceParagraphs.length !== targetParagraphs.length) tally.skipped += 1;
    else sourceParagraphs.forEach((paragraph, i) => count(tally, paragraph, targetParagraphs[i], source.language, target.language, stop));
    // Control: the same source paragraphs against the paragraphs of another pair's translation.
    const other = controls.get(pair.group);
    if (other) sourceParagraphs.forEach((paragraph, i) => count(tally.control, paragraph, other[i % other.length], source.language, target.language, stop));
    controls.set(pair.group, targetParagraphs);
    groups.set(pair.group, tally);
  }
  return groups;
}

const counts = () => ({ words: 0, covered: 0, shared: 0 });
const controls = new Map();

function count(tally, sourceText, targetText, sourceLanguage, targetLanguage, stop) {
  const targetConcepts = new Set(words(targetText).flatMap((word) => concepts(lemmaOf(word, targetLanguage), targetLanguage)));
  for (const word of words(sourceText)) {
    const lower = word.toLowerCase();
    if (lower.length < MIN_CONTENT_LETTERS || stop.get(sourceLanguage)?.has(lower)) continue;
    const own = concepts(lemmaOf(word, sourceLanguage), sourceLanguage);
    // Names (no dictionary lemma) are matched by the entity layer, not by concepts.
    for (const t of tally.names && inDictionary(word, sourceLanguage) ? [tally, tally.names] : [tally]) {
      t.words += 1;
      if (own.length > 0) t.covered += 1;
      if (own.some((concept) => targetConcepts.has(concept))) t.shared += 1;
    }
  }
}

const percent = (part, whole) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
console.log(`lemma: ${lemmaModule ?? 'crude (lower case, suffixes stripped against the concept tables)'}`);
const line = (t) => `${t.words} content words; with concepts ${percent(t.covered, t.words)}; concept found ${percent(t.shared, t.words)} (${percent(t.shared, t.covered)} of those with concepts)`;
for (const [group, t] of [...measure()].sort()) {
  console.log(`${group}: ${t.pairs} pairs (${t.skipped} with unequal paragraphs skipped)`);
  console.log(`  all content words:        ${line(t)}`);
  if (t.names) console.log(`  dictionary lemmas only:   ${line(t.names)}`);
  console.log(`  control (wrong article):  ${line(t.control)}`);
}
