import { hashText } from '../dedup/index.js';
import { ownVoice } from '../sources.js';
import type { Article } from '../types.js';
import { dayNumber, daySpan, isMonthSpan, isoDay } from './days.js';
import { isSemanticKey, semanticAgreement } from './semantic.js';
import type { StoryLogEntry, StoryRecord } from './types.js';

/** The two parameters of story assignment; see README "Stories" for how they were chosen. */
export interface StoryOptions {
  /** Lowest cosine similarity between an article and a story at which the article joins it. */
  threshold: number;
  /** Days an article's time may lie outside a story's span and still join it: updates within days belong together, a summit weeks later does not. */
  windowDays: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { threshold: 0.12, windowDays: 10 };

/** The stories assignment can see (candidates from the archive, and those of this batch) and the feature statistics. */
export interface StoryIndex {
  candidates(keys: readonly string[]): StoryRecord[];
  get(id: string): StoryRecord | undefined;
  /** Whether the record was put in this index (this batch's copy), so its evidence may grow in place. */
  owns(story: StoryRecord): boolean;
  put(story: StoryRecord): void;
  /** Articles carrying the feature so far (archive and batch). */
  frequency(key: string): number;
  /** Articles counted so far. */
  total(): number;
  /** Counts an article's features; a batch counts all its articles before assigning any. */
  count(keys: readonly string[]): void;
}

export interface ArticleEvidence {
  article: Article;
  features: ReadonlyMap<string, number>;
  /** ISO day of the event as the article tells it, or null. */
  time: string | null;
}

export interface Assignment {
  story: StoryRecord;
  log: StoryLogEntry;
}

/** Raw overlap counts half as much as weighted similarity: it only decides where statistics are flat. */
const OVERLAP_WEIGHT = 0.5;
/** Shared features reported in a log entry. */
const SHOWN = 5;

/**
 * Assigns one article to the most similar live story within the time window (cosine similarity of
 * IDF-weighted feature vectors, at least `threshold`), or founds a new story. Pure apart from the index.
 */
export function assignStory(
  evidence: ArticleEvidence,
  index: StoryIndex,
  options: StoryOptions,
  at: string,
): Assignment {
  const { article, time } = evidence;
  const vector = _weigh(evidence.features);
  let best: { story: StoryRecord; similarity: number } | null = null;
  for (const story of index.candidates([...vector.keys()])) {
    if (story.mergedInto !== null || !_inWindow(time, story, options.windowDays)) continue;
    const similarity = Math.max(
      storySimilarity(vector, story.features, index),
      _overlap(vector, story.features),
    );
    if (similarity > (best?.similarity ?? 0)) best = { story, similarity };
  }
  const joins = best !== null && best.similarity >= options.threshold;
  const reason: Record<string, unknown> =
    joins && best
      ? {
          similarity: _round(best.similarity),
          threshold: options.threshold,
          shared: _shared(vector, best.story.features),
        }
      : {
          similarity: best ? _round(best.similarity) : 0,
          threshold: options.threshold,
          nearest: best?.story.id ?? null,
        };
  const base: StoryRecord = joins && best ? best.story : _found(article, time);
  // an article without a date says nothing about when the event happened
  const story = _add(base, evidence, vector, time, index.owns(base));
  index.put(story);
  return {
    story,
    log: {
      story: story.id,
      at,
      event: joins ? 'joined' : 'created',
      article: article.id,
      other: null,
      reason,
    },
  };
}

/** Term weights of the article: 1 + ln(count). IDF is applied when comparing, with the statistics of the moment. */
function _weigh(features: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, count] of features) out.set(key, 1 + Math.log(count));
  return out;
}

/**
 * Cosine similarity of the IDF-weighted vectors of an article (or story) and a story, plus the
 * embedder's evidence when there is one (see semanticAgreement): it only ever adds.
 */
export function storySimilarity(
  vector: ReadonlyMap<string, number>,
  features: Readonly<Record<string, number>>,
  index: StoryIndex,
): number {
  const total = index.total();
  // a feature every article carries tells no event from another
  const idf = (key: string) => Math.log(Math.max(1, total) / Math.max(1, index.frequency(key)));
  let dot = 0;
  let a = 0;
  for (const [key, weight] of vector) {
    if (isSemanticKey(key)) continue;
    const w = weight * idf(key);
    dot += w * (features[key] ?? 0) * idf(key);
    a += w * w;
  }
  const b = _norm2(features, total, idf);
  const lexical = a === 0 || b === 0 ? 0 : dot / Math.sqrt(a * b);
  return lexical + semanticAgreement(vector, features);
}

/** Squared weighted norms of story evidence, valid while the article count they were computed at holds. */
const norms = new WeakMap<Readonly<Record<string, number>>, { total: number; norm2: number }>();

function _norm2(
  features: Readonly<Record<string, number>>,
  total: number,
  idf: (key: string) => number,
): number {
  const cached = norms.get(features);
  if (cached?.total === total) return cached.norm2;
  let norm2 = 0;
  for (const key in features) {
    if (isSemanticKey(key)) continue;
    const w = (features[key] as number) * idf(key);
    norm2 += w * w;
  }
  norms.set(features, { total, norm2 });
  return norm2;
}

/** Whether the article's time (a day, or a month when that is all it gives) lies within the window around the story's span. */
/**
 * Share of the article's features the story has, times the share of the story's features the article
 * has: near 1 for articles with the same evidence even where statistics give it no weight (a small
 * first batch about one event, where every feature is in every article).
 */
function _overlap(vector: ReadonlyMap<string, number>, features: Readonly<Record<string, number>>): number {
  const keys = Object.keys(features);
  if (vector.size === 0 || keys.length === 0) return 0;
  let shared = 0;
  for (const key of vector.keys()) if ((features[key] ?? 0) > 0) shared++;
  return OVERLAP_WEIGHT * (shared / vector.size) * (shared / keys.length);
}

export function storiesOverlap(a: StoryRecord, b: StoryRecord, days: number): boolean {
  if (a.firstSeen === '' || b.firstSeen === '') return true;
  return (
    dayNumber(a.firstSeen) - days <= dayNumber(b.lastSeen) &&
    dayNumber(b.firstSeen) - days <= dayNumber(a.lastSeen)
  );
}

function _inWindow(time: string | null, story: StoryRecord, days: number): boolean {
  if (time === null || story.firstSeen === '') return true;
  const [from, to] = daySpan(time);
  return to >= dayNumber(story.firstSeen) - days && from <= dayNumber(story.lastSeen) + days;
}

function _found(article: Article, time: string | null): StoryRecord {
  const [from, to] = time === null ? ['', ''] : (daySpan(time).map(isoDay) as [string, string]);
  return {
    id: `s-${hashText(article.id).slice(0, 10)}`,
    title: null,
    titles: {},
    firstSeen: from,
    lastSeen: to,
    articles: 0,
    languages: {},
    sources: {},
    features: {},
    mergedInto: null,
  };
}

function _add(
  story: StoryRecord,
  { article }: ArticleEvidence,
  vector: ReadonlyMap<string, number>,
  time: string | null,
  owned: boolean,
): StoryRecord {
  // a story's evidence grows with every article: copied once per batch, then extended in place
  const features = owned ? story.features : { ...story.features };
  norms.delete(features);
  for (const [key, weight] of vector) features[key] = (features[key] ?? 0) + weight;
  const lang = article.lang ?? 'und';
  // the report's notion of a source: declared or the address's host; an unknown one is the article's own;
  // a copy speaks with its original's voice and adds no source
  const source = article.duplicateOf ? null : ownVoice(article);
  const titles = { ...story.titles };
  if (article.title && article.lang && !titles[article.lang]) titles[article.lang] = article.title;
  return {
    ...story,
    title: story.title ?? article.title,
    titles,
    // a month says too little to move the span
    ..._widened(story, time),
    articles: story.articles + 1,
    languages: { ...story.languages, [lang]: (story.languages[lang] ?? 0) + 1 },
    sources:
      source === null ? story.sources : { ...story.sources, [source]: (story.sources[source] ?? 0) + 1 },
    features,
  };
}

function _shared(
  vector: ReadonlyMap<string, number>,
  features: Readonly<Record<string, number>>,
): Record<string, number> {
  return Object.fromEntries(
    [...vector]
      .filter(([key]) => (features[key] ?? 0) > 0)
      .map(([key, weight]): [string, number] => [key, _round(weight * (features[key] ?? 0))])
      .sort((a, b) => b[1] - a[1])
      .slice(0, SHOWN),
  );
}

/** The story's span with the article's time in it: a day widens it (or replaces a month), a month only dates an undated story. */
function _widened(story: StoryRecord, time: string | null): Pick<StoryRecord, 'firstSeen' | 'lastSeen'> {
  const { firstSeen, lastSeen } = story;
  if (time === null) return { firstSeen, lastSeen };
  if (firstSeen === '' || (time.length > 7 && isMonthSpan(firstSeen, lastSeen))) {
    const [from, to] = daySpan(time).map(isoDay) as [string, string];
    return { firstSeen: from, lastSeen: to };
  }
  if (time.length <= 7) return { firstSeen, lastSeen };
  return { firstSeen: time < firstSeen ? time : firstSeen, lastSeen: time > lastSeen ? time : lastSeen };
}

function _round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
