import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedState } from '../../src/core/feeds/index.js';
import type { Store } from '../../src/core/store.js';

const WORLD = 'https://news.example/world.rss';
const SPORT = 'https://news.example/sport.atom';

function feedState(overrides: Partial<FeedState> = {}): FeedState {
  return {
    url: WORLD,
    title: 'World news',
    addedAt: '2024-06-13T08:00:00.000Z',
    etag: '"v1"',
    lastModified: 'Thu, 13 Jun 2024 07:55:00 GMT',
    lastPollAt: '2024-06-13T08:00:00.000Z',
    lastSuccessAt: '2024-06-13T08:00:00.000Z',
    lastErrorAt: null,
    lastError: null,
    consecutiveErrors: 0,
    nextPollAt: '2024-06-13T08:15:00.000Z',
    itemsSeen: 2,
    itemsIngested: 2,
    lastNewItemAt: '2024-06-13T08:00:00.000Z',
    ...overrides,
  };
}

/** The feed-state behaviour every Store must show; `current` returns the suite's fresh, empty store. */
export function describeFeedStore(current: () => Store): void {
  describe('feed state', () => {
    let store: Store;
    beforeEach(() => {
      store = current();
    });

    it('knows no feeds and no seen items when empty', async () => {
      expect(await store.getFeedState(WORLD)).toBeNull();
      expect(await store.listFeeds()).toEqual([]);
      expect(await store.getSeenItems(WORLD, ['guid-1'])).toEqual(new Set());
    });

    it('returns exactly the state that was put, errors included', async () => {
      const failing = feedState({
        url: SPORT,
        etag: null,
        lastModified: null,
        lastErrorAt: '2024-06-13T09:00:00.000Z',
        lastError: { code: 'http_status', status: 503, detail: 'Service Unavailable' },
        consecutiveErrors: 3,
        lastNewItemAt: null,
      });
      await store.putFeedState(failing);
      expect(await store.getFeedState(SPORT)).toEqual(failing);
    });

    it('replaces a feed by URL and lists feeds in the order they were first stored', async () => {
      await store.putFeedState(feedState());
      await store.putFeedState(feedState({ url: SPORT, title: 'Sport' }));
      const updated = feedState({ etag: '"v2"', itemsSeen: 5, consecutiveErrors: 0, title: null });
      await store.putFeedState(updated);
      expect(await store.listFeeds()).toEqual([updated, feedState({ url: SPORT, title: 'Sport' })]);
    });

    it('remembers seen item keys per feed, with the state that counts them', async () => {
      await store.putFeedState(feedState(), ['guid-1', 'https://news.example/a', 'guid-1']);
      await store.putFeedState(feedState({ url: SPORT }), ['guid-9']);
      await store.putFeedState(feedState({ itemsSeen: 3 }), ['guid-1', 'guid-2']);
      expect(
        await store.getSeenItems(WORLD, ['guid-1', 'guid-2', 'guid-9', 'https://news.example/a', 'x']),
      ).toEqual(new Set(['guid-1', 'guid-2', 'https://news.example/a']));
      expect(await store.getSeenItems(SPORT, ['guid-1', 'guid-9'])).toEqual(new Set(['guid-9']));
      expect(await store.getSeenItems(WORLD, [])).toEqual(new Set());
      expect((await store.getFeedState(WORLD))?.itemsSeen).toBe(3);
    });

    it('does not let a caller change a stored state through the object it passed or got', async () => {
      const state = feedState({ lastError: { code: 'timeout', detail: '20 s' } });
      await store.putFeedState(state);
      state.title = 'changed';
      if (state.lastError) state.lastError.detail = 'changed';
      const got = await store.getFeedState(WORLD);
      if (got) got.itemsSeen = 99;
      expect(await store.getFeedState(WORLD)).toEqual(
        feedState({ lastError: { code: 'timeout', detail: '20 s' } }),
      );
    });

    it('rejects feed calls with store_failed once closed', async () => {
      await store.close();
      const closed = { name: 'ParallaxError', code: 'store_failed' };
      await expect(store.getFeedState(WORLD)).rejects.toMatchObject(closed);
      await expect(store.putFeedState(feedState())).rejects.toMatchObject(closed);
      await expect(store.listFeeds()).rejects.toMatchObject(closed);
      await expect(store.getSeenItems(WORLD, ['guid-1'])).rejects.toMatchObject(closed);
    });
  });
}
