import { type FeedDocument, type FeedItem, feedItemId } from '../core/feeds/index.js';
import type { Fetcher } from '../core/fetcher.js';
import { type Issue, issue } from '../core/issues.js';
import type { RawArticle } from '../core/types.js';
import { readFeedItem } from './feed-item.js';
import type { Parallax } from './parallax.js';
import { emptySummary, type IngestSummary, recordIssue } from './summary.js';

/** Polls in a row an item may fail for a passing reason (timeout, server error, failed ingest) before it is given up. */
export const MAX_ITEM_ATTEMPTS = 3;

/** A feed item not seen before, with its position in the document. */
export interface FreshItem {
  item: FeedItem;
  index: number;
}

/** What became of a poll's fresh items. */
export interface FreshItemsOutcome {
  summary: IngestSummary;
  /** Keys of items done with: ingested, already stored, failed for a lasting reason, or given up. */
  settled: string[];
  /** Keys of items to try again at the next poll, with the polls they have failed so far. */
  pending: Map<string, number>;
}

export interface FreshItemsContext {
  parallax: Parallax;
  fetcher: Fetcher;
  emit: (issue: Issue) => void;
  signal?: AbortSignal | undefined;
}

/**
 * Read and ingest a feed's fresh items: each item already stored (under its link or its key) is settled at
 * once; the others are read (page, else own text) and ingested. Items that fail for a passing reason stay
 * pending, counted in `failedBefore`, until MAX_ITEM_ATTEMPTS. Null when the signal stopped it.
 */
export async function ingestFreshItems(
  context: FreshItemsContext,
  feedUrl: string,
  feed: FeedDocument,
  fresh: readonly FreshItem[],
  failedBefore: ReadonlyMap<string, number>,
): Promise<FreshItemsOutcome | null> {
  const { parallax, fetcher, emit, signal } = context;
  const settled: string[] = [];
  const pending = new Map<string, number>();
  const itemIssues: Issue[] = [];
  const report = (item: Issue) => {
    itemIssues.push(item);
    emit(item);
  };
  const retry = ({ item, index }: FreshItem) => {
    const attempts = (failedBefore.get(item.key) ?? 0) + 1;
    if (attempts < MAX_ITEM_ATTEMPTS) {
      pending.set(item.key, attempts);
      return;
    }
    settled.push(item.key);
    const params: Record<string, string | number> = { attempts };
    if (item.title) params.title = item.title;
    if (item.url) params.url = item.url;
    report(issue('feed_item_given_up', 'warning', { path: feedUrl, index }, params));
  };
  const stored = await parallax.store.getInputHashes(fresh.map(({ item }) => feedItemId(item, feedUrl)));
  const read: { entry: FreshItem; article: RawArticle }[] = [];
  for (const entry of fresh) {
    if (signal?.aborted) return null;
    // already stored under its link: seen in another feed, or ingested from a file
    if (stored.has(feedItemId(entry.item, feedUrl))) {
      settled.push(entry.item.key);
      continue;
    }
    const place = { feedUrl, index: entry.index };
    const one = await readFeedItem(entry.item, feed, place, fetcher, signal);
    if (one.ok) read.push({ entry, article: one.article });
    else {
      report(one.issue);
      if (one.lasting) settled.push(entry.item.key);
      else retry(entry);
    }
  }
  if (signal?.aborted) return null;
  const articles = read.map(({ article }) => article);
  const summary =
    articles.length === 0
      ? emptySummary()
      : await parallax.ingestArticles(articles, { inputs: [feedUrl], onIssue: emit });
  // an article that did not reach the store failed its ingest
  const kept =
    articles.length === 0 ? new Map() : await parallax.store.getInputHashes(articles.map((a) => a.id));
  for (const { entry, article } of read) {
    if (kept.has(article.id)) settled.push(entry.item.key);
    else retry(entry);
  }
  for (const item of itemIssues) recordIssue(summary, item);
  return { summary, settled, pending };
}
