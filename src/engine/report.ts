import { buildStoryReport, claimUnits, type ReportOptions, type StoryReport } from '../core/compare/index.js';
import type { Embedder } from '../core/embedder.js';
import type { Store } from '../core/store.js';
import { articleTime } from '../core/stories/features.js';
import type { Article } from '../core/types.js';

/**
 * The report of a story (a merged story's id resolves to the survivor), or null when there is no
 * such story. Reads the story's articles and the entities they mention, then compares them.
 */
export async function storyReport(
  store: Store,
  id: string,
  options: ReportOptions = {},
  embedder?: Embedder,
): Promise<StoryReport | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const ids = await store.getStoryArticles(story.id);
  const articles: Article[] = [];
  for (const articleId of ids) {
    const article = await store.getArticle(articleId);
    if (article) articles.push(article);
  }
  articles.sort(byPublication);
  const entityIds = new Set<string>();
  for (const article of articles)
    for (const mention of article.analysis.entities) if (mention.entity) entityIds.add(mention.entity);
  const entities = await store.getEntityRecords([...entityIds]);
  const embeddings = embedder ? await embedUnits(articles, embedder) : undefined;
  return buildStoryReport({ id: story.id, title: story.title, titles: story.titles }, articles, entities, {
    ...options,
    ...(embeddings ? { embeddings } : {}),
  });
}

/** The embedder's vector of every claim unit of the articles, by unit id. */
async function embedUnits(
  articles: readonly Article[],
  embedder: Embedder,
): Promise<Map<string, Float32Array>> {
  const units = articles.flatMap((article) => claimUnits({ article, source: '' }));
  const vectors = await embedder.embed(units.map((unit) => unit.text));
  return new Map(units.map((unit, index) => [unit.id, vectors[index] as Float32Array]));
}

/** Earliest published first; undated articles after the dated ones, in ingest order. */
function byPublication(a: Article, b: Article): number {
  const x = articleTime(a);
  const y = articleTime(b);
  if (x === y) return a.ingestedAt.localeCompare(b.ingestedAt);
  if (x === null) return 1;
  if (y === null) return -1;
  return x.localeCompare(y);
}
