import { type AnyFeed, type AtomFeed, type JsonFeed, parseFeed, type RdfFeed, type RssFeed } from 'feedsmith';
import { hashText } from '../dedup/hash.js';
import { feedDate, looksLikeHtml, plainLine, textLines } from './item-text.js';
import type { FeedDocument, FeedItem } from './types.js';

export type ReadFeedResult = { ok: true; feed: FeedDocument } | { ok: false; reason: string };

/**
 * Read an RSS 2.0 / 0.9x, Atom, RDF (RSS 1.0) or JSON Feed document. Never throws: broken XML and
 * documents of another kind come back as `{ ok: false, reason }`, an item that cannot be read as an item
 * with an `error`.
 * @example readFeed('<rss version="2.0"><channel><title>T</title><item>…</item></channel></rss>')
 */
export function readFeed(text: string): ReadFeedResult {
  try {
    return { ok: true, feed: fromParsed(parseFeed<string>(text.replace(/^\uFEFF/u, ''))) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

function fromParsed(parsed: AnyFeed<string>): FeedDocument {
  switch (parsed.format) {
    case 'rss':
      return fromRss(parsed.feed, 'rss');
    case 'rdf':
      return fromRss(parsed.feed, 'rdf');
    case 'atom':
      return fromAtom(parsed.feed);
    case 'json':
      return fromJson(parsed.feed);
  }
}

type RssLike = RssFeed.Feed<string> | RdfFeed.Feed<string>;

function fromRss(feed: RssLike, format: 'rss' | 'rdf'): FeedDocument {
  const items = readItems(feed.items, (item) => {
    const rss = item as RssFeed.Item<string>;
    const encoded = item.content?.encoded;
    return feedItem({
      guid: rss.guid?.value ?? (item as RdfFeed.Item<string>).rdf?.about,
      title: item.title,
      url:
        httpUrl(item.link, feed.link) ??
        (rss.guid?.isPermaLink !== false ? httpUrl(rss.guid?.value) : undefined),
      published: rss.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created?.[0],
      html: encoded?.trim() ? encoded : item.description,
    });
  });
  return document(format, {
    title: feed.title,
    link: feed.link,
    language: (feed as RssFeed.Feed<string>).language ?? feed.dc?.languages?.[0],
    items,
  });
}

function fromAtom(feed: AtomFeed.Feed<string>): FeedDocument {
  const items = readItems(feed.entries, (entry) => {
    const body = entry.content?.value?.trim() ? entry.content : entry.summary;
    return feedItem({
      guid: entry.id,
      title: atomText(entry.title),
      url: httpUrl(alternate(entry.links), alternate(feed.links)),
      published: entry.published ?? entry.dc?.dates?.[0] ?? entry.updated,
      html: body?.value,
      kind:
        body?.type === 'html' || body?.type === 'xhtml' ? 'html' : body?.type === 'text' ? 'text' : 'auto',
    });
  });
  return document('atom', {
    title: atomText(feed.title),
    link: alternate(feed.links),
    language: feed.xml?.lang,
    items,
  });
}

function fromJson(feed: JsonFeed.Feed<string>): FeedDocument {
  const items = readItems(feed.items, (item) => {
    const html = item.content_html?.trim() ? item.content_html : undefined;
    return feedItem({
      guid: item.id,
      title: item.title,
      url: httpUrl(item.url, feed.home_page_url) ?? httpUrl(item.external_url),
      published: item.date_published ?? item.date_modified,
      html: html ?? (item.content_text?.trim() ? item.content_text : item.summary),
      kind: html ? 'html' : 'text',
    });
  });
  return document('json', { title: feed.title, link: feed.home_page_url, language: feed.language, items });
}

/** Each item read on its own: one that cannot be read becomes an item with an `error`, never a failed feed. */
function readItems<T>(list: readonly T[] | undefined, read: (item: T) => FeedItem): FeedItem[] {
  return (list ?? []).map((raw) => {
    try {
      return read(raw);
    } catch (error) {
      return { key: `unreadable:${hashText(rawText(raw))}`, lines: [], error: reasonOf(error) };
    }
  });
}

function rawText(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? '';
  } catch {
    return String(raw);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface ItemFields {
  guid: string | undefined;
  title: string | undefined;
  url: string | undefined;
  published: string | undefined;
  html: string | undefined;
  kind?: 'html' | 'text' | 'auto';
}

function feedItem(fields: ItemFields): FeedItem {
  const lines = textLines(fields.html, fields.kind);
  const title = plainLine(fields.title);
  const url = httpUrl(fields.url);
  const guid = fields.guid?.trim() || undefined;
  const published = feedDate(fields.published);
  const item: FeedItem = {
    key: guid ?? url ?? `hash:${hashText(`${title ?? ''}\n${lines.join('\n')}`)}`,
    lines,
  };
  if (guid) item.guid = guid;
  if (title) item.title = title;
  if (url) item.url = url;
  if (published) item.published = published;
  const kind = fields.kind ?? 'auto';
  if (lines.length > 0 && fields.html && (kind === 'html' || (kind === 'auto' && looksLikeHtml(fields.html))))
    item.html = fields.html;
  return item;
}

function document(
  format: FeedDocument['format'],
  fields: {
    title?: string | undefined;
    link?: string | undefined;
    language?: string | undefined;
    items: FeedItem[];
  },
): FeedDocument {
  const doc: FeedDocument = { format, items: fields.items };
  const title = plainLine(fields.title);
  const link = httpUrl(fields.link);
  const language = fields.language?.trim();
  if (title) doc.title = title;
  if (link) doc.link = link;
  if (language) doc.language = language;
  return doc;
}

function atomText(text: AtomFeed.Text | undefined): string | undefined {
  return text?.value;
}

function alternate(links: readonly AtomFeed.Link<string>[] | undefined): string | undefined {
  const found = links?.find((link) => !link.rel || link.rel === 'alternate') ?? links?.[0];
  return found?.href;
}

/** An absolute http(s) URL (a relative one resolved against `base`, the feed's site), or undefined. */
function httpUrl(value: string | undefined, base?: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const url = URL.canParse(trimmed, base) ? new URL(trimmed, base) : null;
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}
