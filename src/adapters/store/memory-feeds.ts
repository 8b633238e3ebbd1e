import type { FeedState } from '../../core/feeds/index.js';

/** Watched feeds in Maps, with the JSON copy semantics a persistent store has. */
export function createFeedIndex() {
  const states = new Map<string, FeedState>();
  const seen = new Map<string, Set<string>>();
  const copy = (state: FeedState): FeedState => JSON.parse(JSON.stringify(state));
  return {
    get(url: string): FeedState | null {
      const state = states.get(url);
      return state ? copy(state) : null;
    },
    put(state: FeedState, keys: readonly string[]): void {
      states.set(state.url, copy(state));
      const known = seen.get(state.url) ?? new Set<string>();
      seen.set(state.url, known);
      for (const key of keys) known.add(key);
    },
    list(): FeedState[] {
      return [...states.values()].map(copy);
    },
    seen(url: string, keys: readonly string[]): Set<string> {
      const known = seen.get(url);
      return new Set(keys.filter((key) => known?.has(key)));
    },
    clear(): void {
      states.clear();
      seen.clear();
    },
  };
}
