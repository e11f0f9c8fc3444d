// Writes data/lexicon/concepts/SOURCES.md: each source, its package version, licence and
// attribution, and the sizes of the tables built from them.
import fs from 'node:fs';

/** Writes the SOURCES.md of the concept tables. */
export function writeSources(url, sources, sizes, aspect) {
  const sourceRows = sources.map((source) => {
    const file = source.file ? `/usr/share/dictd/${source.file}.{index,dict.dz}` : `/usr/share/apertium/${source.apertium}.autobil.bin`;
    const use = { direct: `${source.from}→${source.to}`, inverse: `${source.to}←${source.from} (inverted)`, both: `${source.from}↔${source.to}` }[source.mode];
    return `| \`${file}\` | ${source.package} ${source.version} | ${source.licence} | ${source.attribution} | ${use}, tier ${source.tier} |`;
  });
  const sizeRows = sizes.map((size) => `| ${size.name} | ${size.lemmas} | ${(size.bytes / 1e6).toFixed(2)} MB |`);
  const total = sizes.reduce((sum, size) => sum + size.bytes, 0);
  const text = `# Concept bridge: sources and licences

Built by \`npm run build:concepts\` (\`node scripts/lexicon/concepts.mjs\`) from the Debian packages
below (lttoolbox's \`lt-print\` reads the Apertium transducers). Only the build needs them; the
tables here are what the tool loads (\`src/lexicon/concepts.ts\`).

A line is \`lemma<TAB>token token …\`. A token is a concept id, an English lemma (multiword ones
joined with \`_\`: \`house_music\`), or a reference \`xx:lemma\` to a lemma of language xx whose
concepts the loader takes at lookup time (pivot: fr/es/ru → de → en, uk → ru → en, fr ↔ es).

**Licences are kept apart.** \`<lang>.gpl.tsv.gz\` is derived from GPL-2-or-later and GPL-3+
sources (combined: GPL-3+); \`<lang>.gpl2.tsv.gz\` from the GPL-2-only Apertium eng-spa and fr-es
pairs (the data files of those packages are "GPL-2", not "or later", so they may not be mixed
with Ding's GPL-3+); \`<lang>.ccbysa.tsv.gz\` from WikDict only (CC-BY-SA 3.0); \`ru.aspect.tsv.gz\`
links a Russian perfective verb to its imperfective partner (\`заявить\` → \`ru:заявлять\`: the dictionaries gloss
mostly one verb of a pair) and a reflexive verb the tables lack to its plain verb (\`завершиться\` → \`ru:завершить\`),
derived by the regular rules of aspect morphology (suffixes \`-ывать/-ивать\`, \`-ать/-ить\` with the consonant
alternations, \`-ходить/-йти\`, prefixes on verbs in \`-овать\`) from the verbs of the other Russian tables and kept
only when ${aspect.attribution.split(';')[0]} knows the derived word as an infinitive of the other aspect (${aspect.licence}). Each file holds
only its own sources' pairs: a lemma of another language is written as a reference, never
replaced by the concepts another file gives it, so no file contains data of another licence.
The files are combined only in memory, by the loader. \`en.*\` list the English words the other
files of the same licence use as concepts.

**Filtering.** A gloss is kept when, after dropping parenthesised notes, bracketed domain and
grammar markers (\`[naut.]\`, \`{f}\`, \`<fem>\`, Mueller's \`_мор.\`), valency placeholders
(sb., jdn., qn) and a leading infinitive marker or article (\`to\`, \`the\`, \`der\`, \`le\`, \`el\`),
it is at most 3 words of letters; fragments (\`Haus…\`), abbreviations and example sentences
(Mueller's Latin phrases inside Russian senses, Ding's quoted examples, WikDict's definition
lines) are never read. Senses marked for a domain or register (Ding \`[pol.]\`, Mueller \`_мор.\`)
are dropped where the lemma has at least 2 unmarked translations (\`Haus\`: house, home, not
[adm.] establishment) and kept where it has fewer (\`Regierung\`: [pol.] government). Ding's
articles for plural forms (\`Staaten <pl>\`: countries, states) rank after every sense of the singular lemma
of the same spelling (\`Stellen\` does not give the verb \`stellen\` the senses of \`Stelle\`), and a noun that is a verb's infinitive
(\`das Können\`) ranks after the verb's first sense. Candidates are ranked by source tier, then
sense, then position in the sense; in an inverted dictionary (en→ru read as ru→en) the English
headwords of one sense rank are ordered by how common the English word is (how many German
lemmas Ding glosses with it: \`человек\` → man before brooder). A line keeps at most 4 concepts
and 3 references; headwords of more than one word are not keys.

**Lookup** (\`concepts(lemma, language)\`) scores a lemma's own concepts (first ones weigh most)
and the first 2 concepts of each lemma it references (0.8 of the weight, up to 3 hops), adds up
a concept that several dictionaries agree on, and returns the best 6, each multiword one followed by its head word (\`group_of_companies\`: group;
not for phrases of function words such as \`with_that\`).

## Sources

| file | package and version | licence | attribution | use |
| --- | --- | --- | --- | --- |
${sourceRows.join('\n')}

## Tables

| file | lemmas | size |
| --- | --- | --- |
${sizeRows.join('\n')}

Total ${(total / 1e6).toFixed(2)} MB.
`;
  fs.writeFileSync(url, text);
}
