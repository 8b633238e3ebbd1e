export { feedErrorParams, isLastingError } from './feed-error.js';
export type { FeedStateStore } from './feed-store.js';
export { feedDate, looksLikeHtml, plainLine, textLines } from './item-text.js';
export { type OpmlFeed, type ReadOpmlResult, readOpml } from './opml.js';
export { type FeedPlace, feedItemArticle, feedItemId, feedSource, parseFeedDocument } from './parse-feed.js';
export { type ReadFeedResult, readFeed } from './read-feed.js';
export {
  afterPoll,
  backoffMs,
  DEFAULT_POLL_POLICY,
  feedHealth,
  feedStatus,
  isDue,
  newFeedState,
  nextDueAt,
  type PollOutcome,
  type PollPolicy,
  retryAfterMs,
} from './schedule.js';
export { isJsonFeed, isJsonFeedValue, looksLikeFeed, sniffXmlCharset } from './sniff.js';
export type * from './types.js';
