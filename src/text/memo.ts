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

/**
 * A map of at most `limit` entries that forgets those used longest ago, cheaply: entries go into a young map; when it
 * holds half the limit, it becomes the old one (the previous old one is dropped) and an entry found there is moved back.
 * An entry set a moment ago is never dropped by the next one (as clearing a full map would do in the middle of a batch).
 * RecentCache (above) keeps a strict order instead by moving an entry on every hit: about 400 ns a look-up
 * against 110 for a plain Map, and placing a document looks up some 800 keys and documents.
 */
export class Generations<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) {
      this.old.delete(key);
      this.set(key, older);
    }
    return older;
  }

  has(key: string): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  set(key: string, value: V): void {
    if (!this.young.has(key) && this.young.size >= Math.max(1, this.limit / 2)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.old.delete(key);
    this.young.set(key, value);
  }
}
