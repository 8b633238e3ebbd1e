import { describe, expect, test } from 'vitest';
import { toStoryLogEntryView, toStoryView } from './story-view.js';

const STORY = {
  id: 's-1',
  title: 'Rutte meets Zelenskyy in Kyiv',
  titles: { en: 'Rutte meets Zelenskyy in Kyiv', de: 'Rutte trifft Selenskyj in Kiew' },
  languages: { en: 2, uk: 1, de: 3, ru: 1 },
  articles: 7,
  sources: 5,
  firstSeen: '2024-06-13T08:00:00Z',
  lastSeen: '2024-06-14',
  topEntities: ['person:mark-rutte', 'org:nato'],
};

describe('toStoryView', () => {
  test('uses snake_case fields and lists languages by number of articles', () => {
    const view = toStoryView(STORY);
    expect(view).toEqual({
      id: 's-1',
      title: 'Rutte meets Zelenskyy in Kyiv',
      titles: { en: 'Rutte meets Zelenskyy in Kyiv', de: 'Rutte trifft Selenskyj in Kiew' },
      languages: { de: 3, en: 2, ru: 1, uk: 1 },
      articles: 7,
      sources: 5,
      first_seen: '2024-06-13T08:00:00Z',
      last_seen: '2024-06-14',
      top_entities: ['person:mark-rutte', 'org:nato'],
    });
    expect(Object.keys(view.languages)).toEqual(['de', 'en', 'ru', 'uk']);
  });

  test('titles the story in the requested language where a source offers one', () => {
    expect(toStoryView(STORY, 'de').title).toBe('Rutte trifft Selenskyj in Kiew');
    expect(toStoryView(STORY, 'uk').title).toBe('Rutte meets Zelenskyy in Kyiv');
  });
});

describe('toStoryLogEntryView', () => {
  test('keeps the structured reason and adds it in words', () => {
    const entry = {
      story: 's-1',
      at: '2024-06-13T08:00:00.000Z',
      event: 'joined' as const,
      article: 'de-1',
      other: null,
      reason: { similarity: 0.42, threshold: 0.1, shared: { 'e:org:nato': 1.2 } },
    };
    expect(toStoryLogEntryView(entry)).toEqual({
      ...entry,
      message: 'similarity 0.42 ≥ 0.1; shared: e:org:nato',
    });
  });
});
