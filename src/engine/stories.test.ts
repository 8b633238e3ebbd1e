import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../test/fixtures/articles.js';
import { createStore } from '../adapters/store/index.js';
import { DEFAULT_STORY_OPTIONS } from '../core/stories/index.js';
import type { Article } from '../core/types.js';
import { assignBatch } from './stories.js';

const AT = '2024-07-10T09:00:00.000Z';
const VISIT = ['person:volodymyr-zelenskyy', 'person:mark-rutte', 'org:nato'];

/** An article whose analysis found exactly the visit's actors. */
function article(id: string, published: string | null): Article {
  return makeArticle({
    id,
    published,
    lang: 'en',
    title: `Headline of ${id}`,
    analysis: {
      published: null,
      entities: VISIT.map((entity) => ({
        start: 0,
        end: entity.length,
        text: entity,
        type: 'person',
        name: entity,
        ref: null,
        local: 0,
        entity,
      })),
      dates: [],
      quantities: [],
      quotes: [],
    },
  });
}

describe('assignBatch', () => {
  test('days found stories before month-only dates join them, so the same actors weeks apart stay apart', async () => {
    const store = await createStore({ kind: 'memory' });
    const batch = [
      article('june', '2024-06'),
      article('undated', null),
      article('late', '2024-06-28'),
      article('early', '2024-06-04'),
    ];
    const { assignments, log } = await assignBatch(batch, store, DEFAULT_STORY_OPTIONS, AT);
    const storyOf = Object.fromEntries(assignments.map(({ article, story }) => [article, story]));

    expect(log.map(({ article, event }) => [article, event])).toEqual([
      ['early', 'created'],
      ['late', 'created'],
      ['june', 'joined'],
      ['undated', 'joined'],
    ]);
    expect(storyOf.june).toBe(storyOf.early);
    expect(storyOf.late).not.toBe(storyOf.early);
    await store.close();
  });
});
