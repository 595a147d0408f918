/**
 * The memo behind a label's words and a prepared query: search computes both for the same strings
 * again and again, so their results are kept, up to a bound.
 */

/**
 * A small memo for pure functions of a string that search calls once per label per query (the
 * same few thousand labels again and again).
 */
export function memo<T>(fn: (key: string) => T, size = 4000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= size) cache.clear();
    cache.set(key, value);
    return value;
  };
}
