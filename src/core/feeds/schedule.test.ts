import { describe, expect, test } from 'vitest';
import {
  afterPoll,
  backoffMs,
  DEFAULT_POLL_POLICY,
  feedStatus,
  isDue,
  newFeedState,
  nextDueAt,
  type PollPolicy,
  retryAfterMs,
} from './schedule.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const policy: PollPolicy = { intervalMs: 10 * MINUTE, maxBackoffMs: 6 * HOUR, staleAfterMs: 48 * HOUR };
const t0 = new Date('2024-06-13T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const URL = 'https://harbour.example/rss';

describe('backoffMs', () => {
  test('doubles the interval with each error in a row, up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((errors) => backoffMs(errors, policy) / MINUTE)).toEqual([
      10, 20, 40, 80, 160, 320, 360, 360,
    ]);
  });
});

describe('retryAfterMs', () => {
  test('reads delay-seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(retryAfterMs('120', t0)).toBe(120_000);
    expect(retryAfterMs('Thu, 13 Jun 2024 09:30:00 GMT', t0)).toBe(90 * MINUTE);
    expect(retryAfterMs('Thu, 13 Jun 2024 07:00:00 GMT', t0)).toBe(0);
    expect([retryAfterMs(null, t0), retryAfterMs('soon', t0), retryAfterMs(' ', t0)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('afterPoll', () => {
  test('records a fetch with new items: validators, counts, last new item, next poll one interval later', () => {
    const state = afterPoll(
      newFeedState(URL, t0),
      {
        kind: 'fetched',
        etag: '"v1"',
        lastModified: 'Thu, 13 Jun 2024 07:59:00 GMT',
        title: 'Harbour',
        newItems: 3,
        ingested: 2,
      },
      at(MINUTE),
      policy,
    );
    expect(state).toEqual({
      url: URL,
      title: 'Harbour',
      addedAt: '2024-06-13T08:00:00.000Z',
      etag: '"v1"',
      lastModified: 'Thu, 13 Jun 2024 07:59:00 GMT',
      lastPollAt: '2024-06-13T08:01:00.000Z',
      lastSuccessAt: '2024-06-13T08:01:00.000Z',
      lastErrorAt: null,
      lastError: null,
      consecutiveErrors: 0,
      nextPollAt: '2024-06-13T08:11:00.000Z',
      itemsSeen: 3,
      itemsIngested: 2,
      lastNewItemAt: '2024-06-13T08:01:00.000Z',
    });
  });

  test('backs off exponentially on errors, honours a longer Retry-After, and resets after a success', () => {
    let state = newFeedState(URL, t0);
    const next: string[] = [];
    const fail = (ms: number, retryAfter?: number) => {
      state = afterPoll(
        state,
        { kind: 'failed', error: { code: 'http_status', status: 503 }, retryAfterMs: retryAfter },
        at(ms),
        policy,
      );
      next.push(`${state.consecutiveErrors}: ${state.nextPollAt}`);
    };
    fail(0);
    fail(20 * MINUTE);
    fail(HOUR, 5 * HOUR);
    fail(6 * HOUR, 48 * HOUR);
    expect(next).toEqual([
      '1: 2024-06-13T08:20:00.000Z',
      '2: 2024-06-13T09:00:00.000Z',
      '3: 2024-06-13T14:00:00.000Z',
      '4: 2024-06-13T20:00:00.000Z',
    ]);
    expect(state).toMatchObject({
      lastError: { code: 'http_status', status: 503 },
      lastErrorAt: '2024-06-13T14:00:00.000Z',
      lastSuccessAt: null,
    });
    state = afterPoll(state, { kind: 'not_modified' }, at(14 * HOUR), policy);
    expect(state).toMatchObject({
      consecutiveErrors: 0,
      lastSuccessAt: '2024-06-13T22:00:00.000Z',
      nextPollAt: '2024-06-13T22:10:00.000Z',
      lastError: { code: 'http_status', status: 503 },
    });
  });

  test('keeps validators and counts when the feed was not modified', () => {
    const fetched = afterPoll(
      newFeedState(URL, t0),
      { kind: 'fetched', etag: '"v1"', lastModified: null, title: null, newItems: 2, ingested: 2 },
      t0,
      policy,
    );
    expect(afterPoll(fetched, { kind: 'not_modified' }, at(HOUR), policy)).toEqual({
      ...fetched,
      lastPollAt: '2024-06-13T09:00:00.000Z',
      lastSuccessAt: '2024-06-13T09:00:00.000Z',
      nextPollAt: '2024-06-13T09:10:00.000Z',
    });
  });
});

describe('scheduling and health', () => {
  test('a new feed is due at once; a polled one when its next poll comes', () => {
    const polled = afterPoll(newFeedState(URL, t0), { kind: 'not_modified' }, t0, policy);
    expect([
      isDue(newFeedState(URL, t0), t0),
      isDue(polled, at(9 * MINUTE)),
      isDue(polled, at(10 * MINUTE)),
    ]).toEqual([true, false, true]);
    expect(nextDueAt([polled, { ...polled, nextPollAt: '2024-06-13T08:05:00.000Z' }])).toEqual(
      at(5 * MINUTE),
    );
    expect(nextDueAt([polled, newFeedState(URL, t0)])).toEqual(new Date(0));
    expect(nextDueAt([])).toBeNull();
  });

  test('a feed is new until polled, failing while errors last, and stale once it shows nothing new for too long', () => {
    const fresh = newFeedState(URL, t0);
    const fetched = afterPoll(
      fresh,
      { kind: 'fetched', etag: null, lastModified: null, title: null, newItems: 1, ingested: 1 },
      t0,
      policy,
    );
    const quiet = afterPoll(fetched, { kind: 'not_modified' }, at(49 * HOUR), policy);
    const failing = afterPoll(
      fetched,
      { kind: 'failed', error: { code: 'timeout', detail: '20 s' } },
      at(HOUR),
      policy,
    );
    const neverNew = afterPoll(fresh, { kind: 'not_modified' }, at(49 * HOUR), policy);
    expect([
      feedStatus(fresh, t0, policy),
      feedStatus(fetched, at(47 * HOUR), policy),
      feedStatus(quiet, at(49 * HOUR), policy),
      feedStatus(failing, at(HOUR), policy),
      feedStatus(neverNew, at(49 * HOUR), policy),
    ]).toEqual(['new', 'ok', 'stale', 'failing', 'stale']);
  });

  test('defaults to a 15-minute interval, a one-day backoff cap and two days until stale', () => {
    expect(DEFAULT_POLL_POLICY).toEqual({
      intervalMs: 15 * MINUTE,
      maxBackoffMs: 24 * HOUR,
      staleAfterMs: 48 * HOUR,
    });
  });
});
