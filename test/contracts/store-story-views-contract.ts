import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.js';
import { makeArticle, SAMPLES } from '../fixtures/articles.js';
import {
  assigned,
  collect,
  makeLogEntry,
  makeStory,
  putStoryParts as put,
  STORIES,
  SUMMARIES,
} from '../fixtures/stories.js';

const { rutte, flood, budget } = STORIES;

/** How a Store reads stories back: articles, lists, summaries, logs and the export; `current` returns the running test's store. */
export function describeStoryViews(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('getStoryArticles', () => {
    beforeEach(async () => {
      await store.putArticles(['a1', 'a2', 'a3', 'a4'].map((id) => makeArticle({ id })));
    });

    it('lists the articles assigned to a story in ingest order', async () => {
      await put(store, {
        stories: [rutte, flood],
        assignments: [...assigned('story-rutte', 'a3', 'a1'), ...assigned('story-flood', 'a2')],
      });
      expect(await store.getStoryArticles('story-rutte')).toEqual(['a1', 'a3']);
      expect(await store.getStoryArticles('story-flood')).toEqual(['a2']);
      expect(await store.getStoryArticles('story-unknown')).toEqual([]);
    });

    it('moves an article to the story it was assigned to last', async () => {
      await put(store, { stories: [rutte, flood], assignments: assigned('story-rutte', 'a1', 'a2') });
      await put(store, {
        assignments: [...assigned('story-rutte', 'a3'), ...assigned('story-flood', 'a3', 'a1')],
      });
      expect(await store.getStoryArticles('story-rutte')).toEqual(['a2']);
      expect(await store.getStoryArticles('story-flood')).toEqual(['a1', 'a3']);
    });

    it('ignores the assignment of an article that is not stored', async () => {
      await put(store, { stories: [rutte], assignments: assigned('story-rutte', 'a1', 'later') });
      await store.putArticles([makeArticle({ id: 'later' })]);
      expect(await store.getStoryArticles('story-rutte')).toEqual(['a1']);
    });

    it("keeps an article's story when the article is put again", async () => {
      await put(store, { stories: [rutte], assignments: assigned('story-rutte', 'a2') });
      await store.putArticles([makeArticle({ id: 'a2', ...SAMPLES.de })]);
      expect(await store.getStoryArticles('story-rutte')).toEqual(['a2']);
    });

    it('lists the articles of merged stories with the survivor, for its id and every merged id', async () => {
      await put(store, {
        stories: [
          rutte,
          flood,
          makeStory({ id: 'story-b', mergedInto: 'story-rutte' }),
          makeStory({ id: 'story-c', mergedInto: 'story-b' }),
        ],
        assignments: [
          ...assigned('story-c', 'a1'),
          ...assigned('story-rutte', 'a2'),
          ...assigned('story-b', 'a3'),
          ...assigned('story-flood', 'a4'),
        ],
      });
      for (const id of ['story-rutte', 'story-b', 'story-c']) {
        expect(await store.getStoryArticles(id)).toEqual(['a1', 'a2', 'a3']);
      }
      expect(await store.getStoryArticles('story-flood')).toEqual(['a4']);
    });
  });

  describe('getArticleStories', () => {
    it('gives the story of each article that has one, merges resolved to the survivor', async () => {
      await store.putArticles(['a1', 'a2', 'a3', 'a4'].map((id) => makeArticle({ id })));
      await put(store, {
        stories: [rutte, flood, makeStory({ id: 'story-b', mergedInto: 'story-rutte' })],
        assignments: [
          ...assigned('story-rutte', 'a1'),
          ...assigned('story-b', 'a2'),
          ...assigned('story-flood', 'a3'),
        ],
      });
      expect(await store.getArticleStories(['a1', 'a2', 'a3', 'a4', 'unknown'])).toEqual(
        new Map([
          ['a1', 'story-rutte'],
          ['a2', 'story-rutte'],
          ['a3', 'story-flood'],
        ]),
      );
      expect(await store.getArticleStories([])).toEqual(new Map());
    });
  });

  describe('listStories', () => {
    it('lists live stories as summaries, most recently seen first', async () => {
      const merged = makeStory({
        id: 'story-merged',
        lastSeen: '2024-07-01T00:00:00Z',
        mergedInto: 'story-rutte',
      });
      await put(store, { stories: [budget, merged, rutte, flood] });
      expect(await store.listStories()).toEqual([SUMMARIES.rutte, SUMMARIES.flood, SUMMARIES.budget]);
    });

    it('orders stories last seen at the same time by id', async () => {
      await put(store, { stories: ['story-c', 'story-a', 'story-b'].map((id) => makeStory({ id })) });
      expect((await store.listStories()).map((summary) => summary.id)).toEqual([
        'story-a',
        'story-b',
        'story-c',
      ]);
    });

    it('counts the sources and names the five heaviest entity features, ties by key, without e:', async () => {
      const features = {
        'e:person:anna': 1,
        'q:heavy': 9,
        'e:place:zug': 3,
        'e:place:bern': 3,
        'e:org:cern': 2,
        'e:person:dora': 0.5,
        'e:person:emil': 1,
        'd:2024-06-13': 5,
      };
      const sources = { 'example.org': 2, 'srf.ch': 1, 'rts.ch': 1 };
      await put(store, { stories: [makeStory({ features, sources })] });
      expect(await store.listStories()).toEqual([
        {
          id: 'story-1',
          title: 'Parliament approves the new climate budget',
          titles: { en: 'Parliament approves the new climate budget' },
          languages: { en: 1 },
          articles: 1,
          sources: 3,
          firstSeen: '2024-05-06T08:00:00Z',
          lastSeen: '2024-05-06T08:00:00Z',
          topEntities: ['place:bern', 'place:zug', 'org:cern', 'person:anna', 'person:emil'],
        },
      ]);
    });

    it('filters by language, keeping only stories with an article in it', async () => {
      const none = makeStory({ id: 'story-none', languages: { en: 1, de: 0 } });
      await put(store, { stories: [rutte, flood, budget, none] });
      expect(await store.listStories({ lang: 'de' })).toEqual([SUMMARIES.rutte, SUMMARIES.flood]);
      expect(await store.listStories({ lang: 'uk' })).toEqual([SUMMARIES.rutte]);
      expect(await store.listStories({ lang: 'pl' })).toEqual([]);
    });

    it('filters by since, keeping a story last seen exactly then', async () => {
      await put(store, { stories: [rutte, flood, budget] });
      expect(await store.listStories({ since: '2024-06-03T12:00:00Z' })).toEqual([
        SUMMARIES.rutte,
        SUMMARIES.flood,
      ]);
      expect(await store.listStories({ since: '2024-06-03T12:00:01Z' })).toEqual([SUMMARIES.rutte]);
      expect(await store.listStories({ lang: 'en', since: '2024-05-01T00:00:00Z' })).toEqual([
        SUMMARIES.rutte,
        SUMMARIES.budget,
      ]);
    });

    it('pages with limit and offset', async () => {
      await put(store, { stories: [rutte, flood, budget] });
      expect(await store.listStories({ limit: 1, offset: 1 })).toEqual([SUMMARIES.flood]);
      expect(await store.listStories({ offset: 2 })).toEqual([SUMMARIES.budget]);
      expect(await store.listStories({ offset: 5 })).toEqual([]);
      expect(await store.listStories({ limit: 0 })).toEqual([]);
    });

    it('returns at most 100 stories unless told otherwise', async () => {
      const many = Array.from({ length: 101 }, (_, i) =>
        makeStory({ id: `s-${String(i).padStart(3, '0')}` }),
      );
      await put(store, { stories: many });
      const listed = await store.listStories();
      expect(listed.map((summary) => summary.id)).toEqual(many.slice(0, 100).map((story) => story.id));
      expect(await store.listStories({ limit: 200 })).toHaveLength(101);
    });

    it('rejects a negative or fractional limit or offset as a usage error', async () => {
      const usage = { name: 'ParallaxError', code: 'usage' };
      await expect(store.listStories({ limit: -1 })).rejects.toMatchObject(usage);
      await expect(store.listStories({ limit: 2.5 })).rejects.toMatchObject(usage);
      await expect(store.listStories({ offset: -1 })).rejects.toMatchObject(usage);
    });
  });

  describe('getStory', () => {
    it('returns the summary of a live story, and null for an unknown id', async () => {
      await put(store, { stories: [rutte, flood] });
      expect(await store.getStory('story-flood')).toEqual(SUMMARIES.flood);
      expect(await store.getStory('story-unknown')).toBeNull();
    });

    it('resolves a merged id to the story it was merged into, following chains', async () => {
      await put(store, {
        stories: [
          rutte,
          makeStory({ id: 'story-b', mergedInto: 'story-rutte' }),
          makeStory({ id: 'story-c', mergedInto: 'story-b' }),
        ],
      });
      expect(await store.getStory('story-b')).toEqual(SUMMARIES.rutte);
      expect(await store.getStory('story-c')).toEqual(SUMMARIES.rutte);
    });
  });

  describe('getStoryLog', () => {
    const created = makeLogEntry({
      story: 'story-rutte',
      article: 'a1',
      reason: { best: null, threshold: 0.42 },
    });
    const joined = makeLogEntry({
      story: 'story-rutte',
      at: '2024-06-14T09:00:00.000Z',
      event: 'joined',
      article: 'a2',
      reason: { similarity: 0.61, shared: { 'e:org:nato': 2.4, 'e:person:mark-rutte': 3.2 } },
    });
    const other = makeLogEntry({ story: 'story-flood', article: 'a3' });

    it('returns the entries of a story in the order they were appended, reasons and all', async () => {
      await put(store, { stories: [rutte, flood], log: [created, other] });
      await put(store, { log: [joined] });
      expect(await store.getStoryLog('story-rutte')).toEqual([created, joined]);
      expect(await store.getStoryLog('story-flood')).toEqual([other]);
      expect(await store.getStoryLog('story-unknown')).toEqual([]);
    });

    it('includes the entries of the stories merged into it, oldest first, for its id and every merged id', async () => {
      const createdB = makeLogEntry({ story: 'story-b', article: 'a3' });
      const at = '2024-06-15T09:00:00.000Z';
      const reason = { similarity: 0.7, threshold: 0.5 };
      const absorbed = makeLogEntry({
        story: 'story-b',
        at,
        event: 'merged',
        article: null,
        other: 'story-rutte',
        reason,
      });
      const survived = makeLogEntry({
        story: 'story-rutte',
        at,
        event: 'merged',
        article: null,
        other: 'story-b',
        reason,
      });
      await put(store, { stories: [rutte, makeStory({ id: 'story-b' })], log: [created, createdB] });
      await put(store, { log: [joined] });
      await put(store, {
        stories: [makeStory({ id: 'story-b', mergedInto: 'story-rutte' })],
        log: [absorbed, survived],
      });
      const history = [created, createdB, joined, absorbed, survived];
      expect(await store.getStoryLog('story-rutte')).toEqual(history);
      expect(await store.getStoryLog('story-b')).toEqual(history);
    });
  });

  describe('exportArticles', () => {
    it('yields every article in ingest order, with its story resolved through merges', async () => {
      await store.putArticles([
        makeArticle({ id: 'en-1', ...SAMPLES.en }),
        makeArticle({ id: 'de-1', ...SAMPLES.de, source: null, url: null, published: null }),
        makeArticle({ id: 'en-copy', ...SAMPLES.en, duplicateOf: 'en-1' }),
        makeArticle({ id: 'loose', title: null, lang: null }),
      ]);
      await put(store, {
        stories: [rutte, makeStory({ id: 'story-b', mergedInto: 'story-rutte' })],
        assignments: [...assigned('story-rutte', 'en-1', 'en-copy'), ...assigned('story-b', 'de-1')],
      });
      expect(await collect(store.exportArticles())).toEqual([
        {
          id: 'en-1',
          story: 'story-rutte',
          lang: 'en',
          title: 'Parliament approves the new climate budget',
          published: '2024-05-06T08:00:00Z',
          source: 'Example News',
          url: 'https://example.org/en-1',
          duplicate_of: null,
        },
        {
          id: 'de-1',
          story: 'story-rutte',
          lang: 'de',
          title: 'Der Präsident besucht die Küstenstädte',
          published: null,
          source: null,
          url: null,
          duplicate_of: null,
        },
        {
          id: 'en-copy',
          story: 'story-rutte',
          lang: 'en',
          title: 'Parliament approves the new climate budget',
          published: '2024-05-06T08:00:00Z',
          source: 'Example News',
          url: 'https://example.org/en-copy',
          duplicate_of: 'en-1',
        },
        {
          id: 'loose',
          story: null,
          lang: null,
          title: null,
          published: '2024-05-06T08:00:00Z',
          source: 'Example News',
          url: 'https://example.org/loose',
          duplicate_of: null,
        },
      ]);
    });

    it('yields each of more articles than fit in one read once, in ingest order', async () => {
      const ids = Array.from({ length: 1234 }, (_, i) => `bulk-${i}`);
      await store.putArticles(ids.map((id) => makeArticle({ id })));
      await store.putArticles([makeArticle({ id: 'bulk-7', title: 'Replaced' })]);
      expect((await collect(store.exportArticles())).map((row) => row.id)).toEqual(ids);
    });
  });
}
