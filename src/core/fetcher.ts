import type { FeedError } from './feeds/types.js';

/** One GET request: the URL, validators from an earlier answer, and whether robots.txt must allow it. */
export interface FetchRequest {
  url: string;
  /** Sent as If-None-Match. */
  etag?: string | null;
  /** Sent as If-Modified-Since. */
  lastModified?: string | null;
  accept?: string;
  /** Ask the site's robots.txt first (article pages); feeds are meant for machines and skip it. */
  robots?: boolean;
  /** Stops the request (and any wait before it) when aborted. */
  signal?: AbortSignal;
}

/** The answer to a request: a body, "not modified", or why there is none (with a Retry-After, when sent). */
export type FetchResult =
  | {
      ok: true;
      notModified: false;
      /** Final URL, after redirects. */
      url: string;
      status: number;
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: true; notModified: true; url: string; status: 304 }
  | { ok: false; url: string; error: FeedError; retryAfter: string | null };

/**
 * The port for fetching over HTTP. Implementations own politeness: a user agent, timeouts, a body size
 * limit, a bounded number of redirects, robots.txt and a minimum delay between requests to one host.
 */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}
