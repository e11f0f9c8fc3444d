/** Code units that end a line's key: the tab before its value, the newline after the line. */
const TAB = 9;
const NEWLINE = 10;

/**
 * A table kept as the text it was read as: lines `key\tvalue`, sorted by key in code-unit order (JavaScript's `<`;
 * the tab sorts below every letter, so line order is key order) and each key on one line. A key is found by
 * binary search straight over the text: a probe lands on a character, steps back to the start of its line and
 * compares the line's key with the key in place, so loading is reading the file and a lookup slices nothing but
 * the value it returns. Once a table has been asked `mayHold` often, it sets two bits per key in a Bloom filter
 * (2 bytes a line), so that most absent keys (nearly all of a Hunspell analysis's candidate stems) are refused
 * without a search; until then each question is answered by a search. `get` counts only the keys it did not find:
 * a table whose keys are mostly found (the concept tables, 287,000 lines in English) never builds a filter it would
 * not use, while one asked mostly for absent keys (place names, of which most capitalised words are none) does.
 */
export class SortedLines {
  private filter: KeyFilter | null = null;
  /** `mayHold` questions still answered by a search before the filter is built. */
  private searchesLeft: number;

  constructor(private readonly text: string) {
    this.searchesLeft = Math.floor(text.length / CHARACTERS_PER_SEARCH);
  }

  /** False when no line has the key; true when one may (a few absent keys pass): a test cheaper than `get`. */
  mayHold(key: string): boolean {
    return this.filtered() ? this.filter!.mayHold(keyHash(KEY_HASH_START, key)) : this.search(key) !== undefined;
  }

  /**
   * `mayHold` of the key made of `head`'s first `end` code units and `tail`, where `headHash` is the `keyHash` of that
   * part: a caller that builds many keys on one head tests them without building them once the filter is there.
   */
  mayHoldJoined(head: string, end: number, tail: string, headHash: number): boolean {
    return this.filtered() ? this.filter!.mayHold(keyHash(headHash, tail)) : this.search(head.slice(0, end) + tail) !== undefined;
  }

  /** Whether the filter answers `mayHold`: built once the searches it replaces would cost about as much as building it. */
  private filtered(): boolean {
    if (this.filter) return true;
    if (this.searchesLeft-- > 0) return false;
    this.filter = keyFilter(this.text);
    return true;
  }

  /** The value of a key (what follows its first tab, '' when the line has none), or undefined when no line has it. */
  get(key: string): string | undefined {
    if (this.filter) return this.filter.mayHold(keyHash(KEY_HASH_START, key)) ? this.search(key) : undefined;
    const found = this.search(key);
    // A miss is what the filter would have answered without a search: misses count towards building it.
    if (found === undefined && this.searchesLeft-- <= 0) this.filter = keyFilter(this.text);
    return found;
  }

  /** `get` by binary search. */
  private search(key: string): string | undefined {
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

/**
 * Characters of a table per search answered before its filter is built (unit: characters). A search costs about
 * 1 µs; building the filter reads every key. English Hunspell stems (890,000 characters; filter 7 ms warm, 20 ms on
 * cold code) answer 4,450 searches first: a short article asks a few hundred questions per table and builds none,
 * a long batch builds it after spending about as much on searches.
 */
const CHARACTERS_PER_SEARCH = 200;

/**
 * The filter of a text's keys, one per line (an empty last line after a final newline is left out), in one pass; its
 * size and number of bits per key as `KeyFilter` takes them.
 */
export function keyFilter(text: string, bitsPerKey = BITS_PER_KEY, bitsSet = BITS_SET): KeyFilter {
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
  const filter = new KeyFilter(KeyFilter.bitsFor(count, bitsPerKey), bitsSet);
  for (let i = 0; i < count; i++) filter.add(hashes[i]!);
  return filter;
}

/** Filter bits per key and bits set per key: about 1.4 % of absent keys pass (units: bits). */
const BITS_PER_KEY = 16;
const BITS_SET = 2;

/**
 * A Bloom filter of a table's keys: `bitsSet` positions per key, from one FNV-1a hash `a` and that hash mixed again
 * `b`: a, b, then a + 2b, a + 3b… (double hashing). It says for sure when a key is absent.
 */
export class KeyFilter {
  private readonly mask: number;

  /** `bits` (32 a number, a power of two of them in all), empty or as another filter's `bits` gave them. */
  constructor(
    readonly bits: Int32Array,
    readonly bitsSet: number,
  ) {
    this.mask = bits.length * 32 - 1;
  }

  /** Empty bits for this many keys at this many bits per key (at least 64, a power of two). */
  static bitsFor(keys: number, bitsPerKey: number): Int32Array {
    let size = 64;
    while (size < keys * bitsPerKey) size *= 2;
    return new Int32Array(size / 32);
  }

  /** Adds a key by its `keyHash`. */
  add(hash: number): void {
    for (let i = 0; i < this.bitsSet; i++) {
      const bit = position(hash, i) & this.mask;
      this.bits[bit >>> 5] = this.bits[bit >>> 5]! | (1 << (bit & 31));
    }
  }

  /** False when the key of this `keyHash` is surely absent. */
  mayHold(hash: number): boolean {
    for (let i = 0; i < this.bitsSet; i++) {
      const bit = position(hash, i) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** The `i`th position of a key of this hash in a filter, before it is masked to the filter's size. */
function position(hash: number, i: number): number {
  if (i === 0) return hash;
  const second = mixed(hash);
  return i === 1 ? second : (hash + Math.imul(i, second)) | 0;
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
