import { hostOf } from '../core/sources.js';
import type { RawArticle } from '../core/types.js';

/**
 * The site an article belongs to, for cross-document template evidence: its declared source,
 * else its URL's host, else the folder it was read from.
 */
export function siteOf(raw: RawArticle): string {
  if (raw.source) return `source:${raw.source.toLowerCase()}`;
  const host = hostOf(raw.url);
  if (host) return `host:${host}`;
  const slash = raw.id.lastIndexOf('/');
  const hash = raw.id.indexOf('#');
  if (hash > 0) return `file:${raw.id.slice(0, hash)}`;
  return `dir:${slash > 0 ? raw.id.slice(0, slash) : '.'}`;
}
