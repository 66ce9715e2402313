/** A bounded map: at most `capacity` entries, the least recently used dropped first. */
export interface LruCache<V> {
  /** The value for `key`, which becomes the most recently used. */
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
}

/** A {@link LruCache} over a `Map`, whose insertion order is the recency order. */
export function createLruCache<V>(capacity: number): LruCache<V> {
  if (!(capacity >= 1)) throw new RangeError(`an LRU cache holds at least one entry, not ${capacity}`);
  const entries = new Map<string, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key); // re-inserted as the most recently used
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      if (entries.size >= capacity) entries.delete(entries.keys().next().value ?? '');
      entries.set(key, value);
    },
    get size() {
      return entries.size;
    },
  };
}
