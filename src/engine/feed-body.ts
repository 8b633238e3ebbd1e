import { type FeedDocument, type FeedError, readFeed, sniffXmlCharset } from '../core/feeds/index.js';
import { charsetOf } from '../core/ingest/decode.js';
import { decodeBytes } from '../core/ingest/index.js';

/** What a feed poll asks for: feed formats first, any XML or JSON next. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

/** A fetched feed's bytes as a feed document: charset from the header, else the XML declaration. */
export function readFeedBody(
  url: string,
  body: Uint8Array,
  contentType: string | null,
): { ok: true; feed: FeedDocument } | { ok: false; error: FeedError } {
  const declared = charsetOf(contentType) ?? sniffXmlCharset(body);
  const decoded = decodeBytes(body, { path: url }, declared ? { declaredCharset: declared } : {});
  if (!decoded.ok)
    return {
      ok: false,
      error: { code: 'invalid_feed', detail: decoded.issues.at(-1)?.code ?? 'unreadable' },
    };
  const read = readFeed(decoded.text);
  return read.ok ? read : { ok: false, error: { code: 'invalid_feed', detail: read.reason } };
}
