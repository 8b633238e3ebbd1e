import type { StoryIndex } from './assign.js';
import type { StoryRecord } from './types.js';

/** A story index over the candidates and statistics fetched for a batch; remembers what changed. */
export interface BatchStoryIndex extends StoryIndex {
  changed(): StoryRecord[];
  /** Keys counted in this batch, per article, in counting order. */
  counted(): string[][];
}

export function createStoryIndex(
  stories: readonly StoryRecord[],
  counts: ReadonlyMap<string, number>,
  articles: number,
): BatchStoryIndex {
  const byId = new Map<string, StoryRecord>();
  const byKey = new Map<string, Set<string>>();
  const frequencies = new Map(counts);
  const changed = new Set<string>();
  const mine = new WeakSet<StoryRecord>();
  const counted: string[][] = [];
  let total = articles;
  const index = (story: StoryRecord) => {
    byId.set(story.id, story);
    for (const key of Object.keys(story.features)) {
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(story.id);
      byKey.set(key, ids);
    }
  };
  for (const story of stories) index(story);
  return {
    candidates(keys) {
      const ids = new Set<string>();
      for (const key of keys) for (const id of byKey.get(key) ?? []) ids.add(id);
      return [...ids].map((id) => byId.get(id) as StoryRecord);
    },
    get: (id) => byId.get(id),
    put(story) {
      index(story);
      changed.add(story.id);
      mine.add(story);
    },
    owns: (story) => mine.has(story),
    frequency: (key) => frequencies.get(key) ?? 0,
    total: () => total,
    count(keys) {
      total++;
      for (const key of keys) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
      counted.push([...keys]);
    },
    changed: () => [...changed].map((id) => byId.get(id) as StoryRecord),
    counted: () => counted,
  };
}
