import type {
  ListStoriesQuery,
  StoryAssignment,
  StoryLogEntry,
  StoryRecord,
} from '../../core/stories/types.js';
import { compareText, followMerges, toStorySummary } from './story-summary.js';

/** Story records by id and by feature key, article assignments, document frequencies and the story log. */
export function createStoryIndex() {
  const records = new Map<string, StoryRecord>();
  const byKey = new Map<string, Set<string>>();
  const storyOf = new Map<string, string>();
  const counted = new Set<string>();
  const counts = new Map<string, number>();
  const log: StoryLogEntry[] = [];

  const survivor = (id: string) => followMerges(id, (story) => records.get(story)?.mergedInto);
  const isLive = (record: StoryRecord) => record.mergedInto === null;

  return {
    /** Apply one putStories call; copies everything before changing anything, assigns stored articles only. */
    put(
      stories: readonly StoryRecord[],
      assignments: readonly StoryAssignment[],
      features: readonly { article: string; keys: readonly string[] }[],
      entries: readonly StoryLogEntry[],
      isStored: (article: string) => boolean,
    ): void {
      const copies = stories.map(_copy);
      const appended = entries.map(_copy);
      for (const record of copies) {
        const previous = records.get(record.id);
        for (const key of Object.keys(previous?.features ?? {})) byKey.get(key)?.delete(record.id);
        records.set(record.id, record);
        for (const key of Object.keys(record.features)) {
          byKey.set(key, (byKey.get(key) ?? new Set()).add(record.id));
        }
      }
      for (const { article, story } of assignments) if (isStored(article)) storyOf.set(article, story);
      for (const { article, keys } of features) {
        if (counted.has(article)) continue;
        counted.add(article);
        for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      log.push(...appended);
    },
    find(keys: readonly string[], from: string, to: string): StoryRecord[] {
      const ids = new Set(keys.flatMap((key) => [...(byKey.get(key) ?? [])]));
      return [...ids]
        .sort(compareText)
        .flatMap((id) => _copyOf(records.get(id)))
        .filter(
          (record) =>
            isLive(record) &&
            (record.firstSeen === '' || (record.firstSeen <= to && record.lastSeen >= from)),
        );
    },
    get: (ids: readonly string[]) => [...new Set(ids)].flatMap((id) => _copyOf(records.get(id))),
    featureCounts(keys: readonly string[]) {
      const found = keys.flatMap((key) => {
        const articles = counts.get(key);
        return articles === undefined ? [] : [[key, articles] as const];
      });
      return { counts: new Map(found), articles: counted.size };
    },
    list(query: ListStoriesQuery & { limit: number; offset: number }) {
      const { lang, since } = query;
      return [...records.values()]
        .filter((record) => isLive(record))
        .filter((record) => lang === undefined || (record.languages[lang] ?? 0) > 0)
        .filter((record) => since === undefined || record.lastSeen >= since)
        .sort((a, b) => compareText(b.lastSeen, a.lastSeen) || compareText(a.id, b.id))
        .slice(query.offset, query.offset + query.limit)
        .map((record) => toStorySummary(_copy(record)));
    },
    summary(id: string) {
      const record = records.get(survivor(id));
      return record && isLive(record) ? toStorySummary(_copy(record)) : null;
    },
    /** The ids of `articles` (given in ingest order) whose story resolves to the same survivor as `id`. */
    articles(id: string, articles: Iterable<string>): string[] {
      const target = survivor(id);
      return [...articles].filter((article) => {
        const story = storyOf.get(article);
        return story !== undefined && survivor(story) === target;
      });
    },
    log(id: string): StoryLogEntry[] {
      const target = survivor(id);
      return log.filter((entry) => survivor(entry.story) === target).map(_copy);
    },
    /** The story of an article, merges resolved to the survivor; null when it has none. */
    storyOf(article: string): string | null {
      const story = storyOf.get(article);
      return story === undefined ? null : survivor(story);
    },
    clear(): void {
      records.clear();
      byKey.clear();
      storyOf.clear();
      counted.clear();
      counts.clear();
      log.length = 0;
    },
  };
}

/** A deep copy with the JSON semantics a persistent store has. */
function _copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

function _copyOf(record: StoryRecord | undefined): StoryRecord[] {
  return record ? [_copy(record)] : [];
}
