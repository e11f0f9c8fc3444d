import { LEXICON_DIR, UNPACKED_DIR, gzippedUnder, readBuilt, readPackedTable, tableText, writeBuilt } from './data-files.js';
import { stemForm, type HunspellRules } from './hunspell.js';
import { KEY_HASH_START, KeyFilter, keyFilter, keyHash } from './sorted-lines.js';

/**
 * Which words may be stems of a Hunspell table, answered without reading the table. A word a text's own dictionary
 * does not know is looked up among the stems of the other languages of its script (lemma.ts): mostly it is a name,
 * and loading three tables of 2–3.5 MB to learn that it is none was a tenth of a CLI run that adds one English
 * article. The build writes beside each table's copy a Bloom filter of its stems, with how the table writes a word
 * (its ignored characters and conversions): a word none of whose forms passes is surely no stem, and a table is read
 * only for a word that passes.
 */
export class StemFilter {
  private readonly form: (word: string) => string;

  constructor(
    private readonly filter: KeyFilter,
    spelling: Spelling,
  ) {
    this.form = stemForm(spelling);
  }

  /** False when the word, written as the table writes its stems, is surely none of them. */
  mayHold(word: string): boolean {
    return this.filter.mayHold(keyHash(KEY_HASH_START, this.form(word)));
  }
}

/** How a table writes words among its stems. */
type Spelling = Pick<HunspellRules, 'ignore' | 'iconv'>;

/** The header of a built filter file (JSON), before the filter's bits. */
interface StemFilterHeader extends Spelling {
  format: 'triangulate.stem-filter/2';
  bitsSet: number;
}

/**
 * Bits per stem (at least: the size is a power of two) and bits set per stem: of 100,000 absent words, 1–5 pass a
 * filter of 5,000 stems, against about 500 at a table's own 16 and 2, so that an article's few dozen unknown names
 * seldom read a table (at that rate, one in two articles would). German, French, Spanish: 512 KB each.
 */
const BITS_PER_STEM = 32;
const BITS_SET = 4;

/**
 * The built filter file of a compiled Hunspell table's text (its rules on the first line, then its sorted stems): the
 * header's length (4 bytes), the header, zeros up to a multiple of four bytes, then the filter's 32-bit numbers, all
 * in little-endian order, as this machine's typed arrays are (the build and the run are on one machine).
 */
export function stemFilterFile(tableText: string): Buffer {
  const newline = tableText.indexOf('\n');
  const rules = JSON.parse(newline < 0 ? tableText : tableText.slice(0, newline)) as HunspellRules;
  const filter = keyFilter(newline < 0 ? '' : tableText.slice(newline + 1), BITS_PER_STEM, BITS_SET);
  const header: StemFilterHeader = { format: 'triangulate.stem-filter/2', ignore: rules.ignore, iconv: rules.iconv, bitsSet: filter.bitsSet };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = bitsStart(json.length);
  const file = Buffer.alloc(start + filter.bits.byteLength);
  file.writeUInt32LE(json.length, 0);
  json.copy(file, 4);
  Buffer.from(filter.bits.buffer, filter.bits.byteOffset, filter.bits.byteLength).copy(file, start);
  return file;
}

/** A filter read from its built file, or null when the file is not one. */
export function readStemFilterFile(file: Buffer): StemFilter | null {
  if (file.length < 4) return null;
  const length = file.readUInt32LE(0);
  const start = bitsStart(length);
  if (start > file.length || (file.length - start) % 4 !== 0) return null;
  let header: StemFilterHeader;
  try {
    header = JSON.parse(file.toString('utf8', 4, 4 + length)) as StemFilterHeader;
  } catch {
    return null;
  }
  if (header?.format !== 'triangulate.stem-filter/2') return null;
  // Copied into an array of its own: an Int32Array over the file's bytes would need an offset that is a multiple of four.
  const bits = new Int32Array((file.length - start) / 4);
  new Uint8Array(bits.buffer).set(file.subarray(start));
  return new StemFilter(new KeyFilter(bits, header.bitsSet), header);
}

function bitsStart(headerLength: number): number {
  return 4 + Math.ceil(headerLength / 4) * 4;
}

/** The built file of a language's filter, beside the copy of its table. */
function builtName(language: string): string {
  return `hunspell/${language}.stems`;
}

/** Writes the filter of every Hunspell table of `packed` under `unpacked` (part of the build). Returns the languages. */
export function writeStemFilters(packed: URL = LEXICON_DIR, unpacked: URL = UNPACKED_DIR): string[] {
  const languages = gzippedUnder(packed, 'hunspell/').map((path) => path.slice('hunspell/'.length, -'.tsv.gz'.length));
  for (const language of languages) {
    const bytes = readPackedTable(`hunspell/${language}.tsv.gz`, packed, unpacked)!;
    writeBuilt(builtName(language), stemFilterFile(tableText(bytes)), unpacked);
  }
  return languages;
}

const filters = new Map<string, StemFilter | null>();

/** A language's stem filter, or null when the build wrote none or its table has changed since. */
export function stemFilter(language: string, packed: URL = LEXICON_DIR, unpacked: URL = UNPACKED_DIR): StemFilter | null {
  const key = `${packed.href} ${unpacked.href} ${language}`;
  if (!filters.has(key)) {
    const file = readBuilt(builtName(language), `hunspell/${language}.tsv.gz`, packed, unpacked);
    filters.set(key, file ? readStemFilterFile(file) : null);
  }
  return filters.get(key)!;
}
