import type { StoryEvent, StoryLogEntry, StorySummary } from '../core/stories/types.js';
import { storyReasonMessage } from '../messages/en.js';

/** The stable JSON form of a story, shared by `parallax stories --json` and the HTTP API. */
export interface StoryView {
  id: string;
  /** The title in the requested language where a source offers one, else the first article's title. */
  title: string | null;
  /** Per language, the title of the first article in it. */
  titles: Record<string, string>;
  /** Articles per language, most first. */
  languages: Record<string, number>;
  articles: number;
  sources: number;
  /** Earliest and latest article time (publication date, else ingest time), ISO. */
  first_seen: string;
  last_seen: string;
  /** Most weighted entities (ids), best first. */
  top_entities: string[];
}

/** One entry of `parallax story-log --json`: what changed, the evidence for it, and that evidence in words. */
export interface StoryLogEntryView {
  story: string;
  at: string;
  event: StoryEvent;
  article: string | null;
  other: string | null;
  reason: Record<string, unknown>;
  message: string;
}

/** The story's title in `lang` where one of its sources offers one, else its first article's title. */
export function storyTitle(story: Pick<StorySummary, 'title' | 'titles'>, lang?: string): string | null {
  return (lang === undefined ? undefined : story.titles[lang]) ?? story.title;
}

/** Languages by number of articles, most first (then by code). */
export function sortedLanguages(languages: Readonly<Record<string, number>>): Array<[string, number]> {
  return Object.entries(languages).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function toStoryView(story: StorySummary, lang?: string): StoryView {
  return {
    id: story.id,
    title: storyTitle(story, lang),
    titles: { ...story.titles },
    languages: Object.fromEntries(sortedLanguages(story.languages)),
    articles: story.articles,
    sources: story.sources,
    first_seen: story.firstSeen,
    last_seen: story.lastSeen,
    top_entities: [...story.topEntities],
  };
}

export function toStoryLogEntryView(entry: StoryLogEntry): StoryLogEntryView {
  return {
    story: entry.story,
    at: entry.at,
    event: entry.event,
    article: entry.article,
    other: entry.other,
    reason: entry.reason,
    message: storyReasonMessage(entry.reason),
  };
}
