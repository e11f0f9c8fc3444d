/** Code units that end a line's key: the tab before its value, the newline after the line. */
const TAB = 9;
const NEWLINE = 10;

/**
 * A table kept as the text it was read as: lines `key\tvalue`, sorted by key in code-unit order (JavaScript's `<`;
 * the tab sorts below every letter, so line order is key order) and each key on one line. A key is found by
 * binary search straight over the text: a probe lands on a character, steps back to the start of its line and
 * compares the line's key with the key in place, so loading is reading the file and a lookup slices nothing but
 * the value it returns. The first `mayHold` sets two bits per key in a Bloom filter (2 bytes a line), so that most
 * absent keys (nearly all of a Hunspell analysis's candidate stems) are refused without a search; a table only
 * read with `get` (the concept tables, 287,000 lines in English) never builds it.
 */
export class SortedLines {
  private filter: KeyFilter | null = null;

  constructor(private readonly text: string) {}

  /** False when no line has the key; true when one may (a few absent keys pass): a test cheaper than `get`. */
  mayHold(key: string): boolean {
    return this.mayHoldHashed(keyHash(KEY_HASH_START, key));
  }

  /** `mayHold` of a key given by its `keyHash`: a caller that builds keys from parts hashes them without building them. */
  mayHoldHashed(hash: number): boolean {
    this.filter ??= keyFilter(this.text);
    return this.filter.mayHold(hash);
  }

  /** The value of a key (what follows its first tab, '' when the line has none), or undefined when no line has it. */
  get(key: string): string | undefined {
    if (this.filter && !this.filter.mayHold(keyHash(KEY_HASH_START, key))) return undefined;
    const { text } = this;
    // Every line starting before `low` sorts before the key, every line starting at or after `high` after it; both
    // are line starts (or the end of the text).
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1;
      const order = compareKey(text, start, key);
      if (order === 0) {
        const keyEnd = start + key.length;
        if (keyEnd >= text.length || text.charCodeAt(keyEnd) === NEWLINE) return '';
        const newline = text.indexOf('\n', keyEnd);
        return text.slice(keyEnd + 1, newline < 0 ? text.length : newline);
      }
      if (order < 0) {
        const newline = text.indexOf('\n', start);
        low = newline < 0 ? text.length : newline + 1;
      } else high = start;
    }
    return undefined;
  }
}

/** The filter of a text's keys, one per line (an empty last line after a final newline is left out), in one pass. */
function keyFilter(text: string): KeyFilter {
  let hashes = new Int32Array(1024);
  let count = 0;
  for (let start = 0; start < text.length; ) {
    let hash = KEY_HASH_START;
    let at = start;
    for (; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      if (unit === TAB || unit === NEWLINE) break;
      hash = Math.imul(hash ^ unit, FNV_PRIME);
    }
    if (count === hashes.length) {
      const grown = new Int32Array(count * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[count++] = hash;
    const newline = text.indexOf('\n', at);
    if (newline < 0) break;
    start = newline + 1;
  }
  const filter = new KeyFilter(count);
  for (let i = 0; i < count; i++) filter.add(hashes[i]!);
  return filter;
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

  /** Adds a key by its `keyHash`. */
  add(hash: number): void {
    const a = hash & this.mask;
    const b = mixed(hash) & this.mask;
    this.bits[a >>> 5] = this.bits[a >>> 5]! | (1 << (a & 31));
    this.bits[b >>> 5] = this.bits[b >>> 5]! | (1 << (b & 31));
  }

  /** False when the key of this `keyHash` is surely absent. */
  mayHold(hash: number): boolean {
    const a = hash & this.mask;
    const b = mixed(hash) & this.mask;
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
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
