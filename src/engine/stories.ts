import type { Embedder } from '../core/embedder.js';
import type { Store } from '../core/store.js';
import {
  type ArticleEvidence,
  articleFeatures,
  articleTime,
  assignStory,
  createStoryIndex,
  daySpan,
  isoDay,
  mergeStories,
  type StoryAssignment,
  type StoryLogEntry,
  type StoryOptions,
  semanticFeatures,
} from '../core/stories/index.js';
import type { Article } from '../core/types.js';

/** Widest span searched for candidates of an article without a date. */
const ALL_TIME: [string, string] = ['0000-01-01', '9999-12-31'];

/**
 * Assigns a batch's articles to stories: articles dated to the day in date order, then those dated
 * only by a month, then the others in input order. Feature statistics include the whole batch before
 * any article is assigned.
 */
export async function assignBatch(
  articles: readonly Article[],
  store: Store,
  options: StoryOptions,
  at: string,
  embedder?: Embedder,
): Promise<{ assignments: StoryAssignment[]; log: StoryLogEntry[] }> {
  if (articles.length === 0) return { assignments: [], log: [] };
  const vectors = embedder ? await embedder.embed(articles.map(_lead)) : [];
  const evidence = _ordered(
    articles.map((article, i): ArticleEvidence => {
      const features = articleFeatures(article);
      const vector = vectors[i];
      if (vector) for (const key of semanticFeatures(vector)) features.set(key, 1);
      return { article, features, time: articleTime(article) };
    }),
  );
  const keys = [...new Set(evidence.flatMap(({ features }) => [...features.keys()]))];
  const { counts, articles: counted } = await store.getFeatureCounts(keys);
  const [from, to] = _window(evidence, options.windowDays);
  const rare = _rare(keys, counts, counted);
  const index = createStoryIndex(await store.findStories(rare, from, to), counts, counted);
  for (const { features } of evidence) index.count([...features.keys()]);
  const assignments: StoryAssignment[] = [];
  const log: StoryLogEntry[] = [];
  for (const item of evidence) {
    const result = assignStory(item, index, options, at);
    assignments.push({ article: item.article.id, story: result.story.id });
    log.push(result.log);
  }
  log.push(...mergeStories(index.changed(), index, options, at));
  const features = evidence.map(({ article, features }) => ({
    article: article.id,
    keys: [...features.keys()],
  }));
  await store.putStories(index.changed(), assignments, features, log);
  return { assignments, log };
}

/** What the embedder reads of an article: its title and first paragraphs, within the length models take. */
function _lead(article: Article): string {
  return article.text.slice(0, LEAD_CHARS);
}

/** About 256 tokens, the input length of the common sentence-embedding models. */
const LEAD_CHARS = 1000;

/**
 * A key carried by more than this share of the archive ("e:country:ua") finds too many stories to be
 * worth fetching; a stored story worth joining shares a rarer one (a person, a town, a number).
 */
const COMMON_SHARE = 0.01;
/** Below this many articles every key counts as rare. */
const MIN_COMMON = 50;

/** The keys stored stories are fetched by: all but the common ones, so fetching stays bounded as the archive grows. */
function _rare(keys: readonly string[], counts: ReadonlyMap<string, number>, articles: number): string[] {
  const limit = Math.max(MIN_COMMON, COMMON_SHARE * articles);
  return keys.filter((key) => (counts.get(key) ?? 0) <= limit);
}

/** Articles dated to the day first, in date order, then those dated only by a month, then undated ones: the most precise dates set a story's span. */
function _ordered(evidence: readonly ArticleEvidence[]): ArticleEvidence[] {
  const vagueness = (time: string | null) => (time === null ? 2 : time.length <= 7 ? 1 : 0);
  // a stable sort: undated articles keep their input order
  return [...evidence].sort(
    (a, b) => vagueness(a.time) - vagueness(b.time) || (a.time ?? '').localeCompare(b.time ?? ''),
  );
}

/** The time span candidate stories must overlap: the batch's dates widened by the window, or all time when an article has none. */
function _window(evidence: readonly ArticleEvidence[], days: number): [string, string] {
  const times = evidence.map((item) => item.time);
  if (times.some((time) => time === null)) return ALL_TIME;
  const sorted = (times as string[]).slice().sort();
  const first = daySpan(sorted[0] as string)[0];
  const last = daySpan(sorted[sorted.length - 1] as string)[0];
  return [isoDay(first - days - 31), isoDay(last + days + 31)];
}
