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
