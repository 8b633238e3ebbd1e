import {
  type FeedDocument,
  type FeedError,
  type FeedItem,
  feedErrorParams,
  feedItemArticle,
  feedItemId,
  feedSource,
  isLastingError,
} from '../core/feeds/index.js';
import type { Fetcher } from '../core/fetcher.js';
import { charsetOf } from '../core/ingest/decode.js';
import { decodeBytes, htmlDecodeHint, parseHtml } from '../core/ingest/index.js';
import { type Issue, issue, type Origin } from '../core/issues.js';
import type { RawArticle } from '../core/types.js';

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/** Where an item sits: the feed URL (also the id prefix of link-less items) and the item's position. */
export interface ItemPlace {
  feedUrl: string;
  index: number;
}

/** A feed item read as an article, or the issue that stopped it and whether a later poll may do better. */
export type FeedItemResult =
  | { ok: true; article: RawArticle }
  | { ok: false; issue: Issue; lasting: boolean };

/**
 * A new feed item as a raw article: its linked page fetched politely and extracted, with the feed's title,
 * date and source; when the page fails, the item's own text with a `page_fetch_failed` warning; when both
 * fail, the `feed_item_without_text` error (lasting unless the page failed for a passing reason).
 */
export async function readFeedItem(
  item: FeedItem,
  feed: FeedDocument,
  place: ItemPlace,
  fetcher: Fetcher,
  signal?: AbortSignal,
): Promise<FeedItemResult> {
  const origin: Origin = { path: place.feedUrl, index: place.index };
  const fromFeed = feedItemArticle(item, feed, { id: place.feedUrl, origin }, [], { feed: place.feedUrl });
  if (!item.url) return fromFeed.ok ? fromFeed : { ...fromFeed, lasting: true };
  const page = await fetchPage({ ...item, url: item.url }, feed, place, origin, fetcher, signal);
  if (page.ok) return page;
  const params = feedErrorParams(page.error, { url: item.url });
  if (!fromFeed.ok) {
    const failure = { ...fromFeed.issue, params: { ...fromFeed.issue.params, ...params } };
    return { ok: false, issue: failure, lasting: isLastingError(page.error) };
  }
  fromFeed.article.issues.push(issue('page_fetch_failed', 'warning', origin, params));
  return fromFeed;
}

async function fetchPage(
  item: FeedItem & { url: string },
  feed: FeedDocument,
  place: ItemPlace,
  origin: Origin,
  fetcher: Fetcher,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; article: RawArticle } | { ok: false; error: FeedError }> {
  const response = await fetcher.fetch({
    url: item.url,
    accept: HTML_ACCEPT,
    robots: true,
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) return { ok: false, error: response.error };
  if (response.notModified) return { ok: false, error: { code: 'http_status', status: 304 } };
  const type = response.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') {
    return { ok: false, error: { code: 'not_html', detail: type } };
  }
  const hint = htmlDecodeHint(response.body, charsetOf(response.contentType));
  const decoded = decodeBytes(response.body, origin, hint);
  if (!decoded.ok) return { ok: false, error: noText(decoded.issues.at(-1)?.code) };
  const id = feedItemId(item, place.feedUrl);
  const parsed = parseHtml(decoded.text, { id, origin, format: 'html' }, decoded.issues);
  const page = parsed.articles[0];
  if (!page) return { ok: false, error: noText(parsed.issues[0]?.params?.reason) };
  const article: RawArticle = {
    ...page,
    url: page.url ?? response.url,
    metadata: item.guid ? { feed: place.feedUrl, guid: item.guid } : { feed: place.feedUrl },
  };
  const title = item.title ?? page.title;
  const published = item.published ?? page.published;
  const source = feedSource(feed) ?? page.source ?? feedSource(feed, item);
  const declaredLang = page.declaredLang ?? feed.language;
  if (title) article.title = title;
  if (published) article.published = published;
  if (source) article.source = source;
  if (declaredLang) article.declaredLang = declaredLang;
  return { ok: true, article };
}

function noText(detail: string | number | undefined): FeedError {
  return detail ? { code: 'no_text', detail: String(detail) } : { code: 'no_text' };
}
