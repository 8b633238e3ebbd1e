import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../../../test/fixtures/feed-server.js';
import { createFetcher, type FetcherOptions, userAgentFor } from './fetcher.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer({
    '/robots.txt': {
      body: 'User-agent: *\nDisallow: /private/\n\nUser-agent: parallax\nDisallow: /no-bots/\nCrawl-delay: 3\n',
    },
    '/page': { body: '<p>Hello</p>', headers: { 'content-type': 'text/html; charset=utf-8' } },
  });
});
afterEach(() => server.close());

/** A fetcher with no real waiting: the clock advances by what it sleeps. */
function fetcher(options: FetcherOptions = {}) {
  let clock = 1_000_000;
  const waits: number[] = [];
  const instance = createFetcher({
    userAgent: userAgentFor('9.9.9'),
    hostDelayMs: 0,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    ...options,
  });
  return { fetch: instance.fetch, waits };
}

const paths = () => server.requests.map((request) => request.path);

describe('createFetcher', () => {
  test('sends its user agent and returns the body with its type and validators', async () => {
    server.route('/feed', {
      body: '<rss/>',
      etag: '"v1"',
      headers: { 'content-type': 'application/rss+xml', 'last-modified': 'Thu, 13 Jun 2024 08:00:00 GMT' },
    });
    const result = await fetcher().fetch({ url: server.url('/feed'), accept: 'application/rss+xml' });
    expect(result).toEqual({
      ok: true,
      notModified: false,
      url: server.url('/feed'),
      status: 200,
      body: new TextEncoder().encode('<rss/>'),
      contentType: 'application/rss+xml',
      etag: '"v1"',
      lastModified: 'Thu, 13 Jun 2024 08:00:00 GMT',
    });
    expect(server.requests[0]?.headers).toMatchObject({
      'user-agent': 'parallax/9.9.9 (+https://github.com/parallax-news/parallax)',
      accept: 'application/rss+xml',
    });
  });

  test('makes conditional requests and reports 304 as not modified', async () => {
    server.route('/feed', { body: '<rss/>', etag: '"v1"' });
    const result = await fetcher().fetch({
      url: server.url('/feed'),
      etag: '"v1"',
      lastModified: 'Thu, 13 Jun 2024 08:00:00 GMT',
    });
    expect(result).toEqual({ ok: true, notModified: true, url: server.url('/feed'), status: 304 });
    expect(server.requests[0]?.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Thu, 13 Jun 2024 08:00:00 GMT',
    });
  });

  test('follows redirects, relative ones too, and reports the final URL', async () => {
    server.route('/old', { status: 301, headers: { location: '/moved' } });
    server.route('/moved', { status: 307, headers: { location: server.url('/page') } });
    const result = await fetcher().fetch({ url: server.url('/old') });
    expect(result).toMatchObject({ ok: true, url: server.url('/page'), status: 200 });
    expect(paths()).toEqual(['/old', '/moved', '/page']);
  });

  test('gives up after the redirect limit', async () => {
    server.route('/loop', { status: 302, headers: { location: '/loop' } });
    const result = await fetcher({ maxRedirects: 2 }).fetch({ url: server.url('/loop') });
    expect(result).toEqual({
      ok: false,
      url: server.url('/loop'),
      error: { code: 'too_many_redirects', detail: '2' },
      retryAfter: null,
    });
    expect(paths()).toEqual(['/loop', '/loop', '/loop']);
  });

  test('reports 404, 500 and 503 with their status, and passes Retry-After on', async () => {
    server.route('/broken', { status: 500, body: 'oops' });
    server.route('/busy', { status: 503, headers: { 'retry-after': '120' } });
    const { fetch } = fetcher();
    expect(await fetch({ url: server.url('/missing') })).toEqual({
      ok: false,
      url: server.url('/missing'),
      error: { code: 'http_status', status: 404, detail: 'Not Found' },
      retryAfter: null,
    });
    expect(await fetch({ url: server.url('/broken') })).toMatchObject({
      ok: false,
      error: { code: 'http_status', status: 500 },
    });
    expect(await fetch({ url: server.url('/busy') })).toMatchObject({
      ok: false,
      error: { code: 'http_status', status: 503 },
      retryAfter: '120',
    });
  });

  test('times out a slow answer', async () => {
    server.route('/slow', { delayMs: 2000, body: 'late' });
    const started = Date.now();
    const result = await fetcher({ timeoutMs: 150 }).fetch({ url: server.url('/slow') });
    expect(result).toEqual({
      ok: false,
      url: server.url('/slow'),
      error: { code: 'timeout', detail: '0.15 s' },
      retryAfter: null,
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('refuses a body over the size limit, declared or streamed', async () => {
    server.route('/big', { body: 'x'.repeat(5000) });
    server.route('/big-stream', { body: 'x'.repeat(5000), headers: { 'transfer-encoding': 'chunked' } });
    const { fetch } = fetcher({ maxBytes: 1000 });
    const tooLarge = { ok: false, error: { code: 'too_large', detail: '1000' } };
    expect(await fetch({ url: server.url('/big') })).toMatchObject(tooLarge);
    expect(await fetch({ url: server.url('/big-stream') })).toMatchObject(tooLarge);
    expect(await fetch({ url: server.url('/page') })).toMatchObject({ ok: true });
  });

  test('reports a refused connection and a URL that is not http(s)', async () => {
    const closed = await startServer();
    const url = closed.url('/feed');
    await closed.close();
    const { fetch } = fetcher();
    expect(await fetch({ url })).toEqual({
      ok: false,
      url,
      error: { code: 'network', detail: 'ECONNREFUSED' },
      retryAfter: null,
    });
    expect(await fetch({ url: 'ftp://example.org/feed' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_url', detail: 'ftp://example.org/feed' },
    });
  });
});

describe('politeness', () => {
  test('asks robots.txt once per site for pages, obeys its rules for our agent, and never asks for feeds', async () => {
    server.route('/no-bots/story', { body: '<p>x</p>' });
    server.route('/private/story', { body: '<p>x</p>' });
    const { fetch } = fetcher();
    expect(await fetch({ url: server.url('/no-bots/story'), robots: true })).toEqual({
      ok: false,
      url: server.url('/no-bots/story'),
      error: { code: 'robots_disallowed', detail: 'robots.txt line 5' },
      retryAfter: null,
    });
    expect(await fetch({ url: server.url('/private/story'), robots: true })).toMatchObject({ ok: true });
    expect(await fetch({ url: server.url('/page'), robots: true })).toMatchObject({ ok: true });
    expect(await fetch({ url: server.url('/no-bots/story') })).toMatchObject({ ok: true });
    expect(paths()).toEqual(['/robots.txt', '/private/story', '/page', '/no-bots/story']);
  });

  test('checks robots.txt again at every redirect hop', async () => {
    server.route('/go', { status: 302, headers: { location: '/no-bots/story' } });
    const result = await fetcher().fetch({ url: server.url('/go'), robots: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'robots_disallowed' } });
    expect(paths()).toEqual(['/robots.txt', '/go']);
  });

  test('treats a missing robots.txt as allowing all, and an unreachable one as disallowing all for now', async () => {
    server.route('/robots.txt', { status: 404 });
    expect(await fetcher().fetch({ url: server.url('/page'), robots: true })).toMatchObject({ ok: true });
    server.route('/robots.txt', { status: 503 });
    expect(await fetcher().fetch({ url: server.url('/page'), robots: true })).toMatchObject({
      ok: false,
      error: { code: 'robots_unreachable', detail: 'HTTP 503' },
    });
  });

  test('spaces requests to one host by the minimum delay, or the Crawl-delay robots.txt asks for', async () => {
    const { fetch, waits } = fetcher({ hostDelayMs: 1000 });
    await fetch({ url: server.url('/page') });
    await fetch({ url: server.url('/page') });
    await fetch({ url: server.url('/page'), robots: true });
    await fetch({ url: server.url('/page'), robots: true });
    // robots.txt and the third request wait 1 s each; the fourth waits out the 3 s crawl delay
    expect(waits).toEqual([1000, 1000, 1000, 3000]);
  });

  test('starts the time limit once the host’s turn has come, not while waiting for it', async () => {
    const { fetch } = createFetcher({ hostDelayMs: 300, timeoutMs: 200 });
    await fetch({ url: server.url('/page') });
    expect(await fetch({ url: server.url('/page') })).toMatchObject({ ok: true, status: 200 });
  });
});
