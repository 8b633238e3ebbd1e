import { ParallaxError } from '../../core/errors.js';
import type { DuplicateCandidate, IngestRunRecord, Store } from '../../core/store.js';
import { MAX_BAND_CANDIDATES } from '../../core/store.js';
import type { Article } from '../../core/types.js';
import { feedStateMethods } from './feed-methods.js';
import { createStoreGuard } from './guard.js';
import { createEntityIndex } from './memory-entities.js';
import { createFeedIndex } from './memory-feeds.js';
import { searchArticles } from './memory-search.js';
import { createStoryIndex } from './memory-stories.js';

const DEFAULT_LIST_LIMIT = 100;
const DEFAULT_SEARCH_LIMIT = 20;
const EXPORT_PAGE = 500;

interface Entry {
  seq: number;
  article: Article;
}

/**
 * Create a store that keeps everything in Maps and behaves like the SQLite store, for tests and throwaway runs.
 * @example const store = await createMemoryStore();
 */
export async function createMemoryStore(): Promise<Store> {
  const entries = new Map<string, Entry>();
  const byContent = new Map<string, Set<string>>();
  const byBand = new Map<string, Set<string>>();
  const siteLines = new Map<string, Map<string, number>>();
  const runs: IngestRunRecord[] = [];
  const entities = createEntityIndex();
  const stories = createStoryIndex();
  const feeds = createFeedIndex();
  let nextSeq = 1;
  const guard = createStoreGuard();
  const run = guard.run;

  function put(article: Article): void {
    const previous = entries.get(article.id);
    if (previous) {
      _unindex(byContent, previous.article.fingerprint.content, article.id);
      for (const band of previous.article.fingerprint.bands) _unindex(byBand, band, article.id);
    }
    entries.set(article.id, { seq: previous?.seq ?? nextSeq++, article });
    _index(byContent, article.fingerprint.content, article.id);
    for (const band of article.fingerprint.bands) _index(byBand, band, article.id);
    if (previous || article.site === null) return;
    const counts = siteLines.get(article.site) ?? new Map<string, number>();
    siteLines.set(article.site, counts);
    for (const key of new Set(article.fingerprint.lines)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  function stored(): Article[] {
    return [...entries.values()].map((entry) => entry.article);
  }

  function candidates(ids: Iterable<string>): DuplicateCandidate[] {
    return [...ids]
      .map((id) => entries.get(id))
      .filter((entry) => entry !== undefined)
      .sort((a, b) => a.seq - b.seq)
      .map(({ article }) => ({
        id: article.id,
        duplicateOf: article.duplicateOf,
        contentHash: article.fingerprint.content,
        minhash: article.fingerprint.minhash.slice(),
      }));
  }

  return {
    async getInputHashes(ids) {
      return run('getInputHashes', () => {
        const found = ids.flatMap((id) => {
          const entry = entries.get(id);
          return entry ? [[id, entry.article.fingerprint.input] as const] : [];
        });
        return new Map(found);
      });
    },
    async putArticles(articles, records = []) {
      run('putArticles', () => {
        const copies = articles.map(_copyArticle);
        entities.put(records);
        for (const article of copies) put(article);
      });
    },
    async findEntities(keys) {
      return run('findEntities', () => entities.find(keys));
    },
    async getEntityRecords(ids) {
      return run('getEntityRecords', () => entities.get(ids));
    },
    async listEntities(query = {}) {
      return run('listEntities', () =>
        entities.list(stored(), {
          ...query,
          limit: _count('limit', query.limit, DEFAULT_LIST_LIMIT),
          offset: _count('offset', query.offset, 0),
        }),
      );
    },
    async getEntity(id) {
      return run('getEntity', () => entities.view(stored(), id));
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
      run('putStories', () => stories.put(records, assignments, features, log, (id) => entries.has(id)));
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
      return run('getArticleStories', () => {
        const found = new Map<string, string>();
        for (const id of ids) {
          const story = entries.has(id) ? stories.storyOf(id) : null;
          if (story !== null) found.set(id, story);
        }
        return found;
      });
    },
    async getStoryArticles(id) {
      return run('getStoryArticles', () => stories.articles(id, entries.keys()));
    },
    async getStoryLog(id) {
      return run('getStoryLog', () => stories.log(id));
    },
    exportArticles() {
      let after = 0;
      return guard.stream('exportArticles', () => {
        const page = [...entries.values()].filter((entry) => entry.seq > after).slice(0, EXPORT_PAGE);
        after = page.at(-1)?.seq ?? after;
        return page.map(({ article }) => ({
          id: article.id,
          story: stories.storyOf(article.id),
          lang: article.lang,
          title: article.title,
          published: article.published,
          source: article.source,
          url: article.url,
          duplicate_of: article.duplicateOf,
        }));
      });
    },
    async getArticle(id) {
      return run('getArticle', () => {
        const entry = entries.get(id);
        return entry ? _copyArticle(entry.article) : null;
      });
    },
    async listArticles(query = {}) {
      return run('listArticles', () => {
        const limit = _count('limit', query.limit, DEFAULT_LIST_LIMIT);
        const offset = _count('offset', query.offset, 0);
        return [...entries.values()]
          .map((entry) => entry.article)
          .filter((article) => query.lang === undefined || article.lang === query.lang)
          .slice(offset, offset + limit)
          .map((article) => ({
            id: article.id,
            lang: article.lang,
            title: article.title,
            source: article.source,
            published: article.published,
            duplicateOf: article.duplicateOf,
            chars: article.text.length,
            sentences: article.sentences.length,
          }));
      });
    },
    async search(query, limit) {
      return run('search', () =>
        searchArticles([...entries.values()], query, _count('limit', limit, DEFAULT_SEARCH_LIMIT)),
      );
    },
    async findByContentHash(contentHash) {
      return run('findByContentHash', () => candidates(byContent.get(contentHash) ?? [])[0] ?? null);
    },
    async findByBands(bandKeys) {
      return run('findByBands', () =>
        candidates(new Set(bandKeys.flatMap((band) => [...(byBand.get(band) ?? [])])))
          .filter((candidate) => candidate.duplicateOf === null)
          .slice(0, MAX_BAND_CANDIDATES),
      );
    },
    async getLineCounts(site, lineKeys) {
      return run('getLineCounts', () => {
        const counts = siteLines.get(site);
        const found = lineKeys.flatMap((key) => {
          const docs = counts?.get(key);
          return docs === undefined ? [] : [[key, docs] as const];
        });
        return new Map(found);
      });
    },
    async recordRun(record) {
      run('recordRun', () => {
        runs.push(JSON.parse(JSON.stringify({ ...record, summary: record.summary ?? null })));
      });
    },
    ...feedStateMethods(feeds, run),
    async stats() {
      return run('stats', () => {
        const all = [...entries.values()].map((entry) => entry.article);
        const languages: Record<string, number> = {};
        for (const { lang } of all) if (lang !== null) languages[lang] = (languages[lang] ?? 0) + 1;
        return {
          articles: all.length,
          duplicates: all.filter((a) => a.duplicateOf !== null).length,
          languages,
        };
      });
    },
    async close() {
      guard.close();
      entries.clear();
      byContent.clear();
      byBand.clear();
      siteLines.clear();
      entities.clear();
      stories.clear();
      feeds.clear();
      runs.length = 0;
    },
  };
}

/** A deep copy with the JSON semantics a persistent store has (undefined dropped, non-JSON values rejected). */
function _copyArticle(article: Article): Article {
  const { fingerprint } = article;
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  return {
    id: article.id,
    origin: json(article.origin),
    format: article.format,
    source: article.source,
    site: article.site,
    url: article.url,
    published: article.published,
    title: article.title,
    lang: article.lang,
    langConfidence: article.langConfidence,
    declaredLang: article.declaredLang,
    original: article.original,
    extracted: article.extracted,
    text: article.text,
    removed: json(article.removed),
    sentences: json(article.sentences),
    duplicateOf: article.duplicateOf,
    fingerprint: {
      input: fingerprint.input,
      content: fingerprint.content,
      minhash: fingerprint.minhash.slice(),
      bands: [...fingerprint.bands],
      lines: [...fingerprint.lines],
    },
    metadata: json(article.metadata),
    analysis: json(article.analysis),
    issues: json(article.issues),
    ingestedAt: article.ingestedAt,
  };
}

function _index(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key) ?? new Set<string>();
  index.set(key, ids.add(id));
}

function _unindex(index: Map<string, Set<string>>, key: string, id: string): void {
  index.get(key)?.delete(id);
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
