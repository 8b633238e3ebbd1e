/** The syndication formats a feed document can be written in. */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** One entry of a feed, whatever its format. */
export interface FeedItem {
  /** Identity within the feed: the guid or id, else the link, else a hash of title and text. */
  key: string;
  guid?: string;
  title?: string;
  /** The linked article page (absolute http(s) URL). */
  url?: string;
  /** Publication date: ISO 8601 where the feed's form could be read (RFC 822 keeps its offset), else as written. */
  published?: string;
  /** The item's own text as lines (content, else summary or description; HTML turned into lines). */
  lines: string[];
  /** The item's own markup, when its text came from HTML. */
  html?: string;
  /** Why the item could not be read (its key is then a hash of its raw fields, and it has no other field). */
  error?: string;
}

/** A feed document read into its channel facts and items, in document order. */
export interface FeedDocument {
  format: FeedFormat;
  title?: string;
  /** The site the feed belongs to (channel link, Atom alternate link, JSON `home_page_url`). */
  link?: string;
  language?: string;
  items: FeedItem[];
}

/** Why polling a feed or fetching a page failed: a stable code plus detail for the message. */
export interface FeedError {
  code:
    | 'timeout'
    | 'network'
    | 'http_status'
    | 'too_large'
    | 'too_many_redirects'
    | 'robots_disallowed'
    | 'robots_unreachable'
    | 'invalid_url'
    | 'invalid_feed'
    | 'not_html'
    | 'no_text'
    | 'internal';
  /** HTTP status, for `http_status`. */
  status?: number;
  detail?: string;
}

/**
 * What Parallax remembers about one watched feed: conditional-request validators, schedule and health.
 * Times are ISO 8601 strings from the injected clock.
 */
export interface FeedState {
  /** The feed URL as given (the key). */
  url: string;
  title: string | null;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: FeedError | null;
  consecutiveErrors: number;
  /** When the feed is due again (interval after success, backoff after errors, Retry-After when given). */
  nextPollAt: string | null;
  /** Distinct items seen in the feed so far. */
  itemsSeen: number;
  /** Items that became new stored articles. */
  itemsIngested: number;
  /** When the feed last showed an item not seen before. */
  lastNewItemAt: string | null;
}

/** A feed's health at a moment: failing (errors in a row), stale (no new item for too long), ok, or new. */
export type FeedStatus = 'new' | 'ok' | 'stale' | 'failing';

export interface FeedHealth extends FeedState {
  status: FeedStatus;
}
