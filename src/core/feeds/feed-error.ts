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
