/**
 * Memoises a function of one string with a bounded cache: the same names and
 * boilerplate lines recur across a batch; when the cache is full it is
 * cleared rather than grown.
 */
export function boundedMemo<T>(compute: (key: string) => T, size: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= size) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * Memoises a function of a language and a word, like boundedMemo: one map per language, so that a call looks the word
 * up as it is, without building and hashing a joined key. At most `size` entries in all; when full, all are cleared.
 */
export function languageMemo<T>(compute: (language: string, word: string) => T, size: number): (language: string, word: string) => T {
  const caches = new Map<string, Map<string, T>>();
  let entries = 0;
  return (language, word) => {
    let cache = caches.get(language);
    if (!cache) caches.set(language, (cache = new Map()));
    let value = cache.get(word);
    if (value === undefined) {
      if (entries >= size) {
        for (const other of caches.values()) other.clear();
        entries = 0;
      }
      value = compute(language, word);
      cache.set(word, value);
      entries++;
    }
    return value;
  };
}

/** A cache of at most `size` entries that drops the one used longest ago when full. */
export class RecentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly size: number) {}

  /** The entry, now the most recently used; undefined if absent. */
  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }

  /** Keeps the entry as the most recently used, dropping the least recently used past the size; returns the value. */
  set(key: string, value: T): T {
    this.entries.delete(key);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
