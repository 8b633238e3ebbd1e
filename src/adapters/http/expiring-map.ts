/** A map whose entries lapse at a time of their own, and which never holds more than `limit` entries. */
export interface ExpiringMap<V> {
  /** The value, unless it has lapsed (a lapsed entry is deleted). */
  get(key: string): V | undefined;
  /** Add or replace an entry; the oldest entries go while they have lapsed or the map is over its limit. */
  set(key: string, value: V, expiresAt: number): void;
  readonly size: number;
}

/**
 * A bounded map for caches of a long-running process, such as per-host state in a `watch` that sees
 * thousands of hosts over days.
 * @example const robots = createExpiringMap<Rules>(Date.now, 5000)
 */
export function createExpiringMap<V>(now: () => number, limit: number): ExpiringMap<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt > now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value, expiresAt) {
      // re-inserted, so that the map's order is the order of writes
      entries.delete(key);
      entries.set(key, { value, expiresAt });
      const at = now();
      // lapsed entries gather at the front: sweep them from there (amortised O(1) per write)
      for (const [old, entry] of entries) {
        if (entry.expiresAt > at && entries.size <= limit) break;
        entries.delete(old);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
