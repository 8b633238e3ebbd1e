const FEED_ROOT = /<(?:rss|feed|rdf:RDF|RDF)[\s>]/u;

/**
 * Whether XML bytes look like a feed: an `<rss>`, Atom `<feed>` or RDF root in the first 4 KB.
 * @example looksLikeFeed(new TextEncoder().encode('<?xml version="1.0"?><rss version="2.0">')) // true
 */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return FEED_ROOT.test(head.replace(/<!--[\s\S]*?-->/gu, ''));
}

/** The encoding an XML prolog declares (`<?xml version="1.0" encoding="windows-1251"?>`). */
export function sniffXmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  return /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/u.exec(
    head.replace(/^\uFEFF|^ï»¿/u, ''),
  )?.[1];
}

/** Whether a parsed JSON value is a JSON Feed (`version` names jsonfeed.org, `items` is an array). */
export function isJsonFeedValue(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { version, items } = value as Record<string, unknown>;
  return typeof version === 'string' && /jsonfeed\.org\/version\//u.test(version) && Array.isArray(items);
}

/** Whether JSON text is a JSON Feed document. */
export function isJsonFeed(text: string): boolean {
  if (!/jsonfeed\.org/u.test(text.slice(0, 4096))) return false;
  try {
    return isJsonFeedValue(JSON.parse(text));
  } catch {
    return false;
  }
}
