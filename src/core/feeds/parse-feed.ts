import { type ParseResult, rawArticle, type UnitBase } from '../ingest/raw-article.js';
import { type Issue, issue, type Origin } from '../issues.js';
import { hostOf } from '../sources.js';
import type { RawArticle } from '../types.js';
import { readFeed } from './read-feed.js';
import type { FeedDocument, FeedItem } from './types.js';

/**
 * A feed document as articles, one per item (ids: the item's link, else `<unit id>#<item key>`;
 * origins `path[index]`). Broken documents and items without text come back as issues.
 * @example parseFeedDocument(xml, { id: 'world.rss', origin: { path: 'world.rss' }, format: 'feed' })
 */
export function parseFeedDocument(text: string, base: UnitBase, warnings: Issue[] = []): ParseResult {
  const read = readFeed(text);
  if (!read.ok) {
    return {
      articles: [],
      issues: [...warnings, issue('invalid_feed', 'error', base.origin, { reason: read.reason })],
    };
  }
  const { feed } = read;
  if (feed.items.length === 0)
    return { articles: [], issues: [...warnings, issue('empty_input', 'error', base.origin)] };
  const result: ParseResult = { articles: [], issues: [] };
  feed.items.forEach((item, index) => {
    const place = { id: base.id, origin: { ...base.origin, index } };
    const one = feedItemArticle(item, feed, place, warnings.length > 0 ? [...warnings] : []);
    if (one.ok) result.articles.push(one.article);
    else result.issues.push(one.issue);
  });
  // decoding warnings travel on the articles; with none, they join the errors once
  if (result.articles.length === 0) result.issues.unshift(...warnings);
  return result;
}

/** Where a feed was read from: the id prefix of its items and the origin of the item. */
export interface FeedPlace {
  id: string;
  origin: Origin;
}

/**
 * One feed item as a raw article from its own text; the `invalid_feed_item` issue when it could not be read,
 * `feed_item_without_text` when it has no text.
 * @example feedItemArticle(feed.items[0], feed, { id: 'world.rss', origin: { path: 'world.rss', index: 0 } })
 */
export function feedItemArticle(
  item: FeedItem,
  feed: FeedDocument,
  place: FeedPlace,
  warnings: Issue[] = [],
  metadata: Record<string, unknown> = {},
): { ok: true; article: RawArticle } | { ok: false; issue: Issue } {
  if (item.error !== undefined)
    return { ok: false, issue: issue('invalid_feed_item', 'error', place.origin, { reason: item.error }) };
  if (item.lines.length === 0) {
    const params: Record<string, string> = {};
    if (item.title) params.title = item.title;
    if (item.url) params.url = item.url;
    return { ok: false, issue: issue('feed_item_without_text', 'error', place.origin, params) };
  }
  const article = rawArticle(
    { id: feedItemId(item, place.id), origin: place.origin, format: 'feed' },
    item.lines.join('\n'),
    {
      html: item.html,
      title: item.title,
      url: item.url,
      published: item.published,
      source: feedSource(feed, item),
      declaredLang: feed.language,
    },
    { metadata: item.guid ? { ...metadata, guid: item.guid } : metadata, issues: warnings },
  );
  return { ok: true, article };
}

/**
 * An item's article id: its link, else `<prefix>#<key>` (its guid, else a hash of its content). Never its
 * position: a new item pushed to the top of a feed must not take the id of the one it pushed down.
 */
export function feedItemId(item: FeedItem, prefix: string): string {
  return item.url ?? `${prefix}#${item.key}`;
}

/** The source of a feed's articles: the channel title, else the host of its site or of the item link. */
export function feedSource(feed: FeedDocument, item?: FeedItem): string | undefined {
  if (feed.title) return feed.title;
  for (const url of [feed.link, item?.url]) {
    const host = hostOf(url);
    if (host) return host;
  }
  return undefined;
}
