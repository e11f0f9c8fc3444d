import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { boundedMemo } from '../text/memo.js';

/** One reading of a Russian word form by OpenCorpora (through `az`). */
export interface RussianParse {
  lemma: string;
  pos: string | null;
  /** OpenCorpora grammemes: Name, Surn, Patr, Geox, Orgn, masc, femn, … */
  tags: ReadonlySet<string>;
  /** True when the form is in the dictionary, false when `az` guessed it from its suffix. */
  known: boolean;
}

interface AzParse {
  parser: string;
  /** Letters repeated or mistyped that az corrected to find the reading (0 when none). */
  stutterCnt: number;
  typosCnt: number;
  tag: { POST?: string; toString(): string };
  normalize(): { word: string };
}
interface AzModule {
  load: (url: string, type: string, callback: (error: Error | null, data?: unknown) => void) => void;
  Morph: ((word: string, config?: { parsers: readonly string[] }) => AzParse[]) & { init: (path: string, callback: (error: Error | null) => void) => void };
}

/** OpenCorpora grammemes of proper names: place, first name, surname, patronymic, organisation, trademark. */
export const PROPER_TAGS: readonly string[] = ['Geox', 'Name', 'Surn', 'Patr', 'Orgn', 'Trad'];

let morph: AzModule['Morph'] | null = null;

const INTERNAL_TAGS = 'gramtab-opencorpora-int.json';
const EXTERNAL_TAGS = 'gramtab-opencorpora-ext.json';

/**
 * Loads `az`'s OpenCorpora dictionaries synchronously: `az` reads its files through `Az.load` with callbacks,
 * so the reads are queued and run after `init` has registered every one of them (it counts pending loads).
 */
function loadMorph(): AzModule['Morph'] {
  const require = createRequire(import.meta.url);
  const az = require('az') as AzModule;
  const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
  const queue: Array<() => void> = [];
  az.load = (url, type, callback) =>
    queue.push(() => {
      // The tags in OpenCorpora's Russian notation (tag.ext) only serve az's debugging printouts: one empty tag for
      // each internal one, instead of building and freezing a second copy of every tag.
      const path = url.endsWith(EXTERNAL_TAGS) ? url.slice(0, -EXTERNAL_TAGS.length) + INTERNAL_TAGS : url;
      const buffer = readFileSync(path);
      if (type !== 'json') callback(null, ownBytes(buffer));
      else if (path !== url) callback(null, (JSON.parse(buffer.toString('utf8')) as unknown[]).map(() => ''));
      else callback(null, JSON.parse(buffer.toString('utf8')));
    });
  let failure: Error | null = null;
  az.Morph.init(dicts, (error) => (failure = error));
  while (queue.length > 0) queue.shift()!();
  if (failure) throw failure;
  return az.Morph;
}

/**
 * The bytes of a file as an ArrayBuffer of their own, as az's dictionaries want them: a large file's buffer is one
 * already (10 MB of dictionaries not copied); a small one read into Node's shared pool is copied out of it.
 */
function ownBytes(buffer: Buffer): ArrayBuffer {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return whole ? (buffer.buffer as ArrayBuffer) : (buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
}

/** Loads the dictionaries now rather than on the first Russian word. */
export function loadRussian(): void {
  morph ??= loadMorph();
}

/** Whether the dictionaries are loaded. */
export function russianLoaded(): boolean {
  return morph !== null;
}

/** The readings of a Russian word, most probable first (guesses last); memoised, as lemmas, places, names and entity typing all ask for the same words. */
export function parseRussian(word: string): readonly RussianParse[] {
  return dictionaryMemo(word).readings ?? memo(word);
}

/**
 * The readings of a Russian word that are in the dictionary (`known`), most probable first: the same as
 * `parseRussian(word).filter((p) => p.known)`, without running az's guessers (about 200 µs a word) for a word the
 * dictionary lacks, which most callers would then drop.
 */
export function knownRussian(word: string): readonly RussianParse[] {
  return dictionaryMemo(word).known;
}

/**
 * az's parsers up to its first terminal one, as its defaults list them: the dictionary and initials. az stops there
 * once a reading needed no correction, so for such a word these are all its readings; for any other it goes on to the
 * guessers, which add readings that are not the dictionary's, and the dictionary's keep their scores and order.
 */
const DICTIONARY_PARSERS = ['Dictionary?', 'AbbrName?', 'AbbrPatronymic'];

const dictionaryMemo = boundedMemo((word) => {
  morph ??= loadMorph();
  const parses = morph(word, { parsers: DICTIONARY_PARSERS });
  const readings = parses.map(toParse);
  const complete = parses.some((parse) => !parse.stutterCnt && !parse.typosCnt);
  return { readings: complete ? readings : null, known: readings.filter((parse) => parse.known) };
}, 100_000);

/** Every reading, guesses included, of the words the dictionary does not read as they are. */
const memo = boundedMemo((word) => {
  morph ??= loadMorph();
  return morph(word).map(toParse);
}, 100_000);

function toParse(parse: AzParse): RussianParse {
  return { lemma: parse.normalize().word, pos: parse.tag.POST ?? null, tags: grammemes(parse.tag), known: parse.parser === 'Dictionary' };
}

/**
 * The grammemes of a tag as one shared set per tag: OpenCorpora has a few thousand tags, which every word's parses
 * share, so a set per parse made the memo hold 2.6 KB a word (20,000 news words: 58 MB), most of it copies. Tags are
 * `az`'s shared objects (looked up by identity); one it builds afresh is looked up by its text.
 */
function grammemes(tag: AzParse['tag']): ReadonlySet<string> {
  let set = tagsByObject.get(tag);
  if (!set) {
    const text = tag.toString();
    set = tagsByText.get(text);
    if (!set) tagsByText.set(text, (set = new Set(text.split(/[ ,]/))));
    tagsByObject.set(tag, set);
  }
  return set;
}
const tagsByObject = new WeakMap<object, ReadonlySet<string>>();
const tagsByText = new Map<string, ReadonlySet<string>>();
