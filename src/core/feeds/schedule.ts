import type { FeedError, FeedHealth, FeedState, FeedStatus } from './types.js';

/** How often feeds are polled, how far errors push the next poll out, and when a quiet feed is stale. */
export interface PollPolicy {
  /** Time between polls of a healthy feed. */
  intervalMs: number;
  /** Longest wait after errors (also caps a server's Retry-After). */
  maxBackoffMs: number;
  /** A feed that showed no new item for this long is stale. */
  staleAfterMs: number;
}

export const DEFAULT_POLL_POLICY: PollPolicy = {
  intervalMs: 15 * 60_000,
  maxBackoffMs: 24 * 3_600_000,
  staleAfterMs: 48 * 3_600_000,
};

/** What one poll of a feed came to. */
export type PollOutcome =
  | { kind: 'not_modified' }
  | {
      kind: 'fetched';
      etag: string | null;
      lastModified: string | null;
      title: string | null;
      /** Items not seen before in this poll, and how many of them became new articles. */
      newItems: number;
      ingested: number;
    }
  | { kind: 'failed'; error: FeedError; retryAfterMs?: number | undefined };

/** A feed as first added: never polled, due at once. */
export function newFeedState(url: string, now: Date): FeedState {
  return {
    url,
    title: null,
    addedAt: now.toISOString(),
    etag: null,
    lastModified: null,
    lastPollAt: null,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastError: null,
    consecutiveErrors: 0,
    nextPollAt: null,
    itemsSeen: 0,
    itemsIngested: 0,
    lastNewItemAt: null,
  };
}

/**
 * The wait after the n-th error in a row: the interval doubled per error (2×, 4×, 8× …), at most maxBackoffMs.
 * @example backoffMs(3, { ...DEFAULT_POLL_POLICY, intervalMs: 60_000 }) // 480_000
 */
export function backoffMs(consecutiveErrors: number, policy: PollPolicy): number {
  if (consecutiveErrors <= 0) return policy.intervalMs;
  const exponent = Math.min(consecutiveErrors, 40);
  return Math.min(policy.maxBackoffMs, policy.intervalMs * 2 ** exponent);
}

/**
 * Milliseconds a Retry-After header asks to wait (delay-seconds or an HTTP date), or undefined when absent or unreadable.
 * @example retryAfterMs('120', new Date()) // 120_000
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/u.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** The feed's state after a poll at `now`: validators, health counters and when it is due next. */
export function afterPoll(state: FeedState, outcome: PollOutcome, now: Date, policy: PollPolicy): FeedState {
  const at = now.toISOString();
  const next = (ms: number) => new Date(now.getTime() + ms).toISOString();
  if (outcome.kind === 'failed') {
    const errors = state.consecutiveErrors + 1;
    const wait = Math.max(
      backoffMs(errors, policy),
      Math.min(outcome.retryAfterMs ?? 0, policy.maxBackoffMs),
    );
    return {
      ...state,
      lastPollAt: at,
      lastErrorAt: at,
      lastError: outcome.error,
      consecutiveErrors: errors,
      nextPollAt: next(wait),
    };
  }
  const success: FeedState = {
    ...state,
    lastPollAt: at,
    lastSuccessAt: at,
    consecutiveErrors: 0,
    nextPollAt: next(policy.intervalMs),
  };
  if (outcome.kind === 'not_modified') return success;
  return {
    ...success,
    title: outcome.title ?? state.title,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    itemsSeen: state.itemsSeen + outcome.newItems,
    itemsIngested: state.itemsIngested + outcome.ingested,
    lastNewItemAt: outcome.newItems > 0 ? at : state.lastNewItemAt,
  };
}

/** Whether a feed should be polled at `now`. */
export function isDue(state: FeedState, now: Date): boolean {
  return state.nextPollAt === null || Date.parse(state.nextPollAt) <= now.getTime();
}

/** The earliest time any of the feeds is due, or null for no feeds. */
export function nextDueAt(states: readonly FeedState[]): Date | null {
  let earliest: number | null = null;
  for (const state of states) {
    const at = state.nextPollAt === null ? Number.NEGATIVE_INFINITY : Date.parse(state.nextPollAt);
    if (earliest === null || at < earliest) earliest = at;
  }
  if (earliest === null) return null;
  return new Date(Number.isFinite(earliest) ? earliest : 0);
}

/**
 * A feed's status at `now`: failing while its last poll failed, new until a poll succeeded, stale when no new
 * item appeared for staleAfterMs (counted from when it was added if it never showed one), else ok.
 */
export function feedStatus(
  state: FeedState,
  now: Date,
  policy: Pick<PollPolicy, 'staleAfterMs'>,
): FeedStatus {
  if (state.consecutiveErrors > 0) return 'failing';
  if (state.lastSuccessAt === null) return 'new';
  const since = Date.parse(state.lastNewItemAt ?? state.addedAt);
  return now.getTime() - since > policy.staleAfterMs ? 'stale' : 'ok';
}

/** The state with its status at `now`. */
export function feedHealth(
  state: FeedState,
  now: Date,
  policy: Pick<PollPolicy, 'staleAfterMs'>,
): FeedHealth {
  return { ...state, status: feedStatus(state, now, policy) };
}
