import {
  afterPoll,
  DEFAULT_POLL_POLICY,
  type FeedDocument,
  type FeedError,
  type FeedHealth,
  type FeedState,
  type FeedStateStore,
  feedErrorParams,
  feedHealth,
  isDue,
  newFeedState,
  nextDueAt,
  type PollOutcome,
  type PollPolicy,
  retryAfterMs,
} from '../core/feeds/index.js';
import type { Fetcher } from '../core/fetcher.js';
import { type Issue, issue } from '../core/issues.js';
import { FEED_ACCEPT, readFeedBody } from './feed-body.js';
import type { Parallax } from './parallax.js';
import { emptySummary, type IngestSummary, recordIssue } from './summary.js';
import { type FreshItem, ingestFreshItems } from './watch-items.js';

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
  /** Items in the document, items not seen before in this feed, and items kept to be tried again. */
  items: number;
  newItems: number;
  retrying: number;
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
  const emitIssue = (item: Issue) => emit({ kind: 'issue', issue: item });
  /** The state this watcher last gave each feed: it holds even while the store cannot be written. */
  const known = new Map<string, FeedState>();
  /** Per feed, items that failed for a passing reason: key → polls failed so far. */
  const retries = new Map<string, Map<string, number>>();

  async function stateOf(url: string): Promise<FeedState> {
    const remembered = known.get(url);
    if (remembered) return remembered;
    try {
      return (await store.getFeedState(url)) ?? newFeedState(url, now());
    } catch {
      // the poll will fail on the store too, and be recorded (and backed off) here
      return newFeedState(url, now());
    }
  }

  /** Add feeds not stored yet, so that `feeds` lists them before their first poll. */
  async function register(urls: readonly string[]): Promise<void> {
    for (const url of urls) {
      try {
        if (!(await store.getFeedState(url))) await store.putFeedState(newFeedState(url, now()));
      } catch {
        // the feed's first poll meets the same store error, and records and reports it
      }
    }
  }

  /** Record a poll's outcome, remember the settled item keys, and report it. */
  async function finish(
    url: string,
    state: FeedState,
    outcome: PollOutcome,
    summary: IngestSummary = emptySummary(),
    seen: PollCounts = NOTHING_SEEN,
  ): Promise<FeedPollReport> {
    if (outcome.kind === 'failed') {
      const failure = issue('feed_fetch_failed', 'error', { path: url }, feedErrorParams(outcome.error));
      recordIssue(summary, failure);
      emitIssue(failure);
    }
    const next = afterPoll(state, outcome, now(), policy);
    known.set(url, next);
    await store.putFeedState(next, seen.settled);
    return reported(url, outcome, summary, seen, next);
  }

  function reported(
    url: string,
    outcome: PollOutcome,
    summary: IngestSummary,
    seen: PollCounts,
    state: FeedState,
  ): FeedPollReport {
    const report: FeedPollReport = {
      url,
      outcome: outcome.kind,
      error: outcome.kind === 'failed' ? outcome.error : null,
      items: seen.items,
      newItems: seen.newItems,
      retrying: seen.retrying,
      summary,
      state,
    };
    emit({ kind: 'polled', report });
    return report;
  }

  async function pollOnce(
    url: string,
    state: FeedState,
    signal?: AbortSignal,
  ): Promise<FeedPollReport | null> {
    const response = await fetcher.fetch({
      url,
      etag: state.etag,
      lastModified: state.lastModified,
      accept: FEED_ACCEPT,
      ...(signal ? { signal } : {}),
    });
    if (signal?.aborted) return null;
    if (!response.ok) {
      const retryAfter = retryAfterMs(response.retryAfter, now());
      return finish(url, state, { kind: 'failed', error: response.error, retryAfterMs: retryAfter });
    }
    if (response.notModified) return finish(url, state, { kind: 'not_modified' });
    const read = readFeedBody(url, response.body, response.contentType);
    if (!read.ok) return finish(url, state, { kind: 'failed', error: read.error });
    const { feed } = read;
    const fresh = await freshItems(url, feed);
    const failedBefore = retries.get(url) ?? new Map<string, number>();
    const done = await ingestFreshItems(
      { parallax, fetcher, emit: emitIssue, signal },
      url,
      feed,
      fresh,
      failedBefore,
    );
    if (!done) return null;
    if (done.pending.size > 0) retries.set(url, done.pending);
    else retries.delete(url);
    const newItems = fresh.filter(({ item }) => !failedBefore.has(item.key)).length;
    // items to retry are in the document we just read: without validators, the next poll reads it again
    const waiting = done.pending.size > 0;
    const outcome: PollOutcome = {
      kind: 'fetched',
      etag: waiting ? null : response.etag,
      lastModified: waiting ? null : response.lastModified,
      title: feed.title ?? null,
      newItems,
      ingested: done.summary.ingested,
    };
    return finish(url, state, outcome, done.summary, {
      items: feed.items.length,
      newItems,
      settled: done.settled,
      retrying: done.pending.size,
    });
  }

  /** Poll one feed; whatever goes wrong (the store included) becomes a failed poll, never an exception. */
  async function pollFeed(url: string, signal?: AbortSignal): Promise<FeedPollReport | null> {
    const state = await stateOf(url);
    emit({ kind: 'polling', url });
    try {
      return await pollOnce(url, state, signal);
    } catch (error) {
      if (signal?.aborted) return null;
      return recordCrash(url, state, error);
    }
  }

  async function recordCrash(url: string, state: FeedState, cause: unknown): Promise<FeedPollReport> {
    const error: FeedError = {
      code: 'internal',
      detail: cause instanceof Error ? cause.message : String(cause),
    };
    const summary = emptySummary();
    const failure = issue('feed_fetch_failed', 'error', { path: url }, feedErrorParams(error));
    recordIssue(summary, failure);
    emitIssue(failure);
    const outcome: PollOutcome = { kind: 'failed', error };
    const next = afterPoll(state, outcome, now(), policy);
    known.set(url, next);
    try {
      await store.putFeedState(next);
    } catch {
      // the store is down: the backoff held in `known` still spaces out the next polls
    }
    return reported(url, outcome, summary, { ...NOTHING_SEEN, retrying: retries.get(url)?.size ?? 0 }, next);
  }

  /** The feed's items not seen before (each key once), with their position in the document. */
  async function freshItems(url: string, feed: FeedDocument): Promise<FreshItem[]> {
    const seen = await store.getSeenItems(
      url,
      feed.items.map((item) => item.key),
    );
    const fresh: FreshItem[] = [];
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
    health: () => listFeedHealth(store, now(), policy),
  };
}

/**
 * Every stored feed with its status at `now`; staleness from the policy (DEFAULT_POLL_POLICY by default).
 * @example await listFeedHealth(px.store, new Date(), { staleAfterMs: 72 * 3_600_000 })
 */
export async function listFeedHealth(
  store: FeedStateStore,
  now: Date,
  policy: Partial<Pick<PollPolicy, 'staleAfterMs'>> = {},
): Promise<FeedHealth[]> {
  const staleAfter = { staleAfterMs: policy.staleAfterMs ?? DEFAULT_POLL_POLICY.staleAfterMs };
  return (await store.listFeeds()).map((state) => feedHealth(state, now, staleAfter));
}

export type FeedWatcher = ReturnType<typeof createFeedWatcher>;

/** A poll's items: in the document, new, settled for good (their keys), and waiting for a retry. */
interface PollCounts {
  items: number;
  newItems: number;
  settled: string[];
  retrying: number;
}

const NOTHING_SEEN: PollCounts = { items: 0, newItems: 0, settled: [], retrying: 0 };

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
