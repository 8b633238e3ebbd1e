import type { LanguageModel } from '../core/analyze/language.js';
import { compileRules } from '../core/clean/index.js';
import type { ReportOptions } from '../core/compare/index.js';
import type { Embedder } from '../core/embedder.js';
import type { SourcePlan } from '../core/ingest/source-unit.js';
import type { ListArticlesQuery, ListEntitiesQuery, Store } from '../core/store.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../core/stories/index.js';
import type { ListStoriesQuery } from '../core/stories/types.js';
import type { RawArticle } from '../core/types.js';
import { listProfiles } from '../languages/index.js';
import { loadAnalysis } from './gazetteer.js';
import { type IngestDeps, type IngestOptions, ingestArticles, ingestPlan } from './ingest.js';
import { loadLanguageModel } from './language-model.js';
import { storyReport } from './report.js';
import type { IngestSummary } from './summary.js';

export interface ParallaxOptions {
  store: Store;
  /** Clock for ingest timestamps; defaults to the system clock. */
  now?: () => Date;
  /** Language-identification model; defaults to eld. */
  languageModel?: LanguageModel;
  /** Story assignment parameters; defaults to DEFAULT_STORY_OPTIONS. */
  stories?: Partial<StoryOptions>;
  /** A sentence embedder (see createEmbedder); its evidence adds to the lexical features of stories. */
  embedder?: Embedder;
}

/**
 * The programmatic API over one store. The CLI and the HTTP server are thin shells over it.
 * @example const px = createParallax({ store: await createStore({ kind: 'memory' }) });
 */
export function createParallax(options: ParallaxOptions) {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const rules = compileRules(listProfiles());
  const stories = { ...DEFAULT_STORY_OPTIONS, ...options.stories };
  const ingestDeps = async (): Promise<IngestDeps> => ({
    store,
    rules,
    languageModel: options.languageModel ?? (await loadLanguageModel()),
    gazetteer: loadAnalysis(),
    stories,
    now,
    ...(options.embedder ? { embedder: options.embedder } : {}),
  });
  const recorded = async (inputs: string[] | undefined, work: () => Promise<IngestSummary>) => {
    const startedAt = now().toISOString();
    const summary = await work();
    await store.recordRun({ startedAt, finishedAt: now().toISOString(), inputs: inputs ?? [], summary });
    return summary;
  };
  return {
    store,
    async ingest(
      plan: SourcePlan,
      ingestOptions: IngestOptions & { inputs?: string[] } = {},
    ): Promise<IngestSummary> {
      const deps = await ingestDeps();
      return recorded(ingestOptions.inputs, () => ingestPlan(plan, deps, ingestOptions));
    },
    /** Process and store articles already read (feed items, fetched pages), as `ingest` does units. */
    async ingestArticles(
      articles: readonly RawArticle[],
      ingestOptions: IngestOptions & { inputs?: string[] } = {},
    ): Promise<IngestSummary> {
      const deps = await ingestDeps();
      return recorded(ingestOptions.inputs, () => ingestArticles(articles, deps, ingestOptions));
    },
    articles: (query?: ListArticlesQuery) => store.listArticles(query),
    article: (id: string) => store.getArticle(id),
    search: (query: string, limit?: number) => store.search(query, limit),
    entities: (query?: ListEntitiesQuery) => store.listEntities(query),
    entity: (id: string) => store.getEntity(id),
    stories: (query?: ListStoriesQuery) => store.listStories(query),
    story: (id: string) => store.getStory(id),
    storyArticles: (id: string) => store.getStoryArticles(id),
    storyLog: (id: string) => store.getStoryLog(id),
    /** Claims compared across sources, summary, timeline, coverage and entities of a story. */
    storyReport: (id: string, reportOptions?: ReportOptions) =>
      storyReport(store, id, reportOptions, options.embedder),
    articleStories: (ids: readonly string[]) => store.getArticleStories(ids),
    exportArticles: () => store.exportArticles(),
    stats: () => store.stats(),
    close: async () => {
      await options.embedder?.close();
      await store.close();
    },
  };
}

export type Parallax = ReturnType<typeof createParallax>;
