import { COPY, MIN_COVER, MIN_PAIRS } from './detect-relations.js';
import type { KeyedDocument } from './sentence-keys.js';
import { SHARED_SENTENCE } from './shared-sentences.js';
import type { ShingledText } from './shared-sentences.js';

/**
 * A document's text reduced to hashes: what copy and translation detection
 * test first (shingles shared sentence by sentence; units whose keys the other
 * text holds), small enough to keep for every stored document. A newcomer is
 * tested against the prints of the stored documents it matched, and only
 * those that pass are read back and compared in full. A hash collision can
 * only let a pair through to the full comparison, never hold one back, so the
 * relations found are those the full comparison finds.
 */
export interface TextPrint {
  language: string | null;
  /** Distinct sentences (what a copy's share is counted over). */
  distinct: number;
  /** Hashes of the shingles of its distinct sentences and of each of them whole, sorted. */
  shingles: Uint32Array;
  /** Keyed sentences (at most MAX_SENTENCES). */
  sentences: number;
  /** Hashes of its units' keys, sorted, each once. */
  keys: Uint32Array;
  /** Its units, each as its number of keys and then their places in `keys`. */
  units: Uint16Array;
}

/** The newcomer's side: its sentences' shingles and its units' keys hashed, each unit and sentence apart. */
export interface TextProbe {
  language: string | null;
  distinct: number;
  /** Per distinct sentence: its shingles' hashes and the hash of the sentence whole. */
  shingled: Array<{ shingles: Uint32Array; whole: number }>;
  sentences: number;
  /** Per unit: its keys' hashes. */
  units: Uint32Array[];
  keys: ReadonlySet<number>;
}

/** An encoded print opens with five 32-bit counts: distinct sentences, keyed sentences, shingle hashes, key hashes, unit entries. */
const HEADER = 5;

/** The hashes of a prepared text. */
export function probeOf(language: string | null, shingled: ShingledText, keyed: KeyedDocument): TextProbe {
  const sentences = [...shingled.distinct].map(([index, words]) => ({ shingles: Uint32Array.from(shingled.shingles.get(index)!, hash), whole: hash(words.join(' ')) }));
  const units = keyed.sentences.flatMap((sentence) => sentence.units.map((unit) => Uint32Array.from(unit.keys, hash)));
  const keys = new Set<number>();
  for (const unit of units) for (const key of unit) keys.add(key);
  return { language, distinct: shingled.distinct.size, shingled: sentences, sentences: keyed.sentences.length, units, keys };
}

/** A probe as the bytes kept in the store; null when its keys are too many to be placed in 16 bits (the document is then always compared in full). */
export function encodePrint(probe: TextProbe): Uint8Array | null {
  const shingles = sortedDistinct(probe.shingled.flatMap((sentence) => [...sentence.shingles, sentence.whole]));
  const keys = sortedDistinct([...probe.keys]);
  if (keys.length > 0xffff) return null;
  const place = new Map<number, number>();
  keys.forEach((key, i) => place.set(key, i));
  const units: number[] = [];
  for (const unit of probe.units) units.push(unit.length, ...Array.from(unit, (key) => place.get(key)!));
  if (units.some((entry) => entry > 0xffff)) return null;
  const words = HEADER + shingles.length + keys.length;
  const bytes = new Uint8Array(words * 4 + units.length * 2);
  const head = new Uint32Array(bytes.buffer, 0, words);
  head.set([probe.distinct, probe.sentences, shingles.length, keys.length, units.length]);
  head.set(shingles, HEADER);
  head.set(keys, HEADER + shingles.length);
  new Uint16Array(bytes.buffer, words * 4, units.length).set(units);
  return bytes;
}

/** A print back from its stored bytes (copied, so that its arrays are aligned whatever buffer they came in). */
export function decodePrint(language: string | null, stored: Uint8Array): TextPrint {
  const bytes = stored.slice();
  const [distinct, sentences, shingleCount, keyCount, unitEntries] = new Uint32Array(bytes.buffer, 0, HEADER);
  const words = HEADER + shingleCount! + keyCount!;
  return {
    language,
    distinct: distinct!,
    sentences: sentences!,
    shingles: new Uint32Array(bytes.buffer, HEADER * 4, shingleCount),
    keys: new Uint32Array(bytes.buffer, (HEADER + shingleCount!) * 4, keyCount),
    units: new Uint16Array(bytes.buffer, words * 4, unitEntries),
  };
}

/**
 * Whether the full comparison could find a relation between the newcomer and a stored document: within a language,
 * enough of the newcomer's distinct sentences have half their shingles (or their whole) in the other; across
 * languages, enough units of both find a key in the other (the tests of copied and translated in detect-relations.ts,
 * on hashes).
 */
export function mayRelate(probe: TextProbe, print: TextPrint): boolean {
  return probe.language === print.language ? mayBeCopy(probe, print) : mayBeTranslation(probe, print);
}

function mayBeCopy(probe: TextProbe, print: TextPrint): boolean {
  const smaller = Math.min(probe.distinct, print.distinct);
  if (smaller === 0) return false;
  let found = 0;
  for (const { shingles, whole } of probe.shingled) {
    let held = 0;
    for (const shingle of shingles) if (holds(print.shingles, shingle)) held++;
    if ((shingles.length > 0 && held / shingles.length >= SHARED_SENTENCE) || holds(print.shingles, whole)) found++;
  }
  return found >= Math.min(MIN_PAIRS, smaller) && found / smaller >= COPY.sharedText;
}

function mayBeTranslation(probe: TextProbe, print: TextPrint): boolean {
  if (probe.sentences === 0 || print.sentences === 0) return false;
  let found = 0;
  let units = probe.units.length;
  for (const unit of probe.units) if (unit.some((key) => holds(print.keys, key))) found++;
  for (let at = 0; at < print.units.length; at += 1 + print.units[at]!) {
    units++;
    for (let k = 1; k <= print.units[at]!; k++)
      if (probe.keys.has(print.keys[print.units[at + k]!]!)) {
        found++;
        break;
      }
  }
  return units > 0 && found / units >= MIN_COVER;
}

/** Binary search in a sorted array. */
function holds(sorted: Uint32Array, value: number): boolean {
  let [low, high] = [0, sorted.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function sortedDistinct(values: readonly number[]): Uint32Array {
  return Uint32Array.from(new Set(values)).sort();
}

/** FNV-1a over a string's UTF-16 code units, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
