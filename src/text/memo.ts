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
