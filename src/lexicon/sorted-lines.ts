/** Code units that end a line's key: the tab before its value, the newline after the line. */
const TAB = 9;
const NEWLINE = 10;

/**
 * A table kept as the text it was read as: lines `key\tvalue`, sorted by key in code-unit order (JavaScript's `<`;
 * the tab sorts below every letter, so line order is key order) and each key on one line. A key is found by
 * binary search over the lines, comparing it with each probed line's key in place: loading is reading the file;
 * the first lookup notes where each line starts (one pass, 4 bytes a line), so that a lookup slices nothing
 * but the value it returns.
 */
export class SortedLines {
  private starts: Int32Array | null = null;

  constructor(private readonly text: string) {}

  /** The value of a key (what follows its first tab, '' when the line has none), or undefined when no line has it. */
  get(key: string): string | undefined {
    const { text } = this;
    const starts = (this.starts ??= lineStarts(text));
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

/** Where each line of a text starts (an empty last line after a final newline is left out). */
function lineStarts(text: string): Int32Array {
  let count = text.length > 0 ? 1 : 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (at + 1 < text.length) count++;
  const starts = new Int32Array(count);
  let line = 0;
  if (count > 0) starts[line++] = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (at + 1 < text.length) starts[line++] = at + 1;
  return starts;
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
