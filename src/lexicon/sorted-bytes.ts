/** Bytes that end a line's key: the tab before its value, the newline after the line. */
const TAB = 9;
const NEWLINE = 10;

/**
 * A table of lines `key\tvalue` kept as the UTF-8 bytes it was read as, for tables only read by key (the concept
 * tables): a key is found by binary search over the bytes, and only the value found is decoded. Decoding the
 * English concepts file to text took 28 ms of CPU and 16 MB at every start, for a few hundred lookups per article.
 *
 * The lines must be sorted by key in byte order, which for UTF-8 is code-point order: the order of JavaScript's `<`
 * (code units) as long as no key holds a character beyond U+FFFF (the build writes code-unit order; a test checks
 * that every concept file is in byte order too).
 */
export class SortedBytes {
  constructor(private readonly bytes: Buffer) {}

  /** The value of a key (what follows its first tab, '' when the line has none), or undefined when no line has it. */
  get(key: string): string | undefined {
    // A lone surrogate would be written as U+FFFD and could meet a key that holds one; as text it meets none.
    if (LONE_SURROGATE.test(key)) return undefined;
    const wanted = Buffer.from(key, 'utf8');
    const bytes = this.bytes;
    // Every line starting before `low` sorts before the key, every line starting at or after `high` after it.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
      const order = compareKey(bytes, start, wanted);
      if (order === 0) return valueAt(bytes, start + wanted.length);
      if (order < 0) {
        const newline = bytes.indexOf(NEWLINE, start);
        low = newline < 0 ? bytes.length : newline + 1;
      } else high = start;
    }
    return undefined;
  }
}

/** The order of two strings' UTF-8 bytes, which is the order of their code points: the order SortedBytes reads. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The line of `bytes` that starts at `start`, without its newline, as text. */
export function lineAt(bytes: Buffer, start: number): string {
  const newline = bytes.indexOf(NEWLINE, start);
  return bytes.toString('utf8', start, newline < 0 ? bytes.length : newline);
}

/** A surrogate code unit not in a pair (in `u` mode a pair is one code point, which this does not match). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The value of the line whose key ends at `keyEnd`: what follows the tab, up to the newline. */
function valueAt(bytes: Buffer, keyEnd: number): string {
  if (keyEnd >= bytes.length || bytes[keyEnd] === NEWLINE) return '';
  const newline = bytes.indexOf(NEWLINE, keyEnd);
  return bytes.toString('utf8', keyEnd + 1, newline < 0 ? bytes.length : newline);
}

/** The order of the key of the line starting at `start` against `key` (negative: the line's key sorts first). */
function compareKey(bytes: Uint8Array, start: number, key: Uint8Array): number {
  const length = key.length;
  for (let i = 0; i < length; i++) {
    const at = start + i;
    const unit = at < bytes.length ? bytes[at]! : NEWLINE;
    // The line's key ends here: it is a prefix of `key`, so it sorts first.
    if (unit === TAB || unit === NEWLINE) return -1;
    const wantedUnit = key[i]!;
    if (unit !== wantedUnit) return unit - wantedUnit;
  }
  const after = start + length;
  const unit = after < bytes.length ? bytes[after]! : NEWLINE;
  return unit === TAB || unit === NEWLINE ? 0 : 1;
}
