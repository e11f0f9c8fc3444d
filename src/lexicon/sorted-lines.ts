/**
 * A table kept as the text it was read as: lines `key\tvalue`, sorted by key in code-unit order (JavaScript's `<`;
 * the tab sorts below every letter, so line order is key order) and each key on one line. A key is found by
 * binary search over character positions, backing up to the start of the line a probe lands in: loading is
 * reading the file, with no per-line work and no index beside the text.
 */
export class SortedLines {
  constructor(private readonly text: string) {}

  /** The value of a key (what follows its first tab, '' when the line has none), or undefined when no line has it. */
  get(key: string): string | undefined {
    const { text } = this;
    let low = 0;
    let high = text.length;
    // Invariant: `low` starts a line; the key's line, if any, starts in [low, high).
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1;
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const tab = text.indexOf('\t', start);
      const keyEnd = tab < 0 || tab > end ? end : tab;
      const found = text.slice(start, keyEnd);
      if (found === key) return keyEnd === end ? '' : text.slice(keyEnd + 1, end);
      if (found < key) low = end + 1;
      else high = start;
    }
    return undefined;
  }
}
