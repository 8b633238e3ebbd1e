import type Database from 'better-sqlite3';
import type { FeedError, FeedState } from '../../../core/feeds/index.js';
import type { FeedIndex } from '../feed-methods.js';

interface FeedRow {
  url: string;
  title: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  consecutive_errors: number;
  next_poll_at: string | null;
  items_seen: number;
  items_ingested: number;
  last_new_item_at: string | null;
}

const COLUMNS = [
  'url',
  'title',
  'added_at',
  'etag',
  'last_modified',
  'last_poll_at',
  'last_success_at',
  'last_error_at',
  'last_error',
  'consecutive_errors',
  'next_poll_at',
  'items_seen',
  'items_ingested',
  'last_new_item_at',
] as const satisfies readonly (keyof FeedRow)[];

const SELECT = `SELECT ${COLUMNS.join(', ')} FROM feeds`;

const UPSERT = `
INSERT INTO feeds (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((column) => `@${column}`).join(', ')})
ON CONFLICT (url) DO UPDATE SET
${COLUMNS.filter((column) => column !== 'url')
  .map((column) => `  ${column} = excluded.${column}`)
  .join(',\n')}
RETURNING seq`;

/** Statements for watched feeds (migration 4): state per feed, and the item keys seen in each. */
export function prepareFeedQueries(db: Database.Database): FeedIndex {
  const get = db.prepare<[string], FeedRow>(`${SELECT} WHERE url = ?`);
  const list = db.prepare<[], FeedRow>(`${SELECT} ORDER BY seq`);
  const upsert = db.prepare<[FeedRow], { seq: number }>(UPSERT);
  const insertSeen = db.prepare<[number, string, string]>(
    'INSERT OR IGNORE INTO feed_items (feed_seq, key, seen_at) VALUES (?, ?, ?)',
  );
  const seen = db.prepare<[string, string], { key: string }>(
    `SELECT key FROM feed_items
     WHERE feed_seq = (SELECT seq FROM feeds WHERE url = ?) AND key IN (SELECT value FROM json_each(?))`,
  );
  const put = db.transaction((state: FeedState, keys: readonly string[]) => {
    const stored = upsert.get(toFeedRow(state));
    if (!stored) throw new Error(`feed ${state.url} was not stored`);
    const at = state.lastPollAt ?? state.addedAt;
    for (const key of keys) insertSeen.run(stored.seq, key, at);
  });
  return {
    get: (url: string) => {
      const row = get.get(url);
      return row ? fromFeedRow(row) : null;
    },
    put: (state, keys) => put(state, keys),
    list: () => list.all().map(fromFeedRow),
    seen: (url: string, keys: readonly string[]) =>
      new Set(seen.all(url, JSON.stringify(keys)).map((row) => row.key)),
  };
}

function toFeedRow(state: FeedState): FeedRow {
  return {
    url: state.url,
    title: state.title,
    added_at: state.addedAt,
    etag: state.etag,
    last_modified: state.lastModified,
    last_poll_at: state.lastPollAt,
    last_success_at: state.lastSuccessAt,
    last_error_at: state.lastErrorAt,
    last_error: state.lastError === null ? null : JSON.stringify(state.lastError),
    consecutive_errors: state.consecutiveErrors,
    next_poll_at: state.nextPollAt,
    items_seen: state.itemsSeen,
    items_ingested: state.itemsIngested,
    last_new_item_at: state.lastNewItemAt,
  };
}

function fromFeedRow(row: FeedRow): FeedState {
  return {
    url: row.url,
    title: row.title,
    addedAt: row.added_at,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPollAt: row.last_poll_at,
    lastSuccessAt: row.last_success_at,
    lastErrorAt: row.last_error_at,
    lastError: row.last_error === null ? null : (JSON.parse(row.last_error) as FeedError),
    consecutiveErrors: row.consecutive_errors,
    nextPollAt: row.next_poll_at,
    itemsSeen: row.items_seen,
    itemsIngested: row.items_ingested,
    lastNewItemAt: row.last_new_item_at,
  };
}
