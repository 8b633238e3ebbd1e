import type { Origin } from '../issues.js';
import type { ParseResult } from './raw-article.js';

/** What the HTML extractor learns from a capture: the page's address and the date to check page dates against. */
export function captureOptions(origin: Origin): { url?: string; referenceDate?: string } {
  return {
    ...(origin.uri ? { url: origin.uri } : {}),
    ...(origin.crawled ? { referenceDate: origin.crawled } : {}),
  };
}

/**
 * Articles of a captured page (a WARC record) take the address they were captured from as their url;
 * the capture date stays on the origin and dates the article only when the page itself has no date.
 */
export function withCapture(result: ParseResult, origin: Origin): ParseResult {
  const uri = origin.uri;
  if (!uri) return result;
  return { ...result, articles: result.articles.map((article) => ({ ...article, url: uri })) };
}
