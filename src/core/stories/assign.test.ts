import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/fixtures/articles.js';
import type { Article, EntityMention } from '../types.js';
import {
  type Assignment,
  articleFeatures,
  articleTime,
  assignStory,
  createStoryIndex,
  DEFAULT_STORY_OPTIONS,
  type StoryIndex,
  type StoryOptions,
  type StoryRecord,
} from './index.js';

const AT = '2024-06-20T09:00:00.000Z';
/** Articles archived before each batch, none naming these tests' actors unless a test says so. */
const ARCHIVE = 100;

/** Zelenskyy, Rutte and NATO: the actors of a visit, and of a summit weeks later. */
const VISIT = ['person:volodymyr-zelenskyy', 'person:mark-rutte', 'org:nato'];
const MUSEUM = ['person:claude-monet', 'place:paris'];

interface Given {
  published: string | null;
  entities: readonly string[];
  lang?: string | null;
  title?: string | null;
  site?: string | null;
  source?: string | null;
  url?: string | null;
}

function mention(id: string): EntityMention {
  return { start: 0, end: id.length, text: id, type: 'person', name: id, ref: null, local: 0, entity: id };
}

/** An article whose analysis found exactly these linked entities. */
function article(id: string, given: Given): Article {
  return makeArticle({
    id,
    published: given.published,
    lang: given.lang === undefined ? 'en' : given.lang,
    title: given.title === undefined ? `Headline of ${id}` : given.title,
    site: given.site === undefined ? 'example.org' : given.site,
    source: given.source ?? null,
    ...(given.url === undefined ? {} : { url: given.url }),
    analysis: {
      published: null,
      entities: given.entities.map(mention),
      dates: [],
      quantities: [],
      quotes: [],
    },
  });
}

/** Assign the articles in order, as one batch: all are counted before the first is assigned. */
function assignAll(
  articles: readonly Article[],
  options: { story?: StoryOptions; index?: StoryIndex; at?: string } = {},
): Assignment[] {
  const index = options.index ?? createStoryIndex([], new Map(), ARCHIVE);
  const evidence = articles.map((item) => ({
    article: item,
    features: articleFeatures(item),
    time: articleTime(item),
  }));
  for (const { features } of evidence) index.count([...features.keys()]);
  // each result as it was when returned: a story's evidence grows in place within a batch
  return evidence.map((item) =>
    structuredClone(assignStory(item, index, options.story ?? DEFAULT_STORY_OPTIONS, options.at ?? AT)),
  );
}

/** A stored story of one article with these features, seen on one day. */
function stored(id: string, keys: readonly string[], day: string): StoryRecord {
  return {
    id,
    title: `Headline of ${id}`,
    titles: { en: `Headline of ${id}` },
    firstSeen: day,
    lastSeen: day,
    articles: 1,
    languages: { en: 1 },
    sources: { 'example.org': 1 },
    features: Object.fromEntries(keys.map((key) => [key, 1])),
    mergedInto: null,
  };
}

const last = <T>(items: readonly T[]): T => items[items.length - 1] as T;

describe('assignStory: joining and founding', () => {
  const visitEn = article('visit-en', { published: '2024-06-13T08:00:00Z', entities: VISIT });
  const visitDe = article('visit-de', {
    published: '2024-06-14T10:00:00Z',
    entities: [...VISIT, 'place:kyiv'],
    lang: 'de',
    title: 'Selenskyj trifft Rutte in Kiew',
  });
  const museum = article('museum-fr', { published: '2024-06-14T11:00:00Z', entities: MUSEUM, lang: 'fr' });

  /** Kyiv is named in one archived article: every feature of the visit is then in two articles and weighs the same. */
  const kyivOnce = () => createStoryIndex([], new Map([['e:place:kyiv', 1]]), ARCHIVE);

  test('an article naming the same actors joins the story, and the log gives similarity and shared features', () => {
    const [founded, joined] = assignAll([visitEn, visitDe, museum], { index: kyivOnce() });
    const id = founded?.story.id;

    // equal weights: the cosine of (1, 1, 1, 0) and (1, 1, 1, 1) is 3/√12
    expect(joined).toEqual({
      story: {
        id,
        title: 'Headline of visit-en',
        titles: { en: 'Headline of visit-en', de: 'Selenskyj trifft Rutte in Kiew' },
        firstSeen: '2024-06-13',
        lastSeen: '2024-06-14',
        articles: 2,
        languages: { en: 1, de: 1 },
        sources: { 'example.org': 2 },
        features: {
          'e:person:volodymyr-zelenskyy': 2,
          'e:person:mark-rutte': 2,
          'e:org:nato': 2,
          'e:place:kyiv': 1,
        },
        mergedInto: null,
      },
      log: {
        story: id,
        at: AT,
        event: 'joined',
        article: 'visit-de',
        other: null,
        reason: {
          similarity: 0.866,
          threshold: DEFAULT_STORY_OPTIONS.threshold,
          shared: { 'e:person:volodymyr-zelenskyy': 1, 'e:person:mark-rutte': 1, 'e:org:nato': 1 },
        },
      },
    });
  });

  test('the first article founds a story of its own, seen on its publication day', () => {
    const [founded] = assignAll([visitEn, visitDe, museum]);

    expect(founded).toEqual({
      story: {
        id: expect.stringMatching(/^s-[0-9a-f]{10}$/),
        title: 'Headline of visit-en',
        titles: { en: 'Headline of visit-en' },
        firstSeen: '2024-06-13',
        lastSeen: '2024-06-13',
        articles: 1,
        languages: { en: 1 },
        sources: { 'example.org': 1 },
        features: { 'e:person:volodymyr-zelenskyy': 1, 'e:person:mark-rutte': 1, 'e:org:nato': 1 },
        mergedInto: null,
      },
      log: {
        story: founded?.story.id,
        at: AT,
        event: 'created',
        article: 'visit-en',
        other: null,
        reason: { similarity: 0, threshold: DEFAULT_STORY_OPTIONS.threshold, nearest: null },
      },
    });
  });

  test('an article sharing nothing with any story founds a new one, with no nearest story', () => {
    const results = assignAll([visitEn, visitDe, museum]);
    const [visit, , art] = results.map((result) => result.story.id);

    expect(last(results).log).toEqual({
      story: art,
      at: AT,
      event: 'created',
      article: 'museum-fr',
      other: null,
      reason: { similarity: 0, threshold: DEFAULT_STORY_OPTIONS.threshold, nearest: null },
    });
    expect(art).not.toBe(visit);
  });

  test('an article less similar than the threshold founds a new story and names the nearest', () => {
    const [founded, second] = assignAll([visitEn, visitDe, museum], {
      index: kyivOnce(),
      story: { threshold: 0.9, windowDays: 20 },
    });

    expect(second?.log).toEqual({
      story: second?.story.id,
      at: AT,
      event: 'created',
      article: 'visit-de',
      other: null,
      reason: { similarity: 0.866, threshold: 0.9, nearest: founded?.story.id },
    });
    expect(second?.story.id).not.toBe(founded?.story.id);
  });

  test('joins the most similar story, weighing a feature every article carries least', () => {
    // 60 archived articles name Ukraine; one names the rare envoy
    const common = stored('s-common', ['e:country:ua', 'e:place:odesa'], '2024-06-10');
    const rare = stored('s-rare', ['e:person:envoy', 'e:place:lviv'], '2024-06-10');
    const counts = new Map([
      ['e:country:ua', 60],
      ['e:place:odesa', 1],
      ['e:person:envoy', 1],
      ['e:place:lviv', 1],
    ]);
    const index = createStoryIndex([common, rare], counts, ARCHIVE);
    const item = article('envoy-uk', {
      published: '2024-06-12',
      entities: ['country:ua', 'person:envoy'],
      lang: 'uk',
      title: 'Посланець прибув',
    });

    const [result] = assignAll([item], { index });

    expect(result).toEqual({
      story: {
        ...rare,
        titles: { en: 'Headline of s-rare', uk: 'Посланець прибув' },
        lastSeen: '2024-06-12',
        articles: 2,
        languages: { en: 1, uk: 1 },
        sources: { 'example.org': 2 },
        features: { 'e:person:envoy': 2, 'e:place:lviv': 1, 'e:country:ua': 1 },
      },
      log: {
        story: 's-rare',
        at: AT,
        event: 'joined',
        article: 'envoy-uk',
        other: null,
        reason: {
          similarity: expect.any(Number),
          threshold: DEFAULT_STORY_OPTIONS.threshold,
          shared: { 'e:person:envoy': 1 },
        },
      },
    });
  });

  test('never joins a story that was merged into another', () => {
    const merged = { ...stored('s-merged', VISIT, '2024-06-13'), mergedInto: 's-survivor' };
    const index = createStoryIndex([merged], new Map(VISIT.map((id) => [`e:${id}`, 1])), ARCHIVE);

    const [result] = assignAll([visitEn], { index });

    expect(result?.log).toMatchObject({ event: 'created', reason: { similarity: 0, nearest: null } });
    expect(result?.story.id).not.toBe('s-merged');
  });
});

describe('assignStory: the time window', () => {
  const story = article('visit', { published: '2024-06-13T08:00:00Z', entities: VISIT });

  test.each([
    ['5 days later', '2024-06-18', 'joined'],
    ['10 days later, the last day of the window', '2024-06-23', 'joined'],
    ['11 days later', '2024-06-24', 'created'],
    ['60 days later', '2024-08-12', 'created'],
    ['10 days earlier', '2024-06-03', 'joined'],
    ['11 days earlier', '2024-06-02', 'created'],
  ])('the same actors %s (%s): %s', (_, published, event) => {
    const [founded, next] = assignAll([story, article('next', { published, entities: VISIT })]);

    expect(next?.log.event).toBe(event);
    expect(next?.log.reason).toEqual(
      event === 'joined'
        ? {
            similarity: 1,
            threshold: DEFAULT_STORY_OPTIONS.threshold,
            shared: Object.fromEntries(VISIT.map((id) => [`e:${id}`, 1])),
          }
        : { similarity: 0, threshold: DEFAULT_STORY_OPTIONS.threshold, nearest: null },
    );
    expect(next?.story.id === founded?.story.id).toBe(event === 'joined');
  });

  test('a joining article widens the story span to its day', () => {
    const results = assignAll([
      story,
      article('later', { published: '2024-06-18', entities: VISIT }),
      article('earlier', { published: '2024-06-11', entities: VISIT }),
    ]);

    expect(results.map(({ story: { firstSeen, lastSeen } }) => [firstSeen, lastSeen])).toEqual([
      ['2024-06-13', '2024-06-13'],
      ['2024-06-13', '2024-06-18'],
      ['2024-06-11', '2024-06-18'],
    ]);
  });

  test('a month-only date joins a story of that month without moving its span', () => {
    const [founded, monthly] = assignAll([story, article('june', { published: '2024-06', entities: VISIT })]);

    expect(monthly?.log.event).toBe('joined');
    expect(monthly?.story).toMatchObject({
      id: founded?.story.id,
      firstSeen: '2024-06-13',
      lastSeen: '2024-06-13',
      articles: 2,
    });
  });

  test('a month-only date founds a new story when no day of the month lies in the window', () => {
    const [founded, monthly] = assignAll([
      story,
      article('august', { published: '2024-08', entities: VISIT }),
    ]);

    expect(monthly?.log).toMatchObject({ event: 'created', reason: { nearest: null } });
    expect(monthly?.story.id).not.toBe(founded?.story.id);
  });

  test('a story founded by a month-only article spans the whole month', () => {
    const [founded] = assignAll([article('june', { published: '2024-06', entities: VISIT })]);

    expect(founded?.story).toMatchObject({ firstSeen: '2024-06-01', lastSeen: '2024-06-30' });
  });

  test('a day-dated article joining a story dated only by its month narrows the span to its day', () => {
    const results = assignAll([
      article('june', { published: '2024-06', entities: VISIT }),
      article('visit', { published: '2024-06-04', entities: VISIT }),
      article('weeks-later', { published: '2024-06-28', entities: VISIT }),
    ]);

    expect(
      results.map(({ log, story: { firstSeen, lastSeen } }) => [log.event, firstSeen, lastSeen]),
    ).toEqual([
      ['created', '2024-06-01', '2024-06-30'],
      ['joined', '2024-06-04', '2024-06-04'],
      ['created', '2024-06-28', '2024-06-28'],
    ]);
  });

  test('an undated article is compared regardless of time and does not move the span', () => {
    const undated = article('undated', { published: null, entities: VISIT });

    const [founded, joined] = assignAll([story, undated], { at: '2025-01-10T09:00:00.000Z' });

    expect(joined?.log).toMatchObject({ event: 'joined', reason: { similarity: 1 } });
    expect(joined?.story).toMatchObject({
      id: founded?.story.id,
      firstSeen: '2024-06-13',
      lastSeen: '2024-06-13',
      articles: 2,
    });
  });
});

describe('assignStory: ids and titles', () => {
  const visit = article('visit', { published: '2024-06-13', entities: VISIT });
  const museum = article('museum', { published: '2024-06-13', entities: MUSEUM });

  test('the same founding article gives the same story id, whatever else was assigned and when', () => {
    const [alone] = assignAll([visit]);
    const [, afterOther] = assignAll([museum, visit], { at: '2030-01-01T00:00:00.000Z' });

    expect(alone?.story.id).toMatch(/^s-[0-9a-f]{10}$/);
    expect(afterOther?.story.id).toBe(alone?.story.id);
    expect(assignAll([museum])[0]?.story.id).not.toBe(alone?.story.id);
  });

  test('keeps the first title overall and the first title of each language', () => {
    const results = assignAll([
      article('a', { published: '2024-06-13', entities: VISIT, title: null }),
      article('b', { published: '2024-06-13', entities: VISIT, title: 'First English' }),
      article('c', { published: '2024-06-13', entities: VISIT, lang: 'de', title: 'Erster deutscher' }),
      article('d', { published: '2024-06-14', entities: VISIT, title: 'Second English' }),
      article('e', { published: '2024-06-14', entities: VISIT, lang: 'de', title: 'Zweiter deutscher' }),
      article('f', { published: '2024-06-14', entities: VISIT, lang: null, title: 'Unknown language' }),
    ]);

    expect(last(results).story).toMatchObject({
      title: 'First English',
      titles: { en: 'First English', de: 'Erster deutscher' },
      articles: 6,
      languages: { en: 3, de: 2, und: 1 },
    });
  });

  test('counts articles per source as the report does: its name, else the host of its address; an unknown one is its own; a copy adds none', () => {
    const results = assignAll([
      article('a', { published: '2024-06-13', entities: VISIT, url: 'https://www.herald.example/a' }),
      article('b', { published: '2024-06-13', entities: VISIT, url: 'https://herald.example/b' }),
      article('c', { published: '2024-06-13', entities: VISIT, source: 'Kestrel Wire', url: null }),
      article('d', { published: '2024-06-13', entities: VISIT, url: null }),
      article('e', { published: '2024-06-13', entities: VISIT, url: null }),
      {
        ...article('f', { published: '2024-06-13', entities: VISIT, source: 'Copy Desk' }),
        duplicateOf: 'c',
      },
    ]);

    expect(last(results).story.sources).toEqual({
      'herald.example': 2,
      'kestrel wire': 1,
      'article:d': 1,
      'article:e': 1,
    });
  });
});

describe('assignStory: small archives and undated stories', () => {
  test('a first batch about one event is one story, though every feature is in every article', () => {
    const results = assignAll(
      [
        article('a', { published: '2024-06-13', entities: VISIT }),
        article('b', { published: '2024-06-13', entities: VISIT }),
        article('c', { published: '2024-06-14', entities: [...VISIT, 'city:703448'] }),
      ],
      { index: createStoryIndex([], new Map(), 0) },
    );

    expect(results.map((result) => [result.log.event, result.story.id])).toEqual([
      ['created', results[0]?.story.id],
      ['joined', results[0]?.story.id],
      ['joined', results[0]?.story.id],
    ]);
  });

  test('a story founded by an undated article has no span until a dated article joins it', () => {
    const [founded, joined] = assignAll([
      article('a', { published: null, entities: VISIT }),
      article('b', { published: '2024-03-02', entities: VISIT }),
    ]);

    expect(founded?.story).toMatchObject({ firstSeen: '', lastSeen: '' });
    expect(joined?.log.event).toBe('joined');
    expect(joined?.story).toMatchObject({ firstSeen: '2024-03-02', lastSeen: '2024-03-02' });
  });
});
