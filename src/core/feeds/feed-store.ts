import type { FeedState } from './types.js';

/** The part of the store port that remembers watched feeds: their state and the items already seen. */
export interface FeedStateStore {
  getFeedState(url: string): Promise<FeedState | null>;
  /**
   * Insert or replace a feed's state and, in the same transaction, remember item keys as seen in that feed
   * (keys seen before stay as they were).
   */
  putFeedState(state: FeedState, seenKeys?: readonly string[]): Promise<void>;
  /** Every feed's state, in the order the feeds were first stored. */
  listFeeds(): Promise<FeedState[]>;
  /** Of the given item keys, those already seen in this feed. */
  getSeenItems(url: string, keys: readonly string[]): Promise<Set<string>>;
}
