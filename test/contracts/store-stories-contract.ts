import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.js';
import { makeArticle } from '../fixtures/articles.js';
import {
  assigned,
  collect,
  makeLogEntry,
  makeStory,
  putStoryParts as put,
  STORIES,
} from '../fixtures/stories.js';
import { describeStoryViews } from './store-story-views-contract.js';

const { rutte, flood, budget } = STORIES;
const JUNE = ['2024-06-01T00:00:00Z', '2024-06-30T23:59:59Z'] as const;

/** The story behaviour every Store must show; `current` returns the empty store of the running test. */
export function describeStoryStore(current: () => Store): void {
  describe('stories', () => {
    let store: Store;
    beforeEach(() => {
      store = current();
    });

    it('finds, lists, counts, logs and exports nothing when empty', async () => {
      expect(await store.findStories(['e:org:nato'], ...JUNE)).toEqual([]);
      expect(await store.getStories(['story-rutte'])).toEqual([]);
      expect(await store.getFeatureCounts(['e:org:nato'])).toEqual({ counts: new Map(), articles: 0 });
      expect(await store.listStories()).toEqual([]);
      expect(await store.getStory('story-rutte')).toBeNull();
      expect(await store.getStoryArticles('story-rutte')).toEqual([]);
      expect(await store.getStoryLog('story-rutte')).toEqual([]);
      expect(await collect(store.exportArticles())).toEqual([]);
    });

    describe('putStories and getStories', () => {
      it('returns exactly the records that were put, in the order asked, each once, unknown ids left out', async () => {
        await put(store, { stories: [rutte, flood, budget] });
        expect(await store.getStories(['story-flood', 'missing', 'story-rutte', 'story-flood'])).toEqual([
          flood,
          rutte,
        ]);
        expect(await store.getStories([])).toEqual([]);
      });

      it('returns a merged story as stored, pointing to the survivor', async () => {
        await put(store, { stories: [rutte, { ...flood, mergedInto: 'story-rutte' }] });
        expect(await store.getStories(['story-flood'])).toEqual([{ ...flood, mergedInto: 'story-rutte' }]);
      });

      it('replaces a story stored under the same id, the last one of a call winning', async () => {
        const grown = {
          ...rutte,
          articles: 4,
          lastSeen: '2024-06-15T07:00:00Z',
          features: { 'e:org:nato': 3 },
        };
        await put(store, { stories: [rutte] });
        await put(store, { stories: [{ ...grown, articles: 9 }, grown] });
        expect(await store.getStories(['story-rutte'])).toEqual([grown]);
      });

      it('keeps its own copies, unaffected by later changes to the put or returned objects', async () => {
        const story = makeStory();
        const entry = makeLogEntry({ reason: { shared: { 'q:climate': 1 } } });
        await put(store, { stories: [story], log: [entry] });
        story.features['q:changed'] = 1;
        (entry.reason.shared as Record<string, number>)['q:changed'] = 1;
        const [record] = await store.getStories(['story-1']);
        if (record) record.languages.en = 9;
        const summary = await store.getStory('story-1');
        summary?.topEntities.push('changed');
        const [logged] = await store.getStoryLog('story-1');
        if (logged) logged.reason.changed = true;

        expect(await store.getStories(['story-1'])).toEqual([makeStory()]);
        expect((await store.getStory('story-1'))?.topEntities).toEqual(['org:parliament']);
        expect(await store.getStoryLog('story-1')).toEqual([
          makeLogEntry({ reason: { shared: { 'q:climate': 1 } } }),
        ]);
      });

      it('changes nothing for an empty call', async () => {
        await put(store, {});
        expect(await store.listStories()).toEqual([]);
        expect(await store.getFeatureCounts([])).toEqual({ counts: new Map(), articles: 0 });
      });

      it('stores nothing from a call when one part cannot be stored', async () => {
        await store.putArticles([makeArticle({ id: 'a1' })]);
        const unstorable = makeLogEntry({ story: 'story-rutte', reason: { similarity: 10n } });
        await expect(
          put(store, {
            stories: [rutte],
            assignments: assigned('story-rutte', 'a1'),
            features: [{ article: 'a1', keys: ['e:org:nato'] }],
            log: [makeLogEntry({ story: 'story-rutte' }), unstorable],
          }),
        ).rejects.toMatchObject({ name: 'ParallaxError', code: 'store_failed' });
        expect(await store.getStories(['story-rutte'])).toEqual([]);
        expect(await store.findStories(['e:org:nato'], ...JUNE)).toEqual([]);
        expect(await store.getStoryArticles('story-rutte')).toEqual([]);
        expect(await store.getFeatureCounts(['e:org:nato'])).toEqual({ counts: new Map(), articles: 0 });
        expect(await store.getStoryLog('story-rutte')).toEqual([]);
        expect((await collect(store.exportArticles())).map((row) => row.story)).toEqual([null]);
      });
    });

    describe('findStories', () => {
      beforeEach(async () => {
        await put(store, { stories: [rutte, flood, budget] });
      });

      it('finds the live stories sharing any key whose span overlaps [from, to], each once, by id', async () => {
        const keys = ['e:person:mark-rutte', 'e:place:passau', 'e:org:nato', 'q:climate', 'q:unknown'];
        expect(await store.findStories(keys, ...JUNE)).toEqual([flood, rutte]);
        expect(await store.findStories(keys, '2024-05-01T00:00:00Z', '2024-06-02T00:00:00Z')).toEqual([
          budget,
          flood,
        ]);
      });

      it('counts a span that only touches from or to as overlapping', async () => {
        const find = (from: string, to: string) => store.findStories(['e:org:nato'], from, to);
        expect(await find('2024-06-14T18:00:00Z', '2024-07-01T00:00:00Z')).toEqual([rutte]);
        expect(await find('2024-06-01T00:00:00Z', '2024-06-13T08:00:00Z')).toEqual([rutte]);
        expect(await find('2024-06-14T18:00:01Z', '2024-07-01T00:00:00Z')).toEqual([]);
        expect(await find('2024-06-01T00:00:00Z', '2024-06-13T07:59:59Z')).toEqual([]);
      });

      it('skips stories merged into another', async () => {
        await put(store, { stories: [{ ...flood, mergedInto: 'story-rutte' }] });
        expect(await store.findStories(['e:place:passau', 'e:org:nato'], ...JUNE)).toEqual([rutte]);
      });

      it('finds a replaced story by its new feature keys only', async () => {
        const narrowed = { ...rutte, features: { 'e:org:nato': 2.4, 'q:summit': 1 } };
        await put(store, { stories: [narrowed] });
        expect(await store.findStories(['e:person:mark-rutte'], ...JUNE)).toEqual([]);
        expect(await store.findStories(['q:summit'], ...JUNE)).toEqual([narrowed]);
      });

      it('finds nothing for no keys or unknown keys', async () => {
        expect(await store.findStories([], ...JUNE)).toEqual([]);
        expect(await store.findStories(['e:person:nobody'], ...JUNE)).toEqual([]);
      });
    });

    describe('getFeatureCounts', () => {
      it('counts each key once per article, and the articles counted, leaving out keys no article has', async () => {
        await put(store, {
          features: [
            { article: 'a1', keys: ['e:org:nato', 'q:summit', 'e:org:nato'] },
            { article: 'a2', keys: ['e:org:nato'] },
            { article: 'a3', keys: [] },
          ],
        });
        expect(await store.getFeatureCounts(['e:org:nato', 'q:summit', 'q:unknown'])).toEqual({
          counts: new Map([
            ['e:org:nato', 2],
            ['q:summit', 1],
          ]),
          articles: 3,
        });
        expect(await store.getFeatureCounts([])).toEqual({ counts: new Map(), articles: 3 });
      });

      it('counts an article once, even when its features are put again', async () => {
        await put(store, {
          features: [
            { article: 'a1', keys: ['e:org:nato'] },
            { article: 'a1', keys: ['e:org:nato', 'q:again'] },
          ],
        });
        await put(store, { features: [{ article: 'a1', keys: ['e:org:nato', 'q:later'] }] });
        expect(await store.getFeatureCounts(['e:org:nato', 'q:again', 'q:later'])).toEqual({
          counts: new Map([['e:org:nato', 1]]),
          articles: 1,
        });
      });
    });

    describeStoryViews(() => store);

    it('rejects every story call with store_failed once closed', async () => {
      await put(store, { stories: [rutte] });
      await store.close();
      const closed = { name: 'ParallaxError', code: 'store_failed' };
      await expect(store.findStories(['e:org:nato'], ...JUNE)).rejects.toMatchObject(closed);
      await expect(store.getStories(['story-rutte'])).rejects.toMatchObject(closed);
      await expect(store.getFeatureCounts(['e:org:nato'])).rejects.toMatchObject(closed);
      await expect(put(store, { stories: [flood] })).rejects.toMatchObject(closed);
      await expect(store.listStories()).rejects.toMatchObject(closed);
      await expect(store.getStory('story-rutte')).rejects.toMatchObject(closed);
      await expect(store.getStoryArticles('story-rutte')).rejects.toMatchObject(closed);
      await expect(store.getStoryLog('story-rutte')).rejects.toMatchObject(closed);
      await expect(collect(store.exportArticles())).rejects.toMatchObject(closed);
    });
  });
}
