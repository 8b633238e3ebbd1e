import type Database from 'better-sqlite3';
import { ParallaxError } from '../../../core/errors.js';
import type { ListArticlesQuery, Store } from '../../../core/store.js';
import type { Article, EntityRecord } from '../../../core/types.js';
import { feedStateMethods } from '../feed-methods.js';
import { createStoreGuard } from '../guard.js';
import { type EntityQueries, prepareEntityQueries } from './entities.js';
import { prepareFeedQueries } from './feeds.js';
import { toFtsQuery } from './fts-query.js';
import { openDatabase } from './open.js';
import { fromArticleRow, fromCandidateRow, fromSummaryRow, toArticleRow } from './rows.js';
import { prepareStatements, type Statements } from './statements.js';
import { prepareStoryQueries } from './stories.js';

const DEFAULT_LIST_LIMIT = 100;
const DEFAULT_SEARCH_LIMIT = 20;

/**
 * Open a SQLite store in one database file (or ':memory:'), migrating its schema to the newest version.
 * @example const store = await createSqliteStore('parallax.db');
 */
export async function createSqliteStore(path: string): Promise<Store> {
  return _sqliteStore(openDatabase(path));
}

function _sqliteStore(db: Database.Database): Store {
  const statements = prepareStatements(db);
  const entities = prepareEntityQueries(db);
  const stories = prepareStoryQueries(db);
  const feeds = prepareFeedQueries(db);
  const putStories = db.transaction(stories.put);
  const putAll = db.transaction((articles: readonly Article[], records: readonly EntityRecord[]) => {
    entities.putRecords(records);
    for (const article of articles) _putArticle(statements, entities, article);
  });
  const guard = createStoreGuard(
    'Check that the database file is writable and not locked by another process.',
  );
  const run = guard.run;

  return {
    async getInputHashes(ids) {
      return run('getInputHashes', () => {
        const rows = statements.inputHashes.all(JSON.stringify(ids));
        return new Map(rows.map((row) => [row.id, row.input_hash]));
      });
    },
    async putArticles(articles, records = []) {
      run('putArticles', () => putAll(articles, records));
    },
    async findEntities(keys) {
      return run('findEntities', () => entities.findRecords(keys));
    },
    async getEntityRecords(ids) {
      return run('getEntityRecords', () => entities.getRecords(ids));
    },
    async listEntities(query = {}) {
      return run('listEntities', () =>
        entities.list({
          ...query,
          limit: _count('limit', query.limit, DEFAULT_LIST_LIMIT),
          offset: _count('offset', query.offset, 0),
        }),
      );
    },
    async getEntity(id) {
      return run('getEntity', () => entities.get(id));
    },
    async findStories(keys, from, to) {
      return run('findStories', () => stories.find(keys, from, to));
    },
    async getStories(ids) {
      return run('getStories', () => stories.get(ids));
    },
    async getFeatureCounts(keys) {
      return run('getFeatureCounts', () => stories.featureCounts(keys));
    },
    async putStories(records, assignments, features, log) {
      run('putStories', () => putStories(records, assignments, features, log));
    },
    async listStories(query = {}) {
      return run('listStories', () =>
        stories.list({
          ...query,
          limit: _count('limit', query.limit, DEFAULT_LIST_LIMIT),
          offset: _count('offset', query.offset, 0),
        }),
      );
    },
    async getStory(id) {
      return run('getStory', () => stories.summary(id));
    },
    async getArticleStories(ids) {
      return run('getArticleStories', () => stories.storiesOf(ids));
    },
    async getStoryArticles(id) {
      return run('getStoryArticles', () => stories.articles(id));
    },
    async getStoryLog(id) {
      return run('getStoryLog', () => stories.log(id));
    },
    exportArticles() {
      let after = 0;
      return guard.stream('exportArticles', () => {
        const page = stories.exportPage(after);
        after = page.last;
        return page.rows;
      });
    },
    async getArticle(id) {
      return run('getArticle', () => {
        const row = statements.article.get(id);
        return row ? fromArticleRow(row) : null;
      });
    },
    async listArticles(query: ListArticlesQuery = {}) {
      return run('listArticles', () => {
        const limit = _count('limit', query.limit, DEFAULT_LIST_LIMIT);
        const offset = _count('offset', query.offset, 0);
        const rows =
          query.lang === undefined
            ? statements.list.all(limit, offset)
            : statements.listByLang.all(query.lang, limit, offset);
        return rows.map(fromSummaryRow);
      });
    },
    async search(query, limit) {
      return run('search', () => {
        const max = _count('limit', limit, DEFAULT_SEARCH_LIMIT);
        const match = toFtsQuery(query);
        return match === null ? [] : statements.search.all(match, max);
      });
    },
    async findByContentHash(contentHash) {
      return run('findByContentHash', () => {
        const row = statements.byContentHash.get(contentHash);
        return row ? fromCandidateRow(row) : null;
      });
    },
    async findByBands(bandKeys) {
      return run('findByBands', () => statements.byBands.all(JSON.stringify(bandKeys)).map(fromCandidateRow));
    },
    async getLineCounts(site, lineKeys) {
      return run('getLineCounts', () => {
        const rows = statements.lineCounts.all(site, JSON.stringify(lineKeys));
        return new Map(rows.map((row) => [row.line_key, row.docs]));
      });
    },
    async recordRun(record) {
      run('recordRun', () => {
        const summary = JSON.stringify(record.summary ?? null);
        statements.insertRun.run(record.startedAt, record.finishedAt, JSON.stringify(record.inputs), summary);
      });
    },
    ...feedStateMethods(feeds, run),
    async stats() {
      return run('stats', () => {
        const counts = statements.counts.get() ?? { articles: 0, duplicates: 0 };
        const languages = Object.fromEntries(statements.languages.all().map((row) => [row.lang, row.n]));
        return { articles: counts.articles, duplicates: counts.duplicates, languages };
      });
    },
    async close() {
      if (!guard.open) return;
      guard.close();
      db.close();
    },
  };
}

function _putArticle(statements: Statements, entities: EntityQueries, article: Article): void {
  const existing = statements.selectSeq.get(article.id);
  const stored = statements.upsertArticle.get(toArticleRow(article));
  if (!stored) throw new Error(`article ${article.id} was not stored`);
  if (existing) statements.deleteBands.run(stored.seq);
  entities.putMentions(stored.seq, article);
  for (const band of new Set(article.fingerprint.bands)) statements.insertBand.run(band, stored.seq);
  if (existing || article.site === null) return;
  for (const key of new Set(article.fingerprint.lines)) statements.countLine.run(article.site, key);
}

function _count(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ParallaxError('usage', `${name} must be a whole number ≥ 0, got ${value}`, {
      hint: `Pass a ${name} such as 10, or leave it out.`,
    });
  }
  return value;
}
