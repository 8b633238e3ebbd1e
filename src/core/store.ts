import type { FeedStateStore } from './feeds/feed-store.js';
import type {
  ExportedArticle,
  ListStoriesQuery,
  StoryAssignment,
  StoryLogEntry,
  StoryRecord,
  StorySummary,
} from './stories/types.js';
import type { Article, ArticleSummary, EntityRecord, EntityType } from './types.js';

export interface ListArticlesQuery {
  lang?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  lang: string | null;
  snippet: string;
}

/** What the dedup stage needs to know about an already stored article. */
export interface DuplicateCandidate {
  id: string;
  duplicateOf: string | null;
  contentHash: string;
  minhash: Uint32Array;
}

/** Most candidates findByBands returns, so that a popular band key cannot make dedup quadratic. */
export const MAX_BAND_CANDIDATES = 50;

export interface ListEntitiesQuery {
  type?: EntityType;
  /** Only entities mentioned in one of these articles. */
  articles?: readonly string[];
  limit?: number;
  offset?: number;
}

/** An entity with where it is mentioned: a row of `parallax entities`, the body of `parallax entity`. */
export interface EntityView {
  id: string;
  name: string;
  type: EntityType;
  ref: string | null;
  /** Distinct written forms in stored articles, most mentioned first. */
  variants: { name: string; lang: string | null; mentions: number }[];
  /** Ids of the articles mentioning it, in ingest order. */
  articles: string[];
  mentions: number;
}

export interface StoreStats {
  articles: number;
  duplicates: number;
  languages: Record<string, number>;
}

/** Summary of one ingest run, kept so failures stay visible after the run. */
export interface IngestRunRecord {
  startedAt: string;
  finishedAt: string;
  inputs: string[];
  summary: unknown;
}

/**
 * Persistence port. The core pipeline talks only to this interface;
 * adapters/store holds the SQLite (default) and in-memory implementations.
 * Every method is async so that networked stores (PostgreSQL) fit the same seam.
 */
export interface Store extends FeedStateStore {
  /** Input hashes of the given ids that are already stored (id -> inputHash). */
  getInputHashes(ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * Insert or replace articles in one transaction, with their band keys.
   * For an id not stored before, also adds 1 to the site's count of each of its line keys.
   * The entity records the articles' mentions link to are inserted or replaced by id in the same
   * transaction, and each article's mentions (analysis.entities with an entity id) are stored.
   */
  putArticles(articles: readonly Article[], entities?: readonly EntityRecord[]): Promise<void>;
  /** Entity records having at least one of the blocking keys. */
  findEntities(keys: readonly string[]): Promise<EntityRecord[]>;
  getEntityRecords(ids: readonly string[]): Promise<EntityRecord[]>;
  /** Entities by number of articles mentioning them, most first (then by name). */
  listEntities(query?: ListEntitiesQuery): Promise<EntityView[]>;
  getEntity(id: string): Promise<EntityView | null>;
  /**
   * Live stories (not merged away) having at least one of the feature keys, whose [firstSeen,
   * lastSeen] overlaps [from, to] or that have no date (''): the candidates a new article is compared with.
   */
  findStories(keys: readonly string[], from: string, to: string): Promise<StoryRecord[]>;
  getStories(ids: readonly string[]): Promise<StoryRecord[]>;
  /** How many stored articles carry each feature key (document frequencies for weighting), and how many articles there are. */
  getFeatureCounts(keys: readonly string[]): Promise<{ counts: Map<string, number>; articles: number }>;
  /**
   * In one transaction: insert or replace the story records (and their feature keys), set each
   * assigned article's story, add the articles' feature keys to the document frequencies (once per
   * article id), and append the log entries.
   */
  putStories(
    stories: readonly StoryRecord[],
    assignments: readonly StoryAssignment[],
    features: readonly { article: string; keys: readonly string[] }[],
    log: readonly StoryLogEntry[],
  ): Promise<void>;
  /** Live stories, most recently seen first. */
  listStories(query?: ListStoriesQuery): Promise<StorySummary[]>;
  /** A story by id; a merged story's id resolves to the story it was merged into. */
  getStory(id: string): Promise<StorySummary | null>;
  /** The story of each given article that has one (merges resolved to the surviving story). */
  getArticleStories(ids: readonly string[]): Promise<Map<string, string>>;
  /** The articles of a story (ids), in ingest order. */
  getStoryArticles(id: string): Promise<string[]>;
  /** The log of a story and of the stories merged into it, oldest first. */
  getStoryLog(id: string): Promise<StoryLogEntry[]>;
  /** Every stored article as an export row, in ingest order. */
  exportArticles(): AsyncIterable<ExportedArticle>;
  getArticle(id: string): Promise<Article | null>;
  listArticles(query?: ListArticlesQuery): Promise<ArticleSummary[]>;
  /** Full-text search over title and text, insensitive to case and diacritics. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Earliest-stored article with this content hash, if any. */
  findByContentHash(contentHash: string): Promise<DuplicateCandidate | null>;
  /**
   * Originals (articles that are not themselves duplicates) sharing at least one MinHash band key,
   * in ingest order, at most MAX_BAND_CANDIDATES: copies point to their original, so only originals need checking.
   */
  findByBands(bandKeys: readonly string[]): Promise<DuplicateCandidate[]>;
  /** How many distinct articles of `site` contained each line key (cross-document template evidence). */
  getLineCounts(site: string, lineKeys: readonly string[]): Promise<Map<string, number>>;
  recordRun(run: IngestRunRecord): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
