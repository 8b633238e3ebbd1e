import { describe, expect, test } from 'vitest';
import type { StoryLogEntry, StorySummary } from '../../core/stories/types.js';
import { formatStoryLog, formatStoryRows } from './stories-format.js';

const RUTTE: StorySummary = {
  id: 's-rutte-kyiv',
  title: 'Rutte meets Zelenskyy in Kyiv',
  titles: { en: 'Rutte meets Zelenskyy in Kyiv', de: 'Rutte trifft Selenskyj in Kiew' },
  languages: { en: 2, de: 3, uk: 1 },
  articles: 6,
  sources: 4,
  firstSeen: '2024-06-13T08:00:00Z',
  lastSeen: '2024-06-14',
  topEntities: ['person:mark-rutte', 'person:volodymyr-zelensky', 'city:703448', 'org:nato'],
};
const QUAKE: StorySummary = {
  id: 's-quake',
  title: null,
  titles: {},
  languages: { es: 1 },
  articles: 1,
  sources: 1,
  firstSeen: '2023-09-08',
  lastSeen: '2023-09-08',
  topEntities: [],
};

describe('formatStoryRows', () => {
  test('prints a header and one row per story with languages by count, dates and top entities', () => {
    expect(formatStoryRows([RUTTE, QUAKE], 200)).toEqual([
      'id            title                          languages         articles  sources  first seen  last seen   top entities',
      's-rutte-kyiv  Rutte meets Zelenskyy in Kyiv  de 3, en 2, uk 1         6        4  2024-06-13  2024-06-14  person:mark-rutte, person:volodymyr-zelensky, city:703448, org:nato',
      's-quake       (no headline)                  es 1                     1        1  2023-09-08  2023-09-08',
    ]);
  });

  test('shows the title in the requested language where a source offers one, else the first title', () => {
    const rows = formatStoryRows([RUTTE, { ...QUAKE, title: 'Sismo en Marruecos' }], 200, 'de');
    expect(rows.slice(1).map((row) => row.slice(14, 46))).toEqual([
      'Rutte trifft Selenskyj in Kiew  ',
      'Sismo en Marruecos              ',
    ]);
  });

  test('cuts the top entities to the terminal width, keeping at least 20 characters of them and 30 of the title', () => {
    const long = { ...RUTTE, title: 'Rutte meets Zelenskyy in Kyiv and promises air defence before winter' };
    expect(formatStoryRows([long], 100)).toEqual([
      'id            title                           languages         articles  sources  first seen  last seen   top entities',
      's-rutte-kyiv  Rutte meets Zelenskyy in Kyiv…  de 3, en 2, uk 1         6        4  2024-06-13  2024-06-14  person:mark-rutte, …',
    ]);
    expect(formatStoryRows([long], 140)).toEqual([
      'id            title                                        languages         articles  sources  first seen  last seen   top entities',
      's-rutte-kyiv  Rutte meets Zelenskyy in Kyiv and promises…  de 3, en 2, uk 1         6        4  2024-06-13  2024-06-14  person:mark-rutte, …',
    ]);
  });
});

const CREATED: StoryLogEntry = {
  story: 's-1',
  at: '2024-06-13T08:00:00.123Z',
  event: 'created',
  article: 'en-1',
  other: null,
  reason: { similarity: 0, threshold: 0.1, nearest: null },
};
const JOINED: StoryLogEntry = {
  story: 's-1',
  at: '2024-06-13T08:00:00.123Z',
  event: 'joined',
  article: 'de-1',
  other: null,
  reason: { similarity: 0.4213, threshold: 0.1, shared: { 'e:org:nato': 1.2, 'e:person:mark-rutte': 3.5 } },
};

describe('formatStoryLog', () => {
  test('prints one line per entry: time, event, article, other story and the reason in words', () => {
    expect(formatStoryLog([CREATED, JOINED])).toEqual([
      'time                  event    article  other  reason',
      '2024-06-13T08:00:00Z  created  en-1     -      similarity 0 < 0.1',
      '2024-06-13T08:00:00Z  joined   de-1     -      similarity 0.42 ≥ 0.1; shared: e:person:mark-rutte, e:org:nato',
    ]);
  });

  test('adds a story column when the log holds entries of a story merged into this one', () => {
    const log: StoryLogEntry[] = [
      CREATED,
      {
        story: 's-2',
        at: '2024-06-14T09:30:00.000Z',
        event: 'created',
        article: 'uk-1',
        other: null,
        reason: { similarity: 0.06, threshold: 0.1, nearest: 's-1' },
      },
      {
        story: 's-1',
        at: '2024-06-15T10:00:00.000Z',
        event: 'merged',
        article: null,
        other: 's-2',
        reason: { similarity: 0.31, threshold: 0.25 },
      },
    ];
    expect(formatStoryLog(log)).toEqual([
      'time                  story  event    article  other  reason',
      '2024-06-13T08:00:00Z  s-1    created  en-1     -      similarity 0 < 0.1',
      '2024-06-14T09:30:00Z  s-2    created  uk-1     -      similarity 0.06 < 0.1; nearest s-1',
      '2024-06-15T10:00:00Z  s-1    merged   -        s-2    similarity 0.31 ≥ 0.25',
    ]);
  });

  test('prints only the header for an empty log', () => {
    expect(formatStoryLog([])).toEqual(['time  event  article  other  reason']);
  });
});
