import type { FeedError } from './types.js';

/** Issue params of a feed error: `error` (its code), `status`, `detail`. */
export function feedErrorParams(
  error: FeedError,
  extra: Record<string, string> = {},
): Record<string, string | number> {
  const params: Record<string, string | number> = { ...extra, error: error.code };
  if (error.status !== undefined) params.status = error.status;
  if (error.detail !== undefined) params.detail = error.detail;
  return params;
}

const LASTING = new Set<FeedError['code']>([
  'robots_disallowed',
  'not_html',
  'invalid_url',
  'too_large',
  'too_many_redirects',
  'no_text',
]);

/**
 * Whether asking again later would most likely fail the same way (robots.txt says no, not a page, 404 or 410),
 * unlike timeouts, network errors, server errors and an unreachable robots.txt.
 * @example isLastingError({ code: 'http_status', status: 410 }) // true
 */
export function isLastingError(error: FeedError): boolean {
  if (error.code === 'http_status') return error.status === 404 || error.status === 410;
  return LASTING.has(error.code);
}
