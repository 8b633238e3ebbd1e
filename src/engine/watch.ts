import {
  afterPoll,
  DEFAULT_POLL_POLICY,
  type FeedDocument,
  type FeedError,
  type FeedHealth,
  type FeedItem,
  type FeedState,
  feedErrorParams,
  feedHealth,
  feedItemId,
  isDue,
  newFeedState,
  nextDueAt,
  type PollOutcome,
  type PollPolicy,
  readFeed,
  retryAfterMs,
  sniffXmlCharset,
} from '../core/feeds/index.js';
import type { Fetcher } from '../core/fetcher.js';
import { decodeBytes } from '../core/ingest/index.js';
import { type Issue, issue } from '../core/issues.js';
import type { RawArticle } from '../core/types.js';
import { readFeedItem } from './feed-item.js';
import type { Parallax } from './parallax.js';
import { emptySummary, type IngestSummary, recordIssue } from './summary.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export interface FeedWatcherOptions {
  parallax: Parallax;
  fetcher: Fetcher;
  /** Interval, backoff cap and staleness; defaults to DEFAULT_POLL_POLICY. */
  policy?: Partial<PollPolicy>;
  /** Clock; defaults to the system clock. */
  now?: () => Date;
  /** Waits between rounds of polling; rejects (or resolves early) when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  onEvent?: (event: WatchEvent) => void;
}

/** Progress of a watch, for the CLI to print. */
export type WatchEvent =
  | { kind: 'polling'; url: string }
  | { kind: 'polled'; report: FeedPollReport }
  | { kind: 'issue'; issue: Issue }
  | { kind: 'waiting'; until: string };

/** What one poll of one feed did. */
export interface FeedPollReport {
  url: string;
  outcome: PollOutcome['kind'];
  error: FeedError | null;
  /** Items in the document, and items not seen before in this feed. */
  items: number;
  newItems: number;
  /** The ingest of the new items, with the feed's and items' issues. */
  summary: IngestSummary;
  state: FeedState;
}

/**
 * Poll feeds with conditional requests, back off from failing ones, and ingest each new item (its page
 * fetched politely, else its own text) through the engine. State and seen items live in the store.
 * @example await createFeedWatcher({ parallax, fetcher: createFetcher() }).pollAll(['https://example.org/rss'])
 */
export function createFeedWatcher(options: FeedWatcherOptions) {
  const { parallax, fetcher } = options;
  const store = parallax.store;
  const policy: PollPolicy = { ...DEFAULT_POLL_POLICY, ...options.policy };
  const now = options.now ?? (() => new Date());
  const emit = options.onEvent ?? (() => {});

  async function stateOf(url: string): Promise<FeedState> {
    return (await store.getFeedState(url)) ?? newFeedState(url, now());
  }

  /** Add feeds not stored yet, so that `feeds` lists them before their first poll. */
  async function register(urls: readonly string[]): Promise<void> {
    for (const url of urls)
      if (!(await store.getFeedState(url))) await store.putFeedState(newFeedState(url, now()));
  }

  async function pollFeed(url: string, signal?: AbortSignal): Promise<FeedPollReport | null> {
    const state = await stateOf(url);
    emit({ kind: 'polling', url });
    const response = await fetcher.fetch({
      url,
      etag: state.etag,
      lastModified: state.lastModified,
      accept: FEED_ACCEPT,
      ...(signal ? { signal } : {}),
    });
    if (signal?.aborted) return null;
    const finish = async (
      outcome: PollOutcome,
      summary: IngestSummary = emptySummary(),
      seen: { items: number; keys: string[] } = { items: 0, keys: [] },
    ) => {
      if (outcome.kind === 'failed') {
        const failure = issue('feed_fetch_failed', 'error', { path: url }, feedErrorParams(outcome.error));
        recordIssue(summary, failure);
        emit({ kind: 'issue', issue: failure });
      }
      const next = afterPoll(state, outcome, now(), policy);
      await store.putFeedState(next, seen.keys);
      const result: FeedPollReport = {
        url,
        outcome: outcome.kind,
        error: outcome.kind === 'failed' ? outcome.error : null,
        items: seen.items,
        newItems: seen.keys.length,
        summary,
        state: next,
      };
      emit({ kind: 'polled', report: result });
      return result;
    };
    if (!response.ok) {
      const retryAfter = retryAfterMs(response.retryAfter, now());
      return finish({ kind: 'failed', error: response.error, retryAfterMs: retryAfter });
    }
    if (response.notModified) return finish({ kind: 'not_modified' });
    const read = readFeedBody(url, response.body, response.contentType);
    if (!read.ok) return finish({ kind: 'failed', error: read.error });
    const { feed } = read;
    const fresh = await freshItems(url, feed);
    const stored = await store.getInputHashes(fresh.map(({ item, index }) => feedItemId(item, index, url)));
    const articles: RawArticle[] = [];
    const itemIssues: Issue[] = [];
    for (const { item, index } of fresh) {
      if (signal?.aborted) return null;
      // already stored under its link: seen in another feed, or ingested from a file
      if (stored.has(feedItemId(item, index, url))) continue;
      const one = await readFeedItem(item, feed, { feedUrl: url, index }, fetcher, signal);
      if (one.ok) articles.push(one.article);
      else {
        itemIssues.push(one.issue);
        emit({ kind: 'issue', issue: one.issue });
      }
    }
    if (signal?.aborted) return null;
    const summary =
      articles.length === 0
        ? emptySummary()
        : await parallax.ingestArticles(articles, {
            inputs: [url],
            onIssue: (item) => emit({ kind: 'issue', issue: item }),
          });
    for (const item of itemIssues) recordIssue(summary, item);
    const outcome: PollOutcome = {
      kind: 'fetched',
      etag: response.etag,
      lastModified: response.lastModified,
      title: feed.title ?? null,
      newItems: fresh.length,
      ingested: summary.ingested,
    };
    return finish(outcome, summary, { items: feed.items.length, keys: fresh.map(({ item }) => item.key) });
  }

  /** The feed's items not seen before (each key once), with their position in the document. */
  async function freshItems(url: string, feed: FeedDocument): Promise<{ item: FeedItem; index: number }[]> {
    const seen = await store.getSeenItems(
      url,
      feed.items.map((item) => item.key),
    );
    const fresh: { item: FeedItem; index: number }[] = [];
    feed.items.forEach((item, index) => {
      if (seen.has(item.key)) return;
      seen.add(item.key);
      fresh.push({ item, index });
    });
    return fresh;
  }

  return {
    /** Poll one feed now, due or not; null when the signal stopped it (nothing is recorded then). */
    pollFeed,
    /** Poll each feed once, in order, due or not (`watch --once`). */
    async pollAll(urls: readonly string[], signal?: AbortSignal): Promise<FeedPollReport[]> {
      await register(urls);
      const reports: FeedPollReport[] = [];
      for (const url of urls) {
        const polled = await pollFeed(url, signal);
        if (!polled) break;
        reports.push(polled);
      }
      return reports;
    },
    /** Poll the feeds whenever they are due until the signal aborts. */
    async run(urls: readonly string[], signal?: AbortSignal): Promise<void> {
      await register(urls);
      const sleep = options.sleep ?? defaultSleep;
      while (!signal?.aborted) {
        for (const url of urls) {
          if (signal?.aborted) return;
          if (isDue(await stateOf(url), now())) await pollFeed(url, signal);
        }
        const next = nextDueAt(await Promise.all(urls.map(stateOf)));
        if (next === null || signal?.aborted) return;
        const wait = next.getTime() - now().getTime();
        if (wait <= 0) continue;
        emit({ kind: 'waiting', until: next.toISOString() });
        try {
          await sleep(wait, signal);
        } catch {
          return;
        }
      }
    },
    /** Every stored feed with its status now. */
    async health(): Promise<FeedHealth[]> {
      const at = now();
      return (await store.listFeeds()).map((state) => feedHealth(state, at, policy));
    },
  };
}

export type FeedWatcher = ReturnType<typeof createFeedWatcher>;

function readFeedBody(
  url: string,
  body: Uint8Array,
  contentType: string | null,
): { ok: true; feed: FeedDocument } | { ok: false; error: FeedError } {
  const declared = /charset\s*=\s*"?([\w.:-]+)/iu.exec(contentType ?? '')?.[1] ?? sniffXmlCharset(body);
  const decoded = decodeBytes(body, { path: url }, declared ? { declaredCharset: declared } : {});
  if (!decoded.ok)
    return {
      ok: false,
      error: { code: 'invalid_feed', detail: decoded.issues.at(-1)?.code ?? 'unreadable' },
    };
  const read = readFeed(decoded.text);
  return read.ok ? read : { ok: false, error: { code: 'invalid_feed', detail: read.reason } };
}

/** Wait `ms`, or less when the signal aborts. */
function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
