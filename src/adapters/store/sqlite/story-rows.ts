import type { StoryEvent, StoryLogEntry, StoryRecord } from '../../../core/stories/types.js';

/** A `stories` row as bound and read by better-sqlite3, objects as JSON text. */
export interface StoryRow {
  id: string;
  title: string | null;
  titles: string;
  first_seen: string;
  last_seen: string;
  articles: number;
  languages: string;
  sources: string;
  features: string;
  merged_into: string | null;
}

/** A `story_log` row without its `seq`. */
export interface LogRow {
  story: string;
  at: string;
  event: string;
  article: string | null;
  other: string | null;
  reason: string;
}

export const STORY_COLUMNS = [
  'id',
  'title',
  'titles',
  'first_seen',
  'last_seen',
  'articles',
  'languages',
  'sources',
  'features',
  'merged_into',
] as const satisfies readonly (keyof StoryRow)[];

export function toStoryRow(story: StoryRecord): StoryRow {
  return {
    id: story.id,
    title: story.title,
    titles: JSON.stringify(story.titles),
    first_seen: story.firstSeen,
    last_seen: story.lastSeen,
    articles: story.articles,
    languages: JSON.stringify(story.languages),
    sources: JSON.stringify(story.sources),
    features: JSON.stringify(story.features),
    merged_into: story.mergedInto,
  };
}

export function fromStoryRow(row: StoryRow): StoryRecord {
  return {
    id: row.id,
    title: row.title,
    titles: JSON.parse(row.titles),
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    articles: row.articles,
    languages: JSON.parse(row.languages),
    sources: JSON.parse(row.sources),
    features: JSON.parse(row.features),
    mergedInto: row.merged_into,
  };
}

export function toLogRow(entry: StoryLogEntry): LogRow {
  return {
    story: entry.story,
    at: entry.at,
    event: entry.event,
    article: entry.article,
    other: entry.other,
    reason: JSON.stringify(entry.reason),
  };
}

export function fromLogRow(row: LogRow): StoryLogEntry {
  return {
    story: row.story,
    at: row.at,
    event: row.event as StoryEvent,
    article: row.article,
    other: row.other,
    reason: JSON.parse(row.reason),
  };
}
