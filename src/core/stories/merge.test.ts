import { describe, expect, test } from 'vitest';
import { createStoryIndex, DEFAULT_STORY_OPTIONS, mergeStories, type StoryRecord } from './index.js';

const AT = '2024-06-20T09:00:00.000Z';

function story(id: string, features: Record<string, number>, articles: number, day: string): StoryRecord {
  return {
    id,
    title: id,
    titles: { en: id },
    firstSeen: day,
    lastSeen: day,
    articles,
    languages: { en: articles },
    sources: { 'example.org': articles },
    features,
    mergedInto: null,
  };
}

describe('mergeStories', () => {
  const visit = { 'e:person:mark-rutte': 2, 'e:city:703448': 1, 'e:org:nato': 1 };
  const counts = new Map([
    ['e:person:mark-rutte', 3],
    ['e:city:703448', 3],
    ['e:org:nato', 20],
    ['e:person:claude-monet', 2],
  ]);

  test('a changed story as similar to another as an article must be merges into the larger one, logged on both', () => {
    const index = createStoryIndex(
      [story('s-big', visit, 2, '2024-06-13'), story('s-small', visit, 1, '2024-06-14')],
      counts,
      100,
    );
    const log = mergeStories([index.get('s-small') as StoryRecord], index, DEFAULT_STORY_OPTIONS, AT);

    expect(log.map(({ story, event, other }) => [story, event, other])).toEqual([
      ['s-big', 'merged', 's-small'],
      ['s-small', 'merged', 's-big'],
    ]);
    expect(index.get('s-small')?.mergedInto).toBe('s-big');
    expect(index.get('s-big')).toMatchObject({
      articles: 3,
      firstSeen: '2024-06-13',
      lastSeen: '2024-06-14',
      features: { 'e:person:mark-rutte': 4, 'e:city:703448': 2, 'e:org:nato': 2 },
    });
  });

  test('a story dated only by its month takes the day span of the story it merges with', () => {
    const month = { ...story('s-june', visit, 1, '2024-06-01'), lastSeen: '2024-06-30' };
    const index = createStoryIndex([story('s-visit', visit, 2, '2024-06-13'), month], counts, 100);
    mergeStories([index.get('s-june') as StoryRecord], index, DEFAULT_STORY_OPTIONS, AT);

    expect(index.get('s-visit')).toMatchObject({
      articles: 3,
      firstSeen: '2024-06-13',
      lastSeen: '2024-06-13',
    });
  });

  test('stories of other events, or of the same actors weeks apart, stay apart', () => {
    const index = createStoryIndex(
      [
        story('s-visit', visit, 2, '2024-06-13'),
        story('s-museum', { 'e:person:claude-monet': 1 }, 1, '2024-06-13'),
        story('s-later', visit, 1, '2024-08-20'),
      ],
      counts,
      100,
    );
    const log = mergeStories(
      [index.get('s-museum') as StoryRecord, index.get('s-later') as StoryRecord],
      index,
      DEFAULT_STORY_OPTIONS,
      AT,
    );

    expect(log).toEqual([]);
  });
});
