/** Code units that end a line's key: the tab before its value, the newline after the line. */
const TAB = 9;
const NEWLINE = 10;

/**
 * A table kept as the text it was read as: lines `key\tvalue`, sorted by key in code-unit order (JavaScript's `<`;
 * the tab sorts below every letter, so line order is key order) and each key on one line. A key is found by
 * binary search over the lines, comparing it with each probed line's key in place: loading is reading the file;
 * the first lookup notes where each line starts (one pass, 4 bytes a line), so that a lookup slices nothing
 * but the value it returns, and sets two bits per key in a Bloom filter (2 bytes a line), so that most absent
 * keys (nearly all of a Hunspell analysis's candidate stems) are refused without a search.
 */
export class SortedLines {
  private starts: Int32Array | null = null;
  private filter: KeyFilter | null = null;

  constructor(private readonly text: string) {}

  /** False when no line has the key; true when one may (a few absent keys pass): a test cheaper than `get`. */
  mayHold(key: string): boolean {
    return this.mayHoldHashed(keyHash(KEY_HASH_START, key));
  }

  /** `mayHold` of a key given by its `keyHash`: a caller that builds keys from parts hashes them without building them. */
  mayHoldHashed(hash: number): boolean {
    if (!this.filter) [this.starts, this.filter] = index(this.text);
    return this.filter.mayHold(hash);
  }

  /** The value of a key (what follows its first tab, '' when the line has none), or undefined when no line has it. */
  get(key: string): string | undefined {
    if (!this.mayHold(key)) return undefined;
    const { text } = this;
    const starts = this.starts!;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle]!;
      const order = compareKey(text, start, key);
      if (order === 0) {
        const keyEnd = start + key.length;
        if (keyEnd >= text.length || text.charCodeAt(keyEnd) === NEWLINE) return '';
        const newline = text.indexOf('\n', keyEnd);
        return text.slice(keyEnd + 1, newline < 0 ? text.length : newline);
      }
      if (order < 0) low = middle + 1;
      else high = middle;
    }
    return undefined;
  }
}

/** Where each line of a text starts (an empty last line after a final newline is left out), and a filter of its keys. */
function index(text: string): [Int32Array, KeyFilter] {
  let count = text.length > 0 ? 1 : 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (at + 1 < text.length) count++;
  const starts = new Int32Array(count);
  const filter = new KeyFilter(count);
  let line = 0;
  if (count > 0) starts[line++] = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (at + 1 < text.length) starts[line++] = at + 1;
  for (const start of starts) filter.add(text, start);
  return [starts, filter];
}

/** Filter bits per key: with two bits set per key, about 1.4 % of absent keys pass (unit: bits). */
const BITS_PER_KEY = 16;

/** A Bloom filter of a table's keys (two bits of one FNV-1a hash): says for sure when a key is absent. */
class KeyFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(keys: number) {
    let size = 64;
    while (size < keys * BITS_PER_KEY) size *= 2;
    this.bits = new Int32Array(size / 32);
    this.mask = size - 1;
  }

  /** Adds the key of the line starting at `start` (up to its tab or newline). */
  add(text: string, start: number): void {
    let hash = KEY_HASH_START;
    for (let at = start; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      if (unit === TAB || unit === NEWLINE) break;
      hash = Math.imul(hash ^ unit, FNV_PRIME);
    }
    this.set(hash);
  }

  /** False when the key of this `keyHash` is surely absent. */
  mayHold(hash: number): boolean {
    const a = hash & this.mask;
    const b = mixed(hash) & this.mask;
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  private set(hash: number): void {
    const a = hash & this.mask;
    const b = mixed(hash) & this.mask;
    this.bits[a >>> 5] = this.bits[a >>> 5]! | (1 << (a & 31));
    this.bits[b >>> 5] = this.bits[b >>> 5]! | (1 << (b & 31));
  }
}

/** A hash's bits mixed once more (murmur's finaliser step): the filter's second position. */
function mixed(hash: number): number {
  const second = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  return second ^ (second >>> 12);
}

/** The hash of the empty key (FNV-1a's offset basis). */
export const KEY_HASH_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of a key that goes on from `hash` (the hash of what comes before it) with `text`'s code units from `from` to `to`. */
export function keyHash(hash: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** The order of the key of the line starting at `start` against `key` (negative: the line's key sorts first). */
function compareKey(text: string, start: number, key: string): number {
  const length = key.length;
  for (let i = 0; i < length; i++) {
    const at = start + i;
    const unit = at < text.length ? text.charCodeAt(at) : NEWLINE;
    // The line's key ends here: it is a prefix of `key`, so it sorts first.
    if (unit === TAB || unit === NEWLINE) return -1;
    const wanted = key.charCodeAt(i);
    if (unit !== wanted) return unit - wanted;
  }
  const after = start + length;
  const unit = after < text.length ? text.charCodeAt(after) : NEWLINE;
  return unit === TAB || unit === NEWLINE ? 0 : 1;
}
