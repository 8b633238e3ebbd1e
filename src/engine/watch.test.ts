import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TestServer } from '../../test/fixtures/feed-server.js';
import { fixtureFor, startFeedSite } from '../../test/fixtures/feed-site.js';
import { createFetcher } from '../adapters/http/index.js';
import { createSqliteStore } from '../adapters/store/index.js';
import { decodeWith } from '../core/ingest/codecs.js';
import type { Store } from '../core/store.js';
import { createParallax, type Parallax } from './parallax.js';
import { createFeedWatcher, type WatchEvent } from './watch.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let site: TestServer;
let px: Parallax;
let clock: number;
let events: WatchEvent[];

beforeEach(async () => {
  site = await startFeedSite();
  px = createParallax({ store: await createSqliteStore(':memory:'), now: () => new Date(clock) });
  clock = Date.parse('2024-06-13T08:00:00Z');
  events = [];
});
afterEach(async () => {
  await px.close();
  await site.close();
});

function watcher(options: { sleep?: (ms: number) => Promise<void>; parallax?: Parallax } = {}) {
  return createFeedWatcher({
    fetcher: createFetcher({ hostDelayMs: 0, timeoutMs: 1000 }),
    policy: { intervalMs: 10 * MINUTE, maxBackoffMs: 6 * HOUR, staleAfterMs: 48 * HOUR },
    now: () => new Date(clock),
    onEvent: (event) => events.push(event),
    ...options,
    parallax: options.parallax ?? px,
  });
}

const issueCodes = () => events.flatMap((event) => (event.kind === 'issue' ? [event.issue.code] : []));
const pageRequests = () =>
  site.requests.filter((request) => !/\.(rss|atom|rdf|json|xml|txt)$/u.test(request.path));

describe('feed watcher', () => {
  test('ingests each new item of RSS, Atom, RDF and JSON feeds: its page when it can, else the item itself', async () => {
    const urls = ['/harbour.rss', '/visti.atom', '/port.rdf', '/puerto.json'].map(site.url);
    const reports = await watcher().pollAll(urls);
    expect(
      reports.map((report) => ({
        url: report.url.replace(site.url(''), ''),
        outcome: report.outcome,
        items: report.items,
        newItems: report.newItems,
        ingested: report.summary.ingested,
        issues: report.summary.issues.map(
          (item) => `${item.severity} ${item.code} ${item.params?.error ?? ''}`,
        ),
      })),
    ).toEqual([
      {
        url: '/harbour.rss',
        outcome: 'fetched',
        items: 3,
        newItems: 3,
        ingested: 2,
        issues: ['error feed_item_without_text http_status'],
      },
      {
        url: '/visti.atom',
        outcome: 'fetched',
        items: 1,
        newItems: 1,
        ingested: 1,
        issues: ['warning page_fetch_failed robots_disallowed'],
      },
      {
        url: '/port.rdf',
        outcome: 'fetched',
        items: 1,
        newItems: 1,
        ingested: 1,
        issues: ['warning page_fetch_failed timeout'],
      },
      {
        url: '/puerto.json',
        outcome: 'fetched',
        items: 1,
        newItems: 1,
        ingested: 1,
        issues: ['warning page_fetch_failed http_status'],
      },
    ]);
    const ferry = await px.article(site.url('/news/ferry'));
    expect(ferry).toMatchObject({
      format: 'html',
      title: 'Ferry Nordlys reaches Brekka after engine failure',
      url: site.url('/news/ferry'),
      published: '2024-06-11T21:40:00+02:00',
      source: 'Harbour Daily',
      lang: 'en',
      metadata: { feed: site.url('/harbour.rss'), guid: 'hd-2024-101' },
      text: [
        'The ferry Nordlys reached the port of Brekka under its own power on Tuesday evening after one of its two engines failed.',
        'There were 212 passengers and 31 crew on board, and nobody was hurt, harbour master Liv Brandt said.',
        'Two tugboats escorted the ship over the last twelve nautical miles. The shipping company said inspectors would examine the ferry within 48 hours.',
      ].join('\n'),
    });
    expect(await px.article(site.url('/news/fees'))).toMatchObject({
      format: 'html',
      url: site.url('/news/fees-2024'),
      published: '2024-06-12T08:00:00Z',
    });
    const visti = await px.article(site.url('/porom'));
    expect(visti).toMatchObject({
      format: 'feed',
      lang: 'uk',
      source: 'Вісті Бреккі',
      text: 'Пором «Нордліс» у вівторок увечері власним ходом дістався порту Бреккі після того, як відмовив один із двох двигунів.\nНа борту були 212 пасажирів і 31 член екіпажу, ніхто не постраждав.',
    });
    expect(visti?.issues).toEqual([
      {
        code: 'page_fetch_failed',
        severity: 'warning',
        origin: { path: site.url('/visti.atom'), index: 0 },
        params: { url: site.url('/porom'), error: 'robots_disallowed', detail: 'robots.txt line 2' },
      },
    ]);
    expect(site.requests.some((request) => request.path === '/porom')).toBe(false);
    expect((await px.stories()).map((story) => story.articles).sort()).toEqual([1, 4]);
  });

  test('asks again with its ETag, and fetches no page twice for an item it has seen', async () => {
    const feed = site.url('/harbour.rss');
    await watcher().pollAll([feed]);
    const pages = pageRequests().length;
    clock += 10 * MINUTE;
    const [again] = await watcher().pollAll([feed]);
    expect(again).toMatchObject({ outcome: 'not_modified', newItems: 0, summary: { ingested: 0 } });
    expect(site.requests.at(-1)?.headers['if-none-match']).toBe('"h1"');
    site.route('/harbour.rss', () => ({
      body: fixture(site),
      headers: { 'content-type': 'application/rss+xml' },
    }));
    const [changed] = await watcher().pollAll([feed]);
    expect(changed).toMatchObject({ outcome: 'fetched', items: 3, newItems: 0, summary: { ingested: 0 } });
    expect(pageRequests().length).toBe(pages);
    expect(await px.store.getFeedState(feed)).toMatchObject({ itemsSeen: 3, itemsIngested: 2, etag: null });
  });

  test('takes an item already stored from another feed without fetching its page again', async () => {
    site.route('/copy.rss', () => ({
      body: fixture(site),
      headers: { 'content-type': 'application/rss+xml' },
    }));
    await watcher().pollAll([site.url('/harbour.rss')]);
    const pages = pageRequests().length;
    const [copy] = await watcher().pollAll([site.url('/copy.rss')]);
    // the gallery item was never stored, so its page is asked for again
    expect(copy).toMatchObject({ newItems: 3, summary: { ingested: 0, failed: 1 } });
    expect(
      pageRequests()
        .slice(pages)
        .map((request) => request.path),
    ).toEqual(['/news/gallery']);
  });

  test('backs off a failing feed exponentially and honours Retry-After', async () => {
    const feed = site.url('/down.rss');
    const next: string[] = [];
    for (const _ of [1, 2, 3]) {
      const [report] = await watcher().pollAll([feed]);
      next.push(`${report?.state.consecutiveErrors} ${report?.state.nextPollAt}`);
      clock += HOUR;
    }
    site.route('/down.rss', { status: 503, headers: { 'retry-after': '18000' } });
    const [busy] = await watcher().pollAll([feed]);
    next.push(`${busy?.state.consecutiveErrors} ${busy?.state.nextPollAt}`);
    expect(next).toEqual([
      '1 2024-06-13T08:20:00.000Z',
      '2 2024-06-13T09:40:00.000Z',
      '3 2024-06-13T11:20:00.000Z',
      '4 2024-06-13T16:00:00.000Z',
    ]);
    expect(busy?.error).toEqual({ code: 'http_status', status: 503, detail: 'Service Unavailable' });
    expect(issueCodes()).toEqual([
      'feed_fetch_failed',
      'feed_fetch_failed',
      'feed_fetch_failed',
      'feed_fetch_failed',
    ]);
  });

  test('reports broken XML and a missing feed as feed errors, not crashes', async () => {
    const reports = await watcher().pollAll([site.url('/broken.xml'), site.url('/gone.rss')]);
    expect(reports.map((report) => report.error)).toEqual([
      { code: 'invalid_feed', detail: 'Invalid feed format' },
      { code: 'http_status', status: 404, detail: 'Not Found' },
    ]);
    expect((await watcher().health()).map((feed) => [feed.status, feed.consecutiveErrors])).toEqual([
      ['failing', 1],
      ['failing', 1],
    ]);
  });

  test('shows a feed that stops updating as stale, and as ok once it shows a new item', async () => {
    const feed = site.url('/harbour.rss');
    await watcher().pollAll([feed]);
    clock += 49 * HOUR;
    await watcher().pollAll([feed]);
    expect(await watcher().health()).toEqual([
      {
        url: feed,
        title: 'Harbour Daily',
        status: 'stale',
        addedAt: '2024-06-13T08:00:00.000Z',
        etag: '"h1"',
        lastModified: null,
        lastPollAt: '2024-06-15T09:00:00.000Z',
        lastSuccessAt: '2024-06-15T09:00:00.000Z',
        lastErrorAt: null,
        lastError: null,
        consecutiveErrors: 0,
        nextPollAt: '2024-06-15T09:10:00.000Z',
        itemsSeen: 3,
        itemsIngested: 2,
        lastNewItemAt: '2024-06-13T08:00:00.000Z',
      },
    ]);
    site.route('/harbour.rss', () => ({
      body: fixture(site).replace(
        '<item>',
        `<item><title>Regatta results</title><link>${site.url('/news/ferry')}?r</link><description>The regatta of Brekka ended on Sunday with a win for the local rowing club.</description></item><item>`,
      ),
    }));
    await watcher().pollAll([feed]);
    expect((await watcher().health()).map((state) => state.status)).toEqual(['ok']);
  });

  test('polls feeds whenever they are due, the failing one less and less often, until stopped', async () => {
    const controller = new AbortController();
    const end = clock + 2 * HOUR;
    const watch = watcher({
      sleep: async (ms) => {
        clock += ms;
        if (clock > end) controller.abort();
      },
    });
    const tracking = events;
    await watch.run([site.url('/harbour.rss'), site.url('/down.rss')], controller.signal);
    const count = (path: string) =>
      tracking.filter((event) => event.kind === 'polling' && event.url.endsWith(path)).length;
    // every 10 minutes for two hours; the failing feed at 0, 20 and 60 minutes, then not before 140
    expect([count('/harbour.rss'), count('/down.rss')]).toEqual([13, 3]);
  });
  test('ingests a new item without link or guid pushed above one already stored (regression: both took id #0)', async () => {
    const feed = site.url('/notes.rss');
    const note = (text: string) => `<item><description>${text}</description></item>`;
    const older = note(
      'The harbour office in Brekka will close on Friday for the regatta of the rowing clubs.',
    );
    const newer = note(
      'The ferry timetable of Brekka changes on Monday: the first crossing now leaves at six.',
    );
    const serve = (items: string) =>
      site.route('/notes.rss', {
        body: `<rss version="2.0"><channel><title>Notes</title><language>en</language>${items}</channel></rss>`,
        headers: { 'content-type': 'application/rss+xml' },
      });
    serve(older);
    await watcher().pollAll([feed]);
    serve(newer + older);
    const [second] = await watcher().pollAll([feed]);
    expect(second).toMatchObject({ newItems: 1, summary: { ingested: 1, failed: 0 } });
    const stored = await Promise.all((await px.articles()).map((summary) => px.article(summary.id)));
    expect(stored.map((article) => article?.text).sort()).toEqual([
      'The ferry timetable of Brekka changes on Monday: the first crossing now leaves at six.',
      'The harbour office in Brekka will close on Friday for the regatta of the rowing clubs.',
    ]);
  });

  describe('items that fail for a passing reason', () => {
    const feedBody = (path: string) =>
      `<rss version="2.0"><channel><title>Later</title><item><title>Ferry update</title><link>${site.url(path)}</link></item></channel></rss>`;
    const page =
      '<html lang="en"><body><article><h1>Ferry update</h1><p>The ferry Nordlys will sail again from Brekka on Thursday, the shipping company said, after inspectors approved the repaired engine.</p><p>Tickets bought for the cancelled crossings stay valid until the end of the month.</p></article></body></html>';

    test('are tried again at the next poll, without validators, and ingested once their page answers', async () => {
      const feed = site.url('/later.rss');
      site.route('/later.rss', { body: feedBody('/news/later'), etag: '"l1"' });
      site.route('/news/later', { status: 503 });
      const w = watcher();
      const [first] = await w.pollAll([feed]);
      expect(first).toMatchObject({ newItems: 1, retrying: 1, summary: { ingested: 0, failed: 1 } });
      expect(first?.state).toMatchObject({ etag: null, itemsSeen: 1 });
      site.route('/news/later', { body: page, headers: { 'content-type': 'text/html' } });
      clock += 10 * MINUTE;
      const [second] = await w.pollAll([feed]);
      expect(second).toMatchObject({ newItems: 0, retrying: 0, summary: { ingested: 1, failed: 0 } });
      expect(second?.state).toMatchObject({ etag: '"l1"', itemsSeen: 1, itemsIngested: 1 });
      expect(site.requests.filter((request) => request.path === '/news/later')).toHaveLength(2);
      expect(
        site.requests.filter((request) => request.path === '/later.rss').at(-1)?.headers,
      ).not.toHaveProperty('if-none-match');
    });

    test('are given up with an issue after three polls, and items failing for a lasting reason at once', async () => {
      const feed = site.url('/later.rss');
      site.route('/later.rss', {
        body: feedBody('/news/later').replace(
          '</channel>',
          `<item><link>${site.url('/news/gone')}</link></item></channel>`,
        ),
      });
      site.route('/news/later', { status: 503 });
      const w = watcher();
      const retrying: number[] = [];
      for (const _ of [1, 2, 3, 4]) {
        const [report] = await w.pollAll([feed]);
        retrying.push(report?.retrying ?? -1);
        clock += 10 * MINUTE;
      }
      const asked = (path: string) => site.requests.filter((request) => request.path === path).length;
      expect({ retrying, later: asked('/news/later'), gone: asked('/news/gone') }).toEqual({
        retrying: [1, 1, 0, 0],
        later: 3,
        gone: 1,
      });
      const givenUp = events.flatMap((event) =>
        event.kind === 'issue' && event.issue.code === 'feed_item_given_up' ? [event.issue] : [],
      );
      expect(givenUp).toEqual([
        {
          code: 'feed_item_given_up',
          severity: 'warning',
          origin: { path: feed, index: 0 },
          params: { attempts: 3, title: 'Ferry update', url: site.url('/news/later') },
        },
      ]);
    });
  });

  test('reads a page without a charset by its language (regression: <html lang> was ignored)', async () => {
    const czech = [
      'Předseda vlády řekl, že ministerstvo připraví zákon o přístavu v Brekce do konce roku.',
      'Přístavní poplatky se podle návrhu zvýší od července o pětinu, řekl mluvčí ministerstva.',
    ];
    const html = `<html lang="cs"><body><article><h1>Přístav</h1><p>${czech[0]}</p><p>${czech[1]}</p></article></body></html>`;
    site.route('/cz.rss', {
      body: `<rss version="2.0"><channel><title>Zprávy</title><item><link>${site.url('/cz/pristav')}</link></item></channel></rss>`,
    });
    site.route('/cz/pristav', {
      body: encode(html, 'windows-1250'),
      headers: { 'content-type': 'text/html' },
    });
    await watcher().pollAll([site.url('/cz.rss')]);
    expect((await px.article(site.url('/cz/pristav')))?.text).toBe(czech.join('\n'));
  });

  test('records a feed that crashes (a store error) as a failed poll, backs it off, and goes on with the others', async () => {
    const cursed = site.url('/cursed.rss');
    site.route('/cursed.rss', () => ({ body: fixture(site) }));
    const failing = failingFor(px.store, cursed);
    const broken = createParallax({ store: failing, now: () => new Date(clock) });
    const controller = new AbortController();
    const end = clock + 2 * HOUR;
    const watch = watcher({
      parallax: broken,
      sleep: async (ms) => {
        clock += ms;
        if (clock > end) controller.abort();
      },
    });
    await watch.run([cursed, site.url('/harbour.rss')], controller.signal);
    const polls = (path: string) =>
      events.filter((event) => event.kind === 'polling' && event.url.endsWith(path)).length;
    expect([polls('/harbour.rss'), polls('/cursed.rss')]).toEqual([13, 3]);
    const failures = events.flatMap((event) =>
      event.kind === 'issue' && event.issue.origin.path === cursed ? [event.issue] : [],
    );
    expect(failures[0]).toEqual({
      code: 'feed_fetch_failed',
      severity: 'error',
      origin: { path: cursed },
      params: { error: 'internal', detail: 'disk I/O error' },
    });
    expect(failures).toHaveLength(3);
  });
});

/** Text in a single-byte legacy encoding. */
function encode(text: string, encoding: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte < 0x100; byte++)
    table.set(decodeWith(encoding, false, Uint8Array.of(byte)), byte);
  return Uint8Array.from(
    [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : (table.get(char) ?? 0x3f))),
  );
}

/** The store, except that reading or writing the state of one feed fails as a broken disk would. */
function failingFor(store: Store, url: string): Store {
  const fail = (feed: string) => {
    if (feed === url) throw new Error('disk I/O error');
  };
  return {
    ...store,
    getSeenItems: async (feed, keys) => {
      fail(feed);
      return store.getSeenItems(feed, keys);
    },
    putFeedState: async (state, keys) => {
      fail(state.url);
      return store.putFeedState(state, keys);
    },
    close: async () => {},
  };
}

function fixture(server: TestServer): string {
  return fixtureFor(server, 'harbour.rss');
}
