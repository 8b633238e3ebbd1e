import type { FeedError, FeedHealth, FeedStatus } from '../core/feeds/index.js';
import { feedErrorMessage } from '../messages/en.js';

/** The stable JSON form of a watched feed's health, shared by `parallax feeds --json` and the HTTP API. */
export interface FeedView {
  url: string;
  title: string | null;
  status: FeedStatus;
  added_at: string;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: FeedError | null;
  /** The last error in words. */
  last_error_message: string | null;
  consecutive_errors: number;
  next_poll_at: string | null;
  items_seen: number;
  items_ingested: number;
  last_new_item_at: string | null;
}

export function toFeedView(health: FeedHealth): FeedView {
  return {
    url: health.url,
    title: health.title,
    status: health.status,
    added_at: health.addedAt,
    last_poll_at: health.lastPollAt,
    last_success_at: health.lastSuccessAt,
    last_error_at: health.lastErrorAt,
    last_error: health.lastError,
    last_error_message: health.lastError ? feedErrorMessage(health.lastError) : null,
    consecutive_errors: health.consecutiveErrors,
    next_poll_at: health.nextPollAt,
    items_seen: health.itemsSeen,
    items_ingested: health.itemsIngested,
    last_new_item_at: health.lastNewItemAt,
  };
}
