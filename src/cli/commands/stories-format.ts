import { sortedLanguages, storyTitle } from '../../contract/story-view.js';
import type { StoryLogEntry, StorySummary } from '../../core/stories/types.js';
import { storyReasonMessage } from '../../messages/en.js';
import { pad, truncate } from '../format.js';

const MIN_COLUMN = 20;
const MIN_TITLE = 30;
const MAX_TITLE = 60;
const MAX_LANGUAGES = 30;

/**
 * The table of `parallax stories`: a header, then id, title (in `lang` where a source offers one),
 * languages, numbers of articles and sources, first and last seen, top entities.
 */
export function formatStoryRows(rows: readonly StorySummary[], width = 100, lang?: string): string[] {
  const cells = rows.map((row) => ({
    id: row.id,
    title: storyTitle(row, lang) ?? '(no headline)',
    languages: sortedLanguages(row.languages)
      .map(([code, n]) => `${code} ${n}`)
      .join(', '),
    articles: String(row.articles),
    sources: String(row.sources),
    first: row.firstSeen.slice(0, 10) || '—',
    last: row.lastSeen.slice(0, 10) || '—',
    entities: row.topEntities.join(', '),
  }));
  const idWidth = Math.min(40, Math.max(2, ...cells.map((c) => c.id.length)));
  const langWidth = Math.min(MAX_LANGUAGES, Math.max(9, ...cells.map((c) => c.languages.length)));
  const fixed = idWidth + langWidth + 8 + 7 + 10 + 10 + 2 * 7;
  const titleWidth = Math.min(
    MAX_TITLE,
    Math.max(5, ...cells.map((c) => c.title.length)),
    Math.max(MIN_TITLE, width - fixed - MIN_COLUMN),
  );
  const entitiesWidth = Math.max(MIN_COLUMN, width - fixed - titleWidth);
  const line = (c: (typeof cells)[number]) =>
    [
      pad(c.id, idWidth),
      pad(truncate(c.title, titleWidth), titleWidth),
      pad(truncate(c.languages, langWidth), langWidth),
      c.articles.padStart(8),
      c.sources.padStart(7),
      pad(c.first, 10),
      pad(c.last, 10),
      truncate(c.entities, entitiesWidth),
    ]
      .join('  ')
      .trimEnd();
  const header = {
    id: 'id',
    title: 'title',
    languages: 'languages',
    articles: 'articles',
    sources: 'sources',
    first: 'first seen',
    last: 'last seen',
    entities: 'top entities',
  };
  return [line(header), ...cells.map(line)];
}

/**
 * `parallax story-log <id>`: a header, then one line per entry with its time, event, article, other
 * story and reason; a story column when the log holds entries of stories merged into this one.
 */
export function formatStoryLog(entries: readonly StoryLogEntry[]): string[] {
  const withStory = new Set(entries.map((entry) => entry.story)).size > 1;
  const rows = [
    ['time', ...(withStory ? ['story'] : []), 'event', 'article', 'other', 'reason'],
    ...entries.map((entry) => [
      entry.at.replace(/\.\d+Z$/, 'Z'),
      ...(withStory ? [entry.story] : []),
      entry.event,
      entry.article ?? '-',
      entry.other ?? '-',
      storyReasonMessage(entry.reason),
    ]),
  ];
  const widths = rows.reduce<number[]>(
    (max, row) => row.map((cell, i) => Math.min(40, Math.max(max[i] ?? 0, cell.length))),
    [],
  );
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
