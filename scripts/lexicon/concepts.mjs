// Builds the concept bridge: for en fr de es ru uk, lemma → language-independent concepts
// (English lemmas), from Debian's bilingual dictionaries, into data/lexicon/concepts/.
//   node scripts/lexicon/concepts.mjs        (needs the Debian packages listed in SOURCES below,
//   and lttoolbox's lt-print; the tables it writes are committed, so nothing is needed at run time)
//
// A table line is `lemma\ttoken token …`; a token is a concept id ("ship", "house_music") or a
// reference to another language's lemma ("de:schiff"), resolved by the loader at lookup time.
// Data of incompatible licences never meet in one file: <lang>.gpl.tsv.gz holds what comes from
// GPL-2-or-later and GPL-3+ sources, <lang>.gpl2.tsv.gz what comes from GPL-2-only ones (Apertium
// eng-spa, fr-es), <lang>.ccbysa.tsv.gz what comes from WikDict (CC-BY-SA 3.0); a line is only
// ever its own source's pairs (other languages' lemmas are references), never a concept derived
// through a dictionary of another file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { lemma } from '../../dist/lexicon/lemma.js';
import { parseRussian } from '../../dist/lexicon/opencorpora.js';
import { aspectPairs, reflexiveLinks } from './concepts-aspect.mjs';
import { canonicalEnglish, cleanGloss, parseDing, parseFreedict, parseMueller } from './concepts-gloss.mjs';
import { lexicalUnit, packageVersion, readApertiumPairs, readDictd } from './concepts-read.mjs';
import { writeSources } from './concepts-sources.mjs';

const OUT = new URL('../../data/lexicon/concepts/', import.meta.url);
const DICTD = '/usr/share/dictd';
const APERTIUM = '/usr/share/apertium';
/** Concepts kept per lemma and file: the first senses come first ("Haus" → house, home). */
const MAX_CONCEPTS = 4;
/** References kept per lemma and file (each brings its own first concepts at lookup time). */
const MAX_REFERENCES = 3;
/** Unmarked translations a lemma needs before its domain-marked ones are dropped. */
const MIN_GENERAL_SENSES = 2;

/** Each source: what it is, how it is read, and which table(s) it feeds. */
export const SOURCES = [
  { file: 'freedict-deu-eng', package: 'dict-freedict-deu-eng', licence: 'GPL-3+', attribution: 'Ding, Frank Richter, Einhard Leichtfuß; FreeDict', parse: parseDing, from: 'de', to: 'en', mode: 'direct', tier: 0 },
  { file: 'freedict-fra-eng', package: 'dict-freedict-fra-eng', licence: 'GPL-2+', attribution: 'FreeDict contributors', parse: parseFreedict, from: 'fr', to: 'en', mode: 'direct', tier: 0 },
  { file: 'freedict-eng-fra', package: 'dict-freedict-eng-fra', licence: 'GPL-2+', attribution: 'FreeDict contributors', parse: parseFreedict, from: 'en', to: 'fr', mode: 'inverse', tier: 1 },
  { file: 'freedict-spa-eng', package: 'dict-freedict-spa-eng', licence: 'GPL-2+', attribution: 'FreeDict contributors', parse: parseFreedict, from: 'es', to: 'en', mode: 'direct', tier: 1 },
  { file: 'freedict-eng-spa', package: 'dict-freedict-eng-spa', licence: 'GPL-2+', attribution: 'FreeDict contributors', parse: parseFreedict, from: 'en', to: 'es', mode: 'inverse', tier: 1 },
  { file: 'freedict-spa-deu', package: 'dict-freedict-spa-deu', licence: 'GPL-2+', attribution: 'FreeDict contributors', parse: parseFreedict, from: 'es', to: 'de', mode: 'direct', tier: 2 },
  { file: 'mueller7', package: 'mueller7-dict', licence: 'GPL-2+', attribution: 'V. K. Mueller, English-Russian dictionary, 7th ed.; S. Starostin, E. S. Cymbalyuk', parse: parseMueller, from: 'en', to: 'ru', mode: 'inverse', tier: 0 },
  { file: 'freedict-eng-rus', package: 'dict-freedict-eng-rus', licence: 'GPL-2+', attribution: 'FreeDict contributors', parse: parseFreedict, from: 'en', to: 'ru', mode: 'inverse', tier: 1 },
  { file: 'freedict-fra-deu', package: 'dict-freedict-fra-deu', licence: 'CC-BY-SA-3.0', attribution: 'WikDict (from Wiktionary), FreeDict', parse: parseFreedict, from: 'fr', to: 'de', mode: 'direct', tier: 0 },
  { file: 'freedict-deu-fra', package: 'dict-freedict-deu-fra', licence: 'CC-BY-SA-3.0', attribution: 'WikDict (from Wiktionary), FreeDict', parse: parseFreedict, from: 'de', to: 'fr', mode: 'inverse', tier: 1 },
  { file: 'freedict-fra-spa', package: 'dict-freedict-fra-spa', licence: 'CC-BY-SA-3.0', attribution: 'WikDict (from Wiktionary), FreeDict', parse: parseFreedict, from: 'fr', to: 'es', mode: 'both', tier: 2 },
  { file: 'freedict-deu-spa', package: 'dict-freedict-deu-spa', licence: 'CC-BY-SA-3.0', attribution: 'WikDict (from Wiktionary), FreeDict', parse: parseFreedict, from: 'de', to: 'es', mode: 'inverse', tier: 0 },
  { file: 'freedict-deu-rus', package: 'dict-freedict-deu-rus', licence: 'CC-BY-SA-3.0', attribution: 'WikDict (from Wiktionary), FreeDict', parse: parseFreedict, from: 'de', to: 'ru', mode: 'inverse', tier: 0 },
  { file: 'freedict-fra-rus', package: 'dict-freedict-fra-rus', licence: 'CC-BY-SA-3.0', attribution: 'WikDict (from Wiktionary), FreeDict', parse: parseFreedict, from: 'fr', to: 'ru', mode: 'inverse', tier: 1 },
  { apertium: 'apertium-eng-spa/spa-eng', package: 'apertium-eng-spa', licence: 'GPL-2', attribution: 'Apertium (Universitat d\'Alacant, Apertium PMC)', from: 'es', to: 'en', mode: 'both', tier: 0 },
  { apertium: 'apertium-fr-es/fr-es', package: 'apertium-fr-es', licence: 'GPL-2', attribution: 'Apertium (Universitat d\'Alacant, Apertium PMC)', from: 'fr', to: 'es', mode: 'both', tier: 2 },
  { apertium: 'apertium-rus-ukr/ukr-rus', package: 'apertium-rus-ukr', licence: 'GPL-2+', attribution: 'Apertium (Francis M. Tyers, John Lyell, Apertium PMC)', from: 'uk', to: 'ru', mode: 'direct', tier: 0 },
];

const LANGUAGES = ['en', 'fr', 'de', 'es', 'ru', 'uk'];
/** Files of each language, in the order the loader reads them. */
const FILES = ['gpl', 'gpl2', 'ccbysa', 'aspect'];

/**
 * The Russian verb links, a file of their own: derived by rule from the verbs of the other Russian tables, each
 * confirmed by OpenCorpora (`az`'s dictionary), whose licence the file takes.
 */
const ASPECT = { package: 'az', licence: 'CC-BY-SA-3.0 (OpenCorpora)', attribution: 'OpenCorpora (opencorpora.org) through az; pairs derived by rule in scripts/lexicon/concepts-aspect.mjs' };

/** A perfective verb → its imperfective partner ("заявить" → ru:заявлять); a reflexive verb the tables lack → its plain verb. */
function addAspectLinks() {
  const known = new Set(['gpl', 'ccbysa'].flatMap((file) => [...(tables.get(`ru.${file}`)?.candidates.keys() ?? [])]));
  const pairs = aspectPairs(known, parseRussian);
  const links = table('ru', ASPECT.licence);
  for (const [perfective, imperfective] of pairs) links.add(perfective, `ru:${imperfective}`, 0, false);
  const verbs = new Set([...known, ...pairs.map(([perfective]) => perfective)]);
  for (const [reflexive, plain] of reflexiveLinks(verbs, known, parseRussian)) links.add(reflexive, `ru:${plain}`, 1, false);
  console.log(`ru aspect pairs: ${pairs.length}; reflexive links: ${links.candidates.size - new Set(pairs.map(([p]) => p)).size}`);
}

/** Candidate tokens per lemma for one output file, ranked; finished by `rows()`. */
class Table {
  candidates = new Map();

  add(lemma, token, rank, marked, inverse = false) {
    if (!lemma || !token || lemma.includes('_')) return;
    if (!this.candidates.has(lemma)) this.candidates.set(lemma, []);
    this.candidates.get(lemma).push({ token, rank, marked, inverse });
  }

  /**
   * Sorted lines; domain-marked senses are dropped where the lemma has general ones ("Haus":
   * house, home; not [adm.] establishment), kept where it has fewer (Regierung: [pol.] government).
   */
  rows() {
    const lines = [];
    for (const [lemma, list] of this.candidates) {
      const general = new Set(list.filter((item) => !item.marked).map((item) => item.token)).size >= MIN_GENERAL_SENSES;
      const kept = list
        .filter((item) => !general || !item.marked)
        .map((item) => ({ ...item, rank: item.inverse ? item.rank + 10 * rarity(item.token) : item.rank }))
        .sort((a, b) => a.rank - b.rank);
      const concepts = [];
      const references = [];
      for (const { token } of kept) {
        const bucket = token.includes(':') ? references : concepts;
        const cap = token.includes(':') ? MAX_REFERENCES : MAX_CONCEPTS;
        if (bucket.length < cap && !bucket.includes(token)) bucket.push(token);
      }
      lines.push(`${lemma}\t${[...concepts, ...references].join(' ')}`);
    }
    return lines.sort();
  }
}

/**
 * How rare an English concept is, 0 (common) to 9, from how many German lemmas Ding glosses
 * with it. An inverted dictionary lists under one Russian word every English headword that
 * translates as it ("человек": man, but also brooder, devotee): within one sense rank, the
 * common English word comes first.
 */
const englishCounts = new Map();
function rarity(concept) {
  const count = englishCounts.get(concept) ?? 0;
  return Math.max(0, 9 - Math.floor(0.8 * Math.log2(1 + count)));
}

function countEnglish() {
  for (const list of table('de', 'GPL').candidates.values()) {
    for (const { token: concept } of list) englishCounts.set(concept, (englishCounts.get(concept) ?? 0) + 1);
  }
}

const tables = new Map();
/** The file a source's data goes to: GPL-2-or-later (with GPL-3+), GPL-2 only, CC-BY-SA, or the Russian verb links. */
function licenceFile(licence) {
  if (licence === ASPECT.licence) return 'aspect';
  if (licence.startsWith('CC')) return 'ccbysa';
  return licence === 'GPL-2' ? 'gpl2' : 'gpl';
}

function table(language, licence) {
  const key = `${language}.${licenceFile(licence)}`;
  if (!tables.has(key)) tables.set(key, new Table());
  return tables.get(key);
}

/** A target-language gloss as a token: a concept id for English, else a reference. */
function token(gloss, language, licence) {
  if (language !== 'en') return `${language}:${gloss}`;
  const concept = canonicalEnglish(gloss);
  spellings[licenceFile(licence)]?.set(gloss, concept);
  return concept;
}

/** English words as the dictionaries of each licence file spell them → their concept id. */
const spellings = { gpl: new Map(), gpl2: new Map() };

function addPair(source, left, right, rank, marked) {
  const forward = source.mode === 'direct' || source.mode === 'both';
  const backward = source.mode === 'inverse' || source.mode === 'both';
  // Inverse ranks leave the tens free for rarity: sense * 100 + item.
  const tierRank = source.tier * 1e6 + rank;
  // English is the concept language: its table is the identity, built last.
  if (forward && source.from !== 'en' && !left.includes('_')) table(source.from, source.licence).add(left, token(right, source.to, source.licence), tierRank, marked);
  if (backward && source.to !== 'en' && !right.includes('_')) table(source.to, source.licence).add(right, token(left, source.from, source.licence), tierRank, marked, true);
}

/** A plural gloss of a plural's article as its singular, by the language's dictionary ("countries" → country, "share_certificates" → share_certificate). */
function singular(gloss, language) {
  const words = gloss.split('_');
  const last = lemma(words.at(-1), language);
  return [...words.slice(0, -1), last].join('_');
}

/** Rank added to a plural's own article ("Staaten <pl>"), after every sense of a lemma spelt the same (sense * 100 + item). */
const PLURAL_PENALTY = 10_000;
/** Rank added to a noun that is a verb's infinitive used as a noun ("das Können" after "können"). */
const NOMINALISED_PENALTY = 50;

function readDictionary(source) {
  const articles = readDictd(path.join(DICTD, source.file)).map((article) => source.parse(article.text));
  const verbs = new Set(articles.filter((article) => article.verb).flatMap((article) => article.heads));
  for (const { heads, senses, noun, plural } of articles) {
    const lefts = heads.map((head) => cleanGloss(head, source.from)).filter(Boolean);
    const penalty = (noun && heads.some((head) => verbs.has(head)) ? NOMINALISED_PENALTY : 0) + (plural ? PLURAL_PENALTY : 0);
    senses.forEach((sense, senseIndex) => {
      sense.items.forEach((item, itemIndex) => {
        const gloss = cleanGloss(item, source.to);
        const right = plural ? singular(gloss, source.to) : gloss;
        if (!right) return;
        for (const left of lefts) addPair(source, left, right, senseIndex * 100 + penalty + Math.min(itemIndex, 9), sense.marked);
      });
    });
  }
}

function readApertium(source) {
  const pairs = readApertiumPairs(path.join(APERTIUM, `${source.apertium}.autobil.bin`));
  pairs.forEach(([sourceUnit, targetUnit], order) => {
    const left = cleanGloss(lexicalUnit(sourceUnit)[0], source.from);
    const right = cleanGloss(lexicalUnit(targetUnit)[0], source.to);
    if (left && right) addPair(source, left, right, Math.min(order, 999_999) / 1e6, false);
  });
}

/**
 * English concepts are their own lemmas: every English word the other tables reach, as the
 * dictionaries spell it, → its concept id ("colour" → color), in the file of the licence it came
 * from (a word GPL-2-or-later sources give goes to en.gpl only).
 */
function addEnglishIdentity() {
  for (const [licence, file] of [['GPL-2+', 'gpl'], ['GPL-2', 'gpl2']]) {
    const identity = table('en', licence);
    for (const [word, concept] of spellings[file]) {
      if (file === 'gpl' || !spellings.gpl.has(word)) identity.candidates.set(word, [{ token: concept, rank: 0, marked: false }]);
    }
    for (const concept of spellings[file].values()) {
      if (!identity.candidates.has(concept)) identity.candidates.set(concept, [{ token: concept, rank: 0, marked: false }]);
    }
  }
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const source of SOURCES) {
    if (source.apertium) readApertium(source);
    else readDictionary(source);
    console.log(`read ${source.file ?? source.apertium}`);
  }
  countEnglish();
  addEnglishIdentity();
  addAspectLinks();
  const sizes = [];
  for (const language of LANGUAGES) {
    for (const licence of FILES) {
      const builder = tables.get(`${language}.${licence}`);
      if (!builder) continue;
      const lines = builder.rows();
      const name = `${language}.${licence}.tsv.gz`;
      const gzip = zlib.gzipSync(`${lines.join('\n')}\n`, { level: 9 });
      fs.writeFileSync(new URL(name, OUT), gzip);
      sizes.push({ name, lemmas: lines.length, bytes: gzip.length });
      console.log(`${name}: ${lines.length} lemmas, ${gzip.length} bytes`);
    }
  }
  const versions = SOURCES.map((source) => ({ ...source, version: packageVersion(source.package) }));
  writeSources(new URL('SOURCES.md', OUT), versions, sizes, ASPECT);
}

main();
