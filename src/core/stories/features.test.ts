import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/fixtures/articles.js';
import type { DateMention, EntityMention, QuantityMention } from '../types.js';
import { articleFeatures, articleTime } from './index.js';

/** A mention of a linked entity (or of an unlinked name, with null). */
function entity(id: string | null, name: string): EntityMention {
  const type = id?.startsWith('person:') ? 'person' : 'place';
  return { start: 0, end: name.length, text: name, type, name, ref: null, local: 0, entity: id };
}

function quantity(text: string, value: number, unit: string | null): QuantityMention {
  const kind = unit === null ? 'count' : 'duration';
  return { start: 0, end: text.length, text, value, kind, unit, counted: null };
}

function date(text: string, value: string, grain: DateMention['grain']): DateMention {
  return { start: 0, end: text.length, text, value, grain, relative: false };
}

describe('articleFeatures', () => {
  test('counts linked entities, quantities and mentioned days under language-independent keys', () => {
    const article = makeArticle({
      analysis: {
        published: null,
        entities: [
          entity('person:mark-rutte', 'Mark Rutte'),
          entity('org:nato', 'NATO'),
          entity('person:mark-rutte', 'Rutte'),
          entity('place:kyiv', 'Kyiv'),
        ],
        quantities: [
          quantity('24 hours', 24, 'hour'),
          quantity('6 billion euros', 6e9, 'EUR'),
          quantity('within 24 hours', 24, 'hour'),
          quantity('17 dead', 17, null),
        ],
        dates: [date('June 13', '2024-06-13', 'day'), date('on Thursday', '2024-06-13', 'day')],
        quotes: [],
      },
    });

    expect(Object.fromEntries(articleFeatures(article))).toEqual({
      'e:person:mark-rutte': 2,
      'e:org:nato': 1,
      'e:place:kyiv': 1,
      'q:24:hour': 2,
      'q:6000000000:EUR': 1,
      'q:17:': 1,
      'd:2024-06-13': 2,
    });
  });

  test('ignores unlinked names, bare counts below five, and months and years', () => {
    const article = makeArticle({
      analysis: {
        published: null,
        entities: [entity(null, 'Someone'), entity('place:halvik', 'Halvik')],
        quantities: [
          quantity('two leaders', 2, null),
          quantity('4 ministers', 4, null),
          quantity('5 ministers', 5, null),
          quantity('3 days', 3, 'day'),
        ],
        dates: [date('in June', '2024-06', 'month'), date('in 2024', '2024', 'year')],
        quotes: [],
      },
    });

    expect(Object.fromEntries(articleFeatures(article))).toEqual({
      'e:place:halvik': 1,
      'q:5:': 1,
      'q:3:day': 1,
    });
  });

  test('gives no features for an article with nothing found', () => {
    expect(articleFeatures(makeArticle())).toEqual(new Map());
  });
});

describe('articleTime', () => {
  test.each([
    ['a full timestamp', '2024-06-14T08:00:00Z', '2024-06-14'],
    ["the publisher's local day of an offset timestamp", '2024-06-14T23:30:00-05:00', '2024-06-14'],
    ['a day', '2024-06-14', '2024-06-14'],
    ['a month', '2024-06', '2024-06'],
    ['nothing', null, null],
  ])('is the publication day, or month, of %s', (_, published, expected) => {
    expect(articleTime(makeArticle({ published }))).toBe(expected);
  });

  test('ignores the days the text mentions: an undated article has no time', () => {
    const article = makeArticle({
      published: null,
      analysis: {
        published: null,
        entities: [],
        quantities: [],
        dates: [date('June 13', '2024-06-13', 'day')],
        quotes: [],
      },
    });

    expect(articleTime(article)).toBeNull();
  });
});

describe('articleTime with dates as feeds write them', () => {
  test('reads RFC 2822 and other parseable dates; rejects a bare year and what is no date', () => {
    const at = (published: string) => articleTime(makeArticle({ published }));
    expect(at('Thu, 13 Mar 2025 16:42:00 GMT')).toBe('2025-03-13');
    expect(at('2025')).toBeNull();
    expect(at('13.03.2025')).toBeNull();
    expect(at('soon')).toBeNull();
  });
});
