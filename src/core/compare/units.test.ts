import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/fixtures/articles.js';
import { claimUnits } from './units.js';

const TEXT =
  'Am 13. Juni unterzeichneten der amerikanische Präsident und sein ukrainischer Amtskollege ein Sicherheitsabkommen.';

describe('claimUnits', () => {
  test("a unit's evidence: concepts of a compound's head and first part, countries named by their people, no yearless day", () => {
    const article = makeArticle({
      id: 'de-1',
      lang: 'de',
      text: TEXT,
      title: null,
      analysis: {
        published: null,
        entities: [],
        dates: [{ start: 0, end: 11, text: 'Am 13. Juni', value: '--06-13', grain: 'day', relative: false }],
        quantities: [],
        quotes: [],
      },
    });
    const [unit, ...rest] = claimUnits({ article, source: 'example.org' });
    expect(rest).toEqual([]);
    expect([...(unit?.features.keys() ?? [])].filter((key) => !/^[wk]:/.test(key))).toEqual([
      'c:sign',
      'e:country:us',
      'c:president',
      'e:country:ua',
      'c:agreement',
      'c:security',
    ]);
    expect(unit?.values).toEqual([]);
  });

  test("a news word on the language's stopword list still gives its concept, but no word key", () => {
    const article = makeArticle({
      id: 'en-1',
      text: 'Finland is officially a member of the alliance.',
      title: null,
    });
    const [unit] = claimUnits({ article, source: 'example.org' });
    expect([...(unit?.features.keys() ?? [])]).toEqual([
      'w:finland',
      'k:finla',
      'w:offici',
      'k:offic',
      'c:member',
      'c:alliance',
      'w:allianc',
      'k:allia',
    ]);
    // "beispiel" is a stopword in German: its word end "spiel" (match) is not read
    const german = makeArticle({
      id: 'de-2',
      lang: 'de',
      text: 'Das gilt zum Beispiel für die Allianz.',
      title: null,
    });
    const [example] = claimUnits({ article: german, source: 'example.org' });
    expect([...(example?.features.keys() ?? [])].filter((key) => key.startsWith('c:'))).toEqual([
      'c:alliance',
    ]);
  });
});
