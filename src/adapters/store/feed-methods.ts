import type { FeedState, FeedStateStore } from '../../core/feeds/index.js';

/** Where a store keeps watched feeds, synchronously: in memory or in SQLite statements. */
export interface FeedIndex {
  get(url: string): FeedState | null;
  /** At once: the feed's state, and the item keys now seen in it. */
  put(state: FeedState, keys: readonly string[]): void;
  list(): FeedState[];
  seen(url: string, keys: readonly string[]): Set<string>;
}

/** The store port's feed methods over a feed index, each run through the store's guard. */
export function feedStateMethods(
  feeds: FeedIndex,
  run: <T>(operation: string, work: () => T) => T,
): FeedStateStore {
  return {
    async getFeedState(url) {
      return run('getFeedState', () => feeds.get(url));
    },
    async putFeedState(state, seenKeys = []) {
      run('putFeedState', () => feeds.put(state, seenKeys));
    },
    async listFeeds() {
      return run('listFeeds', () => feeds.list());
    },
    async getSeenItems(url, keys) {
      return run('getSeenItems', () => feeds.seen(url, keys));
    },
  };
}
