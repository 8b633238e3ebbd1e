import type { StoryRecord, StorySummary } from '../../core/stories/types.js';

const ENTITY_PREFIX = 'e:';
const TOP_ENTITIES = 5;

/** The `parallax stories` row of a record: sources counted, the five heaviest entity features as entity ids. */
export function toStorySummary(record: StoryRecord): StorySummary {
  const topEntities = Object.entries(record.features)
    .filter(([key]) => key.startsWith(ENTITY_PREFIX))
    .sort(([a, wa], [b, wb]) => wb - wa || compareText(a, b))
    .slice(0, TOP_ENTITIES)
    .map(([key]) => key.slice(ENTITY_PREFIX.length));
  return {
    id: record.id,
    title: record.title,
    titles: record.titles,
    languages: record.languages,
    articles: record.articles,
    sources: Object.keys(record.sources).length,
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
    topEntities,
  };
}

/** The story `id` ends up in after following `mergedInto` links; stops at a missing story or a cycle. */
export function followMerges(id: string, mergedIntoOf: (id: string) => string | null | undefined): string {
  const seen = new Set([id]);
  let current = id;
  let next = mergedIntoOf(current);
  while (typeof next === 'string' && !seen.has(next)) {
    seen.add(next);
    current = next;
    next = mergedIntoOf(current);
  }
  return current;
}

/** Orders like SQLite's BINARY collation, with null first. */
export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
