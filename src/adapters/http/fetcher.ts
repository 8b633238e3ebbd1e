import { setTimeout as delay } from 'node:timers/promises';
import type { FeedError } from '../../core/feeds/index.js';
import type { Fetcher, FetchRequest, FetchResult } from '../../core/fetcher.js';
import { createHostGate } from './host-gate.js';
import { readBounded } from './read-body.js';
import { createRobotsCache, type RobotsAnswer } from './robots.js';

export const PROJECT_URL = 'https://github.com/parallax-news/parallax';

/** The User-Agent Parallax sends: product and version, and where to read about it. */
export function userAgentFor(version: string): string {
  return `parallax/${version} (+${PROJECT_URL})`;
}

export interface FetcherOptions {
  /** Default `parallax (+https://github.com/parallax-news/parallax)`; the CLI adds its version. */
  userAgent?: string;
  /** Limit for a whole request (headers and body, each redirect hop anew); default 20 s. */
  timeoutMs?: number;
  /** Largest body read (after decompression); default 10 MB. */
  maxBytes?: number;
  /** Redirects followed per request; default 5. */
  maxRedirects?: number;
  /** Minimum time between the starts of two requests to one host; default 1 s (robots.txt may ask for more). */
  hostDelayMs?: number;
  /** How long a site's robots.txt is trusted; default 1 h. */
  robotsTtlMs?: number;
  /** The HTTP client; default the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Clock in milliseconds; default Date.now. */
  now?: () => number;
  /** Waits between requests; default a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Create a polite HTTP fetcher: one user agent, timeouts, a body limit, bounded redirects, robots.txt for
 * requests that ask for it, and a minimum delay between requests to each host.
 * @example const fetcher = createFetcher({ userAgent: userAgentFor('0.1.0') });
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const userAgent = options.userAgent ?? `parallax (+${PROJECT_URL})`;
  const agent = /^[\w-]+/u.exec(userAgent)?.[0] ?? 'parallax';
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const hostDelayMs = options.hostDelayMs ?? 1000;
  const httpFetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const gate = createHostGate(now, sleep);
  const robots = createRobotsCache({ agent, now, ttlMs: options.robotsTtlMs ?? 3_600_000, load: loadRobots });
  const timeoutDetail = `${timeoutMs / 1000} s`;

  async function loadRobots(robotsUrl: string): Promise<RobotsAnswer> {
    const result = await get({ url: robotsUrl, accept: 'text/plain' }, hostDelayMs);
    if (result.ok)
      return { status: 200, body: result.notModified ? '' : new TextDecoder().decode(result.body) };
    if (result.error.code === 'http_status') return { status: result.error.status ?? 500, body: '' };
    return { status: 'unreachable', detail: result.error.detail ?? result.error.code };
  }

  async function get(request: FetchRequest, minDelayMs: number): Promise<FetchResult> {
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
        return failure(url, { code: 'invalid_url', detail: url });
      }
      let waitMs = minDelayMs;
      if (request.robots) {
        const verdict = await robots.check(url);
        if (!verdict.allowed) {
          const code = verdict.reason === 'unreachable' ? 'robots_unreachable' : 'robots_disallowed';
          return failure(url, { code, detail: verdict.detail });
        }
        waitMs = Math.max(waitMs, verdict.crawlDelayMs);
      }
      try {
        await gate.wait(parsed.host, waitMs, request.signal);
      } catch (error) {
        return failure(url, { code: 'network', detail: reasonOf(error) });
      }
      // the time limit starts once the host's turn has come
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
      try {
        const response = await httpFetch(url, { headers: headersFor(request), redirect: 'manual', signal });
        const location = response.headers.get('location');
        if (REDIRECTS.has(response.status) && location) {
          await response.body?.cancel().catch(() => {});
          if (hop >= maxRedirects)
            return failure(url, { code: 'too_many_redirects', detail: String(maxRedirects) });
          url = new URL(location, url).href;
          continue;
        }
        return await answer(url, response, request);
      } catch (error) {
        if (timeout.aborted) return failure(url, { code: 'timeout', detail: timeoutDetail });
        return failure(url, { code: 'network', detail: reasonOf(error) });
      }
    }
  }

  function headersFor(request: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = { 'user-agent': userAgent, accept: request.accept ?? '*/*' };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    return headers;
  }

  async function answer(url: string, response: Response, request: FetchRequest): Promise<FetchResult> {
    if (response.status === 304 && (request.etag || request.lastModified)) {
      await response.body?.cancel().catch(() => {});
      return { ok: true, notModified: true, url, status: 304 };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => {});
      const error: FeedError = { code: 'http_status', status: response.status };
      if (response.statusText) error.detail = response.statusText;
      return { ok: false, url, error, retryAfter: response.headers.get('retry-after') };
    }
    const body = await readBounded(response, maxBytes);
    if (body === null) return failure(url, { code: 'too_large', detail: String(maxBytes) });
    return {
      ok: true,
      notModified: false,
      url,
      status: response.status,
      body,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  }

  return { fetch: (request) => get(request, hostDelayMs) };
}

function failure(url: string, error: FeedError): FetchResult {
  return { ok: false, url, error, retryAfter: null };
}

/** The low-level cause of a failed fetch ("ECONNREFUSED"), else its message. */
function reasonOf(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
