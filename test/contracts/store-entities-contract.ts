import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityView, Store } from '../../src/core/store.js';
import type { Article, Span } from '../../src/core/types.js';
import { makeArticle, SAMPLES } from '../fixtures/articles.js';
import { ENTITIES, MENTIONING, makeEntityRecord, mentionsIn, withMentions } from '../fixtures/entities.js';

const { zelensky, kyiv, nato, brandt } = ENTITIES;
const { uk, de, en } = MENTIONING;

const KYIV: EntityView = {
  id: 'place:kyiv',
  name: 'Kyiv',
  type: 'place',
  ref: 'city:703448',
  variants: [
    { name: 'Kiew', lang: 'de', mentions: 2 },
    { name: 'Kyiv', lang: 'en', mentions: 1 },
    { name: 'Києві', lang: 'uk', mentions: 1 },
  ],
  articles: ['uk-1', 'de-1', 'en-1'],
  mentions: 4,
};
const ZELENSKY: EntityView = {
  id: 'person:zelensky',
  name: 'Volodymyr Zelensky',
  type: 'person',
  ref: null,
  variants: [
    { name: 'Selenskyj', lang: 'de', mentions: 2 },
    { name: 'Зеленський', lang: 'uk', mentions: 2 },
    { name: 'Volodymyr Zelensky', lang: 'en', mentions: 1 },
    { name: 'Zelensky', lang: 'en', mentions: 1 },
  ],
  articles: ['uk-1', 'de-1', 'en-1'],
  mentions: 6,
};
const NATO: EntityView = {
  id: 'org:nato',
  name: 'NATO',
  type: 'organization',
  ref: 'org:nato',
  variants: [
    { name: 'NATO', lang: 'en', mentions: 2 },
    { name: 'Nato', lang: 'de', mentions: 2 },
  ],
  articles: ['de-1', 'en-1'],
  mentions: 4,
};

function span(text: string, part: string): Span {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part };
}

function analysed(): Article {
  const text =
    'Brekka approves ferry terminal\n' +
    'The council approved £6bn on Thursday, 13 June, for works from 1 to 3 July. ' +
    '"We are ready," said mayor Liv Brandt. "It is about time."';
  return {
    ...makeArticle({ id: 'analysed', text }),
    analysis: {
      published: { value: '2024-06-14', source: 'dateline' },
      entities: mentionsIn(text, [
        { text: 'Brekka', type: 'place', entity: 'place:brekka', ref: 'city:1' },
        { text: 'Liv Brandt', entity: null },
      ]),
      dates: [
        { ...span(text, 'Thursday, 13 June'), value: '2024-06-13', grain: 'day', relative: false },
        {
          ...span(text, '1 to 3 July'),
          value: '2024-07-01',
          until: '2024-07-03',
          grain: 'day',
          relative: true,
        },
      ],
      quantities: [{ ...span(text, '£6bn'), value: 6e9, kind: 'money', unit: 'GBP', counted: null }],
      quotes: [
        { ...span(text, '"We are ready,"'), quote: 'We are ready,', speaker: span(text, 'Liv Brandt') },
        { ...span(text, '"It is about time."'), quote: 'It is about time.', speaker: null },
      ],
    },
  };
}

/** The entity part of the Store contract: analysis round-trip, entity records, mentions and entity views. */
export function describeEntityStore(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('analysis', () => {
    it('returns the analysis exactly as it was put: entities, dates, numbers and quotes', async () => {
      const article = analysed();
      await store.putArticles([article]);
      expect(await store.getArticle('analysed')).toEqual(article);
    });
  });

  describe('when no entity is stored', () => {
    it('finds no entity record and lists no entity', async () => {
      expect(await store.findEntities(['KF'])).toEqual([]);
      expect(await store.getEntityRecords(['place:kyiv'])).toEqual([]);
      expect(await store.listEntities()).toEqual([]);
      expect(await store.getEntity('place:kyiv')).toBeNull();
    });
  });

  describe('entity records', () => {
    beforeEach(async () => {
      await store.putArticles([], [zelensky, kyiv, nato, brandt]);
    });

    it('finds the records having any of the keys, each once, by id', async () => {
      expect(await store.findEntities(['KF', 'NT', 'missing'])).toEqual([nato, kyiv]);
      expect(await store.findEntities(['ZLNSK', 'FLTMR ZLNSK'])).toEqual([zelensky]);
      expect(await store.findEntities(['missing'])).toEqual([]);
      expect(await store.findEntities([])).toEqual([]);
    });

    it('returns records exactly as put, in the order asked, leaving unknown ids out', async () => {
      expect(
        await store.getEntityRecords(['person:brandt', 'missing', 'person:zelensky', 'person:brandt']),
      ).toEqual([brandt, zelensky]);
      expect(await store.getEntityRecords([])).toEqual([]);
    });

    it('replaces a record stored under the same id, its keys too', async () => {
      const renamed = { ...kyiv, name: 'Kyiv (city)', keys: ['KIF', 'KF2'] };
      await store.putArticles([], [renamed]);
      expect(await store.getEntityRecords(['place:kyiv'])).toEqual([renamed]);
      expect(await store.findEntities(['KF'])).toEqual([]);
      expect(await store.findEntities(['KF2'])).toEqual([renamed]);
    });

    it('keeps its own copy, unaffected by later changes to the put or returned records', async () => {
      const record = makeEntityRecord({ id: 'person:berg', keys: ['BRK'], variants: [] });
      await store.putArticles([], [record]);
      record.keys.push('changed');
      const [first] = await store.getEntityRecords(['person:berg']);
      first?.variants.push({ name: 'Berg', lang: 'de', mentions: 1 });
      expect(await store.getEntityRecords(['person:berg'])).toEqual([
        makeEntityRecord({ id: 'person:berg', keys: ['BRK'], variants: [] }),
      ]);
    });
  });

  describe('entity views', () => {
    beforeEach(async () => {
      await store.putArticles([uk, de, en], [zelensky, kyiv, nato, brandt]);
    });

    it('lists linked entities by number of articles mentioning them, then by name, with their written forms', async () => {
      expect(await store.listEntities()).toEqual([KYIV, ZELENSKY, NATO]);
    });

    it('shows one entity as it is listed, and none for an unknown id', async () => {
      expect(await store.getEntity('org:nato')).toEqual(NATO);
      expect(await store.getEntity('missing')).toBeNull();
    });

    it('does not list or show an entity that no stored article mentions', async () => {
      expect((await store.listEntities()).map((view) => view.id)).not.toContain('person:brandt');
      expect(await store.getEntity('person:brandt')).toBeNull();
    });

    it('lists only entities of one type', async () => {
      expect(await store.listEntities({ type: 'organization' })).toEqual([NATO]);
      expect(await store.listEntities({ type: 'person' })).toEqual([ZELENSKY]);
    });

    it('lists only entities mentioned in one of the given articles, each with all its articles', async () => {
      const inUk = [KYIV, ZELENSKY];
      expect(await store.listEntities({ articles: ['uk-1'] })).toEqual(inUk);
      expect(await store.listEntities({ articles: ['uk-1', 'missing'], type: 'place' })).toEqual([KYIV]);
      expect(await store.listEntities({ articles: ['missing'] })).toEqual([]);
      expect(await store.listEntities({ articles: [] })).toEqual([]);
    });

    it('pages with limit and offset, and rejects a negative one as a usage error', async () => {
      expect(await store.listEntities({ limit: 1, offset: 1 })).toEqual([ZELENSKY]);
      expect(await store.listEntities({ offset: 3 })).toEqual([]);
      expect(await store.listEntities({ limit: 0 })).toEqual([]);
      await expect(store.listEntities({ limit: -1 })).rejects.toMatchObject({ code: 'usage' });
      await expect(store.listEntities({ offset: 0.5 })).rejects.toMatchObject({ code: 'usage' });
    });

    it("replaces an article's mentions when the article is put again", async () => {
      const reworded = withMentions(makeArticle({ id: 'uk-1', ...SAMPLES.uk }), [
        { text: 'Зеленський', entity: zelensky.id },
      ]);
      await store.putArticles([reworded]);
      expect(await store.listEntities()).toEqual([
        {
          ...ZELENSKY,
          variants: [
            { name: 'Selenskyj', lang: 'de', mentions: 2 },
            { name: 'Volodymyr Zelensky', lang: 'en', mentions: 1 },
            { name: 'Zelensky', lang: 'en', mentions: 1 },
            { name: 'Зеленський', lang: 'uk', mentions: 1 },
          ],
          mentions: 5,
        },
        { ...KYIV, variants: KYIV.variants.slice(0, 2), articles: ['de-1', 'en-1'], mentions: 3 },
        NATO,
      ]);
    });

    it('stops listing an entity once no stored article mentions it, but keeps its record', async () => {
      await store.putArticles([
        withMentions(de, []),
        withMentions(en, [{ text: 'Zelensky', entity: zelensky.id }]),
      ]);
      expect((await store.listEntities()).map((view) => view.id)).toEqual(['person:zelensky', 'place:kyiv']);
      expect(await store.getEntity('org:nato')).toBeNull();
      expect(await store.getEntityRecords(['org:nato'])).toEqual([nato]);
    });

    it('shows a renamed record under its new name with the mentions already stored', async () => {
      await store.putArticles([], [{ ...nato, name: 'North Atlantic Treaty Organization' }]);
      expect(await store.getEntity('org:nato')).toEqual({
        ...NATO,
        name: 'North Atlantic Treaty Organization',
      });
    });
  });
}
