import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStore } from '../../../test/contracts/store-contract.js';
import { makeArticle, SAMPLES } from '../../../test/fixtures/articles.js';
import { makeEntityRecord, withMentions } from '../../../test/fixtures/entities.js';
import { collect, makeLogEntry, makeStory } from '../../../test/fixtures/stories.js';
import { createStore } from './index.js';
import { MIGRATIONS, migrate } from './sqlite/migrations.js';
import { openDatabase } from './sqlite/open.js';
import { toArticleRow } from './sqlite/rows.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import { FIND_STORIES } from './sqlite/stories.js';

const suiteDir = mkdtempSync(join(tmpdir(), 'parallax-store-contract-'));
let files = 0;
afterAll(() => rmSync(suiteDir, { recursive: true, force: true }));

testStore('sqlite :memory:', () => createSqliteStore(':memory:'));
testStore('sqlite file', () => createSqliteStore(join(suiteDir, `store-${files++}.db`)));

describe('SQLite store', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-sqlite-'));
    path = join(dir, 'parallax.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function inspect<T>(read: (db: Database.Database) => T): T {
    const db = new Database(path);
    try {
      return read(db);
    } finally {
      db.close();
    }
  }

  describe('schema', () => {
    it('creates every table of the newest schema in a WAL-mode file', async () => {
      await (await createSqliteStore(path)).close();
      const tables = inspect((db) => ({
        version: db.pragma('user_version', { simple: true }),
        journal: db.pragma('journal_mode', { simple: true }),
        tables: db
          .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
          .all()
          .map((row) => row.name),
      }));
      expect(tables).toEqual({
        version: MIGRATIONS.length,
        journal: 'wal',
        tables: [
          'article_features',
          'articles',
          'articles_fts',
          'articles_fts_config',
          'articles_fts_data',
          'articles_fts_docsize',
          'articles_fts_idx',
          'dedup_bands',
          'entities',
          'entity_keys',
          'feature_counts',
          'feature_totals',
          'feed_items',
          'feeds',
          'ingest_runs',
          'mentions',
          'site_lines',
          'stories',
          'story_keys',
          'story_log',
        ],
      });
    });

    it('finds candidate stories through the story_keys index, never scanning all stories', () => {
      const db = openDatabase(':memory:');
      const plan = db
        .prepare<[{ keys: string; from: string; to: string }], { detail: string }>(
          `EXPLAIN QUERY PLAN ${FIND_STORIES}`,
        )
        .all({ keys: '["e:org:nato"]', from: '2024-06-01', to: '2024-06-30' })
        .map((step) => step.detail);
      db.close();
      expect(plan).toContain('SEARCH story_keys USING PRIMARY KEY (key=?)');
      expect(plan.filter((detail) => /^SCAN (s|stories)\b/.test(detail))).toEqual([]);
    });

    it('turns on foreign keys and a busy timeout for its connection', () => {
      const db = openDatabase(':memory:');
      expect([
        db.pragma('foreign_keys', { simple: true }),
        db.pragma('busy_timeout', { simple: true }),
      ]).toEqual([1, 5000]);
      db.close();
    });

    it('numbers migrations 1, 2, 3… in order', () => {
      expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    });

    it('applies only pending migrations, each once', () => {
      const db = new Database(':memory:');
      const withExtra = [
        ...MIGRATIONS,
        { version: MIGRATIONS.length + 1, name: 'extra', up: 'CREATE TABLE extra (x)' },
      ];
      expect(migrate(db, 'test')).toBe(MIGRATIONS.length);
      expect(migrate(db, 'test', withExtra)).toBe(MIGRATIONS.length + 1);
      expect(migrate(db, 'test', withExtra)).toBe(MIGRATIONS.length + 1);
      db.close();
    });

    it('rolls back a failing migration and keeps the previous version', () => {
      const db = new Database(':memory:');
      const broken = {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: 'CREATE TABLE half (x); INSERT INTO nope VALUES (1);',
      };
      expect(() => migrate(db, 'test', [...MIGRATIONS, broken])).toThrow(/no such table: nope/);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half'").all()).toEqual([]);
      db.close();
    });
  });

  describe('opening', () => {
    it('keeps articles, their order, line counts and the search index across reopening', async () => {
      const en = makeArticle({ id: 'en-1', ...SAMPLES.en, fingerprint: { lines: ['nav'] } });
      const de = makeArticle({ id: 'de-1', ...SAMPLES.de, fingerprint: { lines: ['nav'] } });
      const first = await createSqliteStore(path);
      await first.putArticles([en]);
      await first.close();

      const second = await createSqliteStore(path);
      await second.putArticles([de, { ...en, title: 'Updated' }]);
      expect(await second.getArticle('de-1')).toEqual(de);
      expect((await second.listArticles()).map((summary) => summary.id)).toEqual(['en-1', 'de-1']);
      expect(await second.getLineCounts('example.org', ['nav'])).toEqual(new Map([['nav', 2]]));
      expect((await second.search('updated')).map((hit) => hit.id)).toEqual(['en-1']);
      await second.close();
    });

    it('upgrades a schema-1 database to 2: old articles read back with an empty analysis', async () => {
      const old = makeArticle({ id: 'de-old', ...SAMPLES.de });
      const v1 = openDatabase(path, MIGRATIONS.slice(0, 1));
      const { analysis: _, ...row } = toArticleRow(old);
      const columns = Object.keys(row);
      v1.prepare(
        `INSERT INTO articles (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      ).run(row);
      v1.close();

      const store = await createSqliteStore(path);
      expect(await store.getArticle('de-old')).toEqual(old);
      expect((await store.search('präsident')).map((hit) => hit.id)).toEqual(['de-old']);
      expect(await store.listEntities()).toEqual([]);
      const linked = withMentions(old, [{ text: 'Präsident', entity: 'person:president' }]);
      await store.putArticles([linked], [makeEntityRecord({ id: 'person:president', name: 'Präsident' })]);
      expect(await store.getEntity('person:president')).toEqual({
        id: 'person:president',
        name: 'Präsident',
        type: 'person',
        ref: null,
        variants: [{ name: 'Präsident', lang: 'de', mentions: 1 }],
        articles: ['de-old'],
        mentions: 1,
      });
      await store.close();
      expect(inspect((db) => db.pragma('user_version', { simple: true }))).toBe(MIGRATIONS.length);
    });

    it('upgrades a schema-2 database to 3: old articles and entities read back, no stories yet', async () => {
      const old = withMentions(makeArticle({ id: 'de-old', ...SAMPLES.de }), [
        { text: 'Präsident', entity: 'person:president' },
      ]);
      const v2 = openDatabase(path, MIGRATIONS.slice(0, 2));
      const row = toArticleRow(old);
      const columns = Object.keys(row);
      const { seq } = v2
        .prepare<[typeof row], { seq: number }>(
          `INSERT INTO articles (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
           RETURNING seq`,
        )
        .get(row) ?? { seq: 0 };
      v2.prepare("INSERT INTO entities VALUES ('person:president', 'person', 'Präsident', NULL, '[]')").run();
      v2.prepare("INSERT INTO mentions VALUES (?, 'person:president', 4, 13, 'Präsident', 'de')").run(seq);
      v2.close();

      const store = await createSqliteStore(path);
      expect(await store.getArticle('de-old')).toEqual(old);
      expect((await store.getEntity('person:president'))?.articles).toEqual(['de-old']);
      expect(await store.listStories()).toEqual([]);
      expect(await store.getFeatureCounts(['e:person:president'])).toEqual({
        counts: new Map(),
        articles: 0,
      });
      expect((await collect(store.exportArticles())).map((exported) => exported.story)).toEqual([null]);
      await store.putStories([makeStory()], [{ article: 'de-old', story: 'story-1' }], [], []);
      expect(await store.getStoryArticles('story-1')).toEqual(['de-old']);
      await store.close();
      expect(inspect((db) => db.pragma('user_version', { simple: true }))).toBe(MIGRATIONS.length);
    });

    it('upgrades a schema-3 database to 4: old articles read back, no feeds yet', async () => {
      const old = makeArticle({ id: 'de-old', ...SAMPLES.de });
      const v3 = openDatabase(path, MIGRATIONS.slice(0, 3));
      const row = toArticleRow(old);
      const columns = Object.keys(row);
      v3.prepare(
        `INSERT INTO articles (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      ).run(row);
      v3.close();

      const store = await createSqliteStore(path);
      expect(await store.getArticle('de-old')).toEqual(old);
      expect(await store.listFeeds()).toEqual([]);
      await store.close();
      expect(inspect((db) => db.pragma('user_version', { simple: true }))).toBe(4);
    });

    it('keeps stories, assignments, feature counts and the log across reopening', async () => {
      const story = makeStory();
      const entry = makeLogEntry({ reason: { similarity: 0.61 } });
      const first = await createSqliteStore(path);
      await first.putArticles([makeArticle()]);
      await first.putStories(
        [story],
        [{ article: 'article-1', story: 'story-1' }],
        [{ article: 'article-1', keys: ['q:climate'] }],
        [entry],
      );
      await first.close();

      const second = await createSqliteStore(path);
      await second.putStories([], [], [{ article: 'article-1', keys: ['q:climate'] }], []);
      expect(await second.findStories(['q:climate'], story.firstSeen, story.lastSeen)).toEqual([story]);
      expect(await second.getStoryArticles('story-1')).toEqual(['article-1']);
      expect(await second.getFeatureCounts(['q:climate'])).toEqual({
        counts: new Map([['q:climate', 1]]),
        articles: 1,
      });
      expect(await second.getStoryLog('story-1')).toEqual([entry]);
      await second.close();
    });

    it('refuses a database with a newer schema and leaves it untouched', async () => {
      inspect((db) => db.pragma('user_version = 99'));
      await expect(createSqliteStore(path)).rejects.toMatchObject({
        name: 'ParallaxError',
        code: 'store_schema_newer',
        message: `[parallax] the database ${path} has schema version 99, but this Parallax knows only up to ${MIGRATIONS.length}`,
        hint: 'Upgrade Parallax to open this database, or choose another database file.',
      });
      expect(inspect((db) => db.pragma('user_version', { simple: true }))).toBe(99);
    });

    it('refuses a file that is not a SQLite database', async () => {
      writeFileSync(path, 'id,title\n1,Not a database\n'.repeat(50));
      await expect(createSqliteStore(path)).rejects.toMatchObject({
        name: 'ParallaxError',
        code: 'store_open_failed',
        message: `[parallax] cannot open the database ${path}: file is not a database`,
      });
    });

    it('refuses a path in a missing directory', async () => {
      await expect(createSqliteStore(join(dir, 'missing', 'parallax.db'))).rejects.toMatchObject({
        name: 'ParallaxError',
        code: 'store_open_failed',
      });
    });

    it('refuses an empty path as invalid configuration', async () => {
      await expect(createStore({ path: ' ' })).rejects.toMatchObject({
        name: 'ParallaxError',
        code: 'config_invalid',
      });
    });

    it('opens a SQLite file when createStore is given only a path', async () => {
      const store = await createStore({ path });
      await store.putArticles([makeArticle()]);
      await store.close();
      expect(inspect((db) => db.prepare('SELECT id FROM articles').all())).toEqual([{ id: 'article-1' }]);
    });
  });

  describe('full-text search', () => {
    it('finds words across diacritics in several languages', async () => {
      const store = await createSqliteStore(':memory:');
      await store.putArticles([
        makeArticle({ id: 'de', text: 'Streik in München\nDie Züge stehen still.' }),
        makeArticle({ id: 'fr', text: 'Besançon accueille le festival\nLa fête commence à midi.' }),
        makeArticle({ id: 'cs', text: 'Nová tramvaj na Žižkově\nProvoz začne v září.' }),
        makeArticle({ id: 'pt', text: 'Chuva forte em São Paulo\nO trânsito parou.' }),
      ]);
      const found = async (query: string) => (await store.search(query)).map((hit) => hit.id);
      expect(await found('munchen zuge')).toEqual(['de']);
      expect(await found('BESANCON fete')).toEqual(['fr']);
      expect(await found('zizkove')).toEqual(['cs']);
      expect(await found('sao transito')).toEqual(['pt']);
      await store.close();
    });

    it('marks matches in a snippet from FTS5 snippet()', async () => {
      const store = await createSqliteStore(':memory:');
      await store.putArticles([makeArticle({ id: 'de-1', ...SAMPLES.de })]);
      expect((await store.search('prasident')).map((hit) => hit.snippet)).toEqual([
        'Der [Präsident] besucht die Küstenstädte\nDer [Präsident] der Republik hat am Montag…',
      ]);
      await store.close();
    });

    it('keeps the FTS index consistent with the articles through replacements', async () => {
      const store = await createSqliteStore(path);
      await store.putArticles([makeArticle({ id: 'a' }), makeArticle({ id: 'b', ...SAMPLES.uk })]);
      await store.putArticles([
        makeArticle({ id: 'a', ...SAMPLES.fr }),
        makeArticle({ id: 'b', title: null }),
      ]);
      await store.close();
      expect(() =>
        inspect((db) =>
          db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"),
        ),
      ).not.toThrow();
    });
  });

  it('records each ingest run as a row', async () => {
    const store = await createSqliteStore(path);
    await store.recordRun({
      startedAt: '2024-05-06T09:00:00Z',
      finishedAt: '2024-05-06T09:01:00Z',
      inputs: ['feeds/de.jsonl'],
      summary: { stored: 3 },
    });
    await store.close();
    expect(inspect((db) => db.prepare('SELECT * FROM ingest_runs').all())).toEqual([
      {
        id: 1,
        started_at: '2024-05-06T09:00:00Z',
        finished_at: '2024-05-06T09:01:00Z',
        inputs: '["feeds/de.jsonl"]',
        summary: '{"stored":3}',
      },
    ]);
  });

  it('stores a batch of 5,000 articles in one call', async () => {
    const store = await createSqliteStore(path);
    const articles = Array.from({ length: 5000 }, (_, i) =>
      makeArticle({
        id: `bulk-${i}`,
        text: `Headline ${i}\nBody text number ${i} about the budget and the weather.`,
        fingerprint: {
          minhash: Uint32Array.from({ length: 64 }, (_, k) => i * 64 + k),
          bands: Array.from({ length: 16 }, (_, b) => `${b}:${(i * 16 + b) % 7919}`),
          lines: Array.from({ length: 20 }, (_, l) => `line-${(i + l) % 500}`),
        },
      }),
    );
    await store.putArticles(articles);
    expect((await store.stats()).articles).toBe(5000);
    await store.close();
  });
});
