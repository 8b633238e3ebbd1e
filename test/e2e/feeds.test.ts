import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSqliteStore } from '../../src/adapters/store/index.js';
import { runCli } from '../../src/cli/main.js';
import type { TestServer } from '../fixtures/feed-server.js';
import { fixtureFor, startFeedSite } from '../fixtures/feed-site.js';
import { runParallax } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'feeds');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-feeds-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const px = (argv: string[], stdin?: string) =>
  runParallax([...argv, '--db', 'test.db'], { cwd: dir, ...(stdin ? { stdin } : {}) });

describe('parallax ingest of feed files', () => {
  test('makes one article per item of RSS, Atom, RDF and JSON feeds, and reports broken XML and an item without text', async () => {
    await cp(FIXTURES, join(dir, 'in'), { recursive: true });
    await rm(join(dir, 'in', 'pages'), { recursive: true });
    await rm(join(dir, 'in', 'subscriptions.opml'));
    const run = await px(['ingest', 'in']);
    expect({ ...run, stdout: run.stdout.split('\n') }).toEqual({
      code: 1,
      stdout: [
        'ingested 5, updated 0, unchanged 0, duplicates 0, failed 2',
        'languages: en 2, fr 1, es 1, uk 1',
        'failed:',
        '  in/broken.xml: not a readable RSS, Atom, RDF or JSON feed: Invalid feed format',
        '  in/harbour.rss[2]: feed item "In pictures: the regatta" (https://harbour.example/news/gallery) has no text',
        '',
      ],
      stderr: [
        '✗ in/broken.xml: not a readable RSS, Atom, RDF or JSON feed: Invalid feed format',
        '✗ in/harbour.rss[2]: feed item "In pictures: the regatta" (https://harbour.example/news/gallery) has no text',
        '',
      ].join('\n'),
    });
    const articles = JSON.parse((await px(['articles', '--json'])).stdout);
    expect(
      articles.map((a: { id: string; lang: string; source: string }) => [a.id, a.lang, a.source]),
    ).toEqual([
      ['https://harbour.example/news/ferry', 'en', 'Harbour Daily'],
      ['https://harbour.example/news/fees', 'en', 'Harbour Daily'],
      ['https://port.example/ferry-nordlys', 'fr', 'Le Courrier du Port'],
      ['https://puerto.example/ferry', 'es', 'Puerto Hoy'],
      ['https://visti.example/porom', 'uk', 'Вісті Бреккі'],
    ]);
    const stories = JSON.parse((await px(['stories', '--json'])).stdout);
    expect(stories.map((story: { languages: Record<string, number> }) => story.languages)).toEqual([
      { en: 1 },
      { en: 1, es: 1, fr: 1, uk: 1 },
    ]);
    const again = await px(['ingest', 'in', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 0, unchanged: 5, failed: 2 });
  });

  test('recognises a feed on stdin', async () => {
    const rss = await readFile(join(FIXTURES, 'harbour.rss'), 'utf8');
    const run = await px(['ingest', '-', '--json'], rss);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ingested: 2,
      failed: 1,
      issueCounts: { feed_item_without_text: 1 },
    });
  });
});

describe('parallax watch and feeds', () => {
  let site: TestServer;
  beforeEach(async () => {
    site = await startFeedSite();
  });
  afterEach(() => site.close());

  test('polls feeds from an OPML file and URLs once, ingests new items, and records each feed’s health', async () => {
    await writeFile(join(dir, 'subscriptions.opml'), fixtureFor(site, 'subscriptions.opml'));
    const base = site.url('');
    const urls = ['/broken.xml', '/down.rss'].map(site.url);
    const run = await px([
      'watch',
      'subscriptions.opml',
      ...urls,
      '--once',
      '--delay',
      '0',
      '--timeout',
      '1',
    ]);
    expect({ ...run, stdout: run.stdout.split('\n'), stderr: run.stderr.split('\n') }).toEqual({
      code: 1,
      stdout: [
        `✓ ${base}/harbour.rss (Harbour Daily): 3 items, 3 new, 2 ingested, 1 failed`,
        `✓ ${base}/visti.atom (Вісті Бреккі): 1 item, 1 new, 1 ingested`,
        `✓ ${base}/port.rdf (Le Courrier du Port): 1 item, 1 new, 1 ingested`,
        `✓ ${base}/puerto.json (Puerto Hoy): 1 item, 1 new, 1 ingested`,
        expect.stringMatching(
          /^✗ \S+\/broken\.xml: not a readable RSS, Atom, RDF or JSON feed: Invalid feed format; 1st error, next try \d{4}-\d\d-\d\d \d\d:\d\d$/,
        ),
        expect.stringMatching(
          /^✗ \S+\/down\.rss: HTTP 500 Internal Server Error; 1st error, next try [\d :-]+$/,
        ),
        '',
      ],
      stderr: [
        `  ✗ ${base}/harbour.rss[2]: feed item "In pictures: the regatta" (${base}/news/gallery) has no text, and its page gave none (HTTP 404 Not Found)`,
        `  ! ${base}/visti.atom[0]: article page ${base}/porom could not be read (robots.txt disallows fetching it); the feed item's own text was used`,
        `  ! ${base}/port.rdf[0]: article page ${base}/ferry-nordlys could not be read (no complete answer within 1 s); the feed item's own text was used`,
        `  ! ${base}/puerto.json[0]: article page ${base}/ferry could not be read (HTTP 500 Internal Server Error); the feed item's own text was used`,
        `  ✗ ${base}/broken.xml: feed could not be fetched: not a readable RSS, Atom, RDF or JSON feed: Invalid feed format`,
        `  ✗ ${base}/down.rss: feed could not be fetched: HTTP 500 Internal Server Error`,
        '',
      ],
    });
    expect(site.requests.find((request) => request.path === '/harbour.rss')?.headers['user-agent']).toBe(
      'parallax/0.1.0 (+https://github.com/parallax-news/parallax)',
    );

    const feeds = JSON.parse((await px(['feeds', '--json'])).stdout);
    const time = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);
    expect(feeds).toHaveLength(6);
    expect(feeds[0]).toEqual({
      url: `${base}/harbour.rss`,
      title: 'Harbour Daily',
      status: 'ok',
      added_at: time,
      last_poll_at: time,
      last_success_at: time,
      last_error_at: null,
      last_error: null,
      last_error_message: null,
      consecutive_errors: 0,
      next_poll_at: time,
      items_seen: 3,
      items_ingested: 2,
      last_new_item_at: time,
    });
    expect(feeds[5]).toEqual({
      url: `${base}/down.rss`,
      title: null,
      status: 'failing',
      added_at: time,
      last_poll_at: time,
      last_success_at: null,
      last_error_at: time,
      last_error: { code: 'http_status', status: 500, detail: 'Internal Server Error' },
      last_error_message: 'HTTP 500 Internal Server Error',
      consecutive_errors: 1,
      next_poll_at: time,
      items_seen: 0,
      items_ingested: 0,
      last_new_item_at: null,
    });

    const again = await px(['watch', `${base}/harbour.rss`, '--once', '--delay', '0']);
    expect(again).toEqual({
      code: 0,
      stdout: `= ${base}/harbour.rss (Harbour Daily): not modified\n`,
      stderr: '',
    });
    expect((await px(['articles'])).stdout.split('\n').filter(Boolean)).toHaveLength(5);
  });

  test('lists feeds with their status, a stale one among them', async () => {
    const store = await createSqliteStore(join(dir, 'test.db'));
    const old = '2024-01-02T03:04:00.000Z';
    await store.putFeedState({
      url: 'https://quiet.example/rss',
      title: 'Quiet',
      addedAt: old,
      etag: null,
      lastModified: null,
      lastPollAt: '2024-01-09T10:00:00.000Z',
      lastSuccessAt: '2024-01-09T10:00:00.000Z',
      lastErrorAt: null,
      lastError: null,
      consecutiveErrors: 0,
      nextPollAt: null,
      itemsSeen: 12,
      itemsIngested: 11,
      lastNewItemAt: old,
    });
    await store.close();
    const run = await px(['feeds']);
    expect(run).toEqual({
      code: 0,
      stdout: [
        'status    url                            seen  ingested  last new item     last success      errors',
        'stale     https://quiet.example/rss        12        11  2024-01-02 03:04  2024-01-09 10:00       0',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('keeps polling until interrupted, then stops cleanly', async () => {
    let interrupt: (() => void) | undefined;
    let stderr = '';
    const running = runCli(['watch', site.url('/visti.atom'), '--db', 'test.db', '--delay', '0'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: Readable.from([]),
      env: {},
      cwd: dir,
      onInterrupt: (handler) => {
        interrupt = handler;
        return () => {
          interrupt = undefined;
        };
      },
    });
    await expect.poll(() => stderr, { timeout: 5000 }).toContain('next poll');
    interrupt?.();
    expect(await running).toBe(0);
    expect(interrupt).toBeUndefined();
    expect(stderr.split('\n')).toEqual([
      'watching 1 feed; Ctrl-C stops',
      `  ! ${site.url('/visti.atom')}[0]: article page ${site.url('/porom')} could not be read (robots.txt disallows fetching it); the feed item's own text was used`,
      `✓ ${site.url('/visti.atom')} (Вісті Бреккі): 1 item, 1 new, 1 ingested`,
      expect.stringMatching(/^next poll \d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
      'stopping… (Ctrl-C again quits at once)',
      '',
    ]);
  });

  test('refuses a source that is neither an http(s) URL nor an OPML file', async () => {
    expect(await px(['watch', 'ftp://example.org/rss', '--once'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '[parallax] ftp://example.org/rss is not an http(s) feed URL\n  hint: give feed URLs such as https://example.org/rss.xml, or OPML files that list them\n',
    });
    expect(await px(['watch', 'missing.opml', '--once'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('[parallax] cannot read the OPML file missing.opml'),
    });
  });
});
