import type Database from 'better-sqlite3';
import type {
  ExportedArticle,
  StoryAssignment,
  StoryLogEntry,
  StoryRecord,
} from '../../../core/stories/types.js';
import { followMerges, toStorySummary } from '../story-summary.js';
import {
  fromLogRow,
  fromStoryRow,
  type LogRow,
  STORY_COLUMNS,
  type StoryRow,
  toLogRow,
  toStoryRow,
} from './story-rows.js';

/** Rows per page of exportArticles, so that an export neither holds the connection nor all rows at once. */
const EXPORT_PAGE = 500;

const RECORD = `SELECT ${STORY_COLUMNS.join(', ')} FROM stories`;

/** Live stories with one of the keys (a JSON array) overlapping [from, to], found through story_keys. */
export const FIND_STORIES = `
WITH hits AS MATERIALIZED (
  SELECT DISTINCT story_id FROM story_keys WHERE key IN (SELECT value FROM json_each(@keys))
)
SELECT ${STORY_COLUMNS.map((column) => `s.${column}`).join(', ')}
FROM hits CROSS JOIN stories s ON s.id = hits.story_id
WHERE s.merged_into IS NULL AND (s.first_seen = '' OR (s.first_seen <= @to AND s.last_seen >= @from))
ORDER BY s.id`;

const UPSERT = `
INSERT INTO stories (${STORY_COLUMNS.join(', ')})
VALUES (${STORY_COLUMNS.map((column) => `@${column}`).join(', ')})
ON CONFLICT (id) DO UPDATE SET
${STORY_COLUMNS.filter((column) => column !== 'id')
  .map((column) => `  ${column} = excluded.${column}`)
  .join(',\n')}`;

const LIST = `${RECORD}
WHERE merged_into IS NULL
  AND (@lang IS NULL OR EXISTS (SELECT 1 FROM json_each(languages) WHERE key = @lang AND value > 0))
  AND (@since IS NULL OR last_seen >= @since)
ORDER BY last_seen DESC, id
LIMIT @limit OFFSET @offset`;

/** The story ? and every story merged into it, directly or through others. */
const FAMILY = `
WITH RECURSIVE family (id) AS (
  SELECT ? UNION SELECT s.id FROM stories s JOIN family f ON s.merged_into = f.id
)`;

interface ListParams {
  lang: string | null;
  since: string | null;
  limit: number;
  offset: number;
}

interface ExportRow {
  seq: number;
  id: string;
  story: string | null;
  lang: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  duplicate_of: string | null;
}

/** The story tables of one connection: records with their feature keys, assignments, document frequencies and log. */
export function prepareStoryQueries(db: Database.Database) {
  const upsert = db.prepare<[StoryRow]>(UPSERT);
  const deleteKeys = db.prepare<[string]>('DELETE FROM story_keys WHERE story_id = ?');
  const insertKey = db.prepare<[string, string]>('INSERT INTO story_keys (key, story_id) VALUES (?, ?)');
  const assign = db.prepare<[string, string]>('UPDATE articles SET story = ? WHERE id = ?');
  const markCounted = db.prepare<[string]>(
    'INSERT INTO article_features (article_id) VALUES (?) ON CONFLICT DO NOTHING',
  );
  const countArticle = db.prepare('UPDATE feature_totals SET articles = articles + 1');
  const countKey = db.prepare<[string]>(
    `INSERT INTO feature_counts (key, articles) VALUES (?, 1)
     ON CONFLICT (key) DO UPDATE SET articles = articles + 1`,
  );
  const insertLog = db.prepare<[LogRow]>(
    `INSERT INTO story_log (story, at, event, article, other, reason)
     VALUES (@story, @at, @event, @article, @other, @reason)`,
  );
  const find = db.prepare<[{ keys: string; from: string; to: string }], StoryRow>(FIND_STORIES);
  const byIds = db.prepare<[string], StoryRow>(
    `SELECT ${STORY_COLUMNS.map((column) => `s.${column}`).join(', ')} FROM stories s
     JOIN (SELECT value AS id, min(key) AS position FROM json_each(?) GROUP BY value) wanted ON wanted.id = s.id
     ORDER BY wanted.position`,
  );
  const byId = db.prepare<[string], StoryRow>(`${RECORD} WHERE id = ?`);
  const mergedInto = db.prepare<[string], { merged_into: string | null }>(
    'SELECT merged_into FROM stories WHERE id = ?',
  );
  const featureCounts = db.prepare<[string], { key: string; articles: number }>(
    'SELECT key, articles FROM feature_counts WHERE key IN (SELECT value FROM json_each(?))',
  );
  const featureTotal = db.prepare<[], { articles: number }>('SELECT articles FROM feature_totals');
  const list = db.prepare<[ListParams], StoryRow>(LIST);
  const articles = db.prepare<[string], { id: string }>(
    `${FAMILY} SELECT id FROM articles WHERE story IN (SELECT id FROM family) ORDER BY seq`,
  );
  const log = db.prepare<[string], LogRow>(
    `${FAMILY} SELECT story, at, event, article, other, reason FROM story_log
     WHERE story IN (SELECT id FROM family) ORDER BY seq`,
  );
  const storiesOf = db.prepare<[string], { id: string; story: string }>(
    'SELECT id, story FROM articles WHERE story IS NOT NULL AND id IN (SELECT value FROM json_each(?))',
  );
  const exportPage = db.prepare<[number, number], ExportRow>(
    `SELECT seq, id, story, lang, title, published, source, url, duplicate_of FROM articles
     WHERE seq > ? ORDER BY seq LIMIT ?`,
  );

  const survivor = (id: string) => followMerges(id, (story) => mergedInto.get(story)?.merged_into);

  return {
    /** Apply one putStories call; the caller runs it in a transaction. */
    put(
      stories: readonly StoryRecord[],
      assignments: readonly StoryAssignment[],
      features: readonly { article: string; keys: readonly string[] }[],
      entries: readonly StoryLogEntry[],
    ): void {
      for (const story of stories) {
        upsert.run(toStoryRow(story));
        deleteKeys.run(story.id);
        for (const key of Object.keys(story.features)) insertKey.run(key, story.id);
      }
      for (const { article, story } of assignments) assign.run(story, article);
      for (const { article, keys } of features) {
        if (markCounted.run(article).changes === 0) continue;
        countArticle.run();
        for (const key of new Set(keys)) countKey.run(key);
      }
      for (const entry of entries) insertLog.run(toLogRow(entry));
    },
    find: (keys: readonly string[], from: string, to: string) =>
      find.all({ keys: JSON.stringify(keys), from, to }).map(fromStoryRow),
    get: (ids: readonly string[]) => byIds.all(JSON.stringify(ids)).map(fromStoryRow),
    featureCounts(keys: readonly string[]) {
      const rows = featureCounts.all(JSON.stringify(keys));
      return {
        counts: new Map(rows.map((row) => [row.key, row.articles])),
        articles: featureTotal.get()?.articles ?? 0,
      };
    },
    list(query: { lang?: string; since?: string; limit: number; offset: number }) {
      const { lang = null, since = null, limit, offset } = query;
      return list.all({ lang, since, limit, offset }).map((row) => toStorySummary(fromStoryRow(row)));
    },
    summary(id: string) {
      const row = byId.get(survivor(id));
      return row && row.merged_into === null ? toStorySummary(fromStoryRow(row)) : null;
    },
    articles: (id: string) => articles.all(survivor(id)).map((row) => row.id),
    storiesOf: (ids: readonly string[]) =>
      new Map(storiesOf.all(JSON.stringify(ids)).map((row) => [row.id, survivor(row.story)])),
    log: (id: string) => log.all(survivor(id)).map(fromLogRow),
    /** The export rows after ingest position `after`, at most EXPORT_PAGE, with the position of the last. */
    exportPage(after: number): { rows: ExportedArticle[]; last: number } {
      const rows = exportPage.all(after, EXPORT_PAGE);
      const resolved = new Map<string, string>();
      const storyOf = (story: string | null): string | null => {
        if (story === null) return null;
        const found = resolved.get(story) ?? survivor(story);
        resolved.set(story, found);
        return found;
      };
      return {
        rows: rows.map((row) => ({
          id: row.id,
          story: storyOf(row.story),
          lang: row.lang,
          title: row.title,
          published: row.published,
          source: row.source,
          url: row.url,
          duplicate_of: row.duplicate_of,
        })),
        last: rows.at(-1)?.seq ?? after,
      };
    },
  };
}

export type StoryQueries = ReturnType<typeof prepareStoryQueries>;
