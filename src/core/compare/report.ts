import { articleVoices, sourceName } from '../sources.js';
import type { Article, EntityRecord, EntityType } from '../types.js';
import { compareArticles } from './compare.js';
import { buildCoverage, type Coverage } from './coverage.js';
import { buildTimeline, type TimelineEntry } from './timeline.js';
import type { ClaimGroup, ClaimUnit, CompareOptions } from './types.js';

/** Summary sentences when the caller does not say. */
const SUMMARY_SENTENCES = 5;
/** Entities listed in a report. */
const REPORT_ENTITIES = 12;

export interface StoryInfo {
  id: string;
  title: string | null;
  /** Per language, the title of the first article in it. */
  titles: Readonly<Record<string, string>>;
}

export interface ReportOptions extends CompareOptions {
  /** Language to summarise in where a source in it exists. */
  lang?: string;
  summarySentences?: number;
}

/** A summary sentence: a source's own words for one of the story's best supported claims. */
export interface SummarySentence {
  claim: string;
  unit: ClaimUnit;
  /** Independent sources stating the claim. */
  support: number;
}

export interface ReportEntity {
  id: string;
  name: string;
  type: EntityType;
  articles: number;
}

/** Everything `parallax story <id>` shows: built from the stored articles, never invented. */
export interface StoryReport {
  id: string;
  title: string | null;
  lang: string | null;
  summary: SummarySentence[];
  coverage: Coverage;
  claims: ClaimGroup[];
  timeline: TimelineEntry[];
  entities: ReportEntity[];
  /** Each article's source as people name it (null when the input does not say). */
  articleSources: Record<string, string | null>;
}

/**
 * The report of one story: its claims compared across sources, an extractive summary of the best
 * supported claims (in `lang` where a source writes in it), the timeline, coverage and entities.
 * `articles` come in publication order; `entities` are the records their mentions link to.
 */
export function buildStoryReport(
  story: StoryInfo,
  articles: readonly Article[],
  entities: readonly EntityRecord[],
  options: ReportOptions = {},
): StoryReport {
  const voices = articleVoices(articles);
  const names = new Map<string, string>();
  for (const article of articles) {
    const voice = voices.get(article.id) as string;
    if (!names.has(voice)) names.set(voice, sourceName(article) ?? article.id);
  }
  const sourced = articles.map((article) => ({ article, source: voices.get(article.id) as string }));
  const { claims } = compareArticles(sourced, options);
  const lang = options.lang ?? null;
  return {
    id: story.id,
    title: (lang && Object.hasOwn(story.titles, lang) ? story.titles[lang] : undefined) ?? story.title,
    lang,
    summary: summarise(claims, lang, options.summarySentences ?? SUMMARY_SENTENCES),
    coverage: buildCoverage(articles, voices, names),
    claims,
    timeline: buildTimeline(articles),
    entities: reportEntities(articles, entities),
    articleSources: Object.fromEntries(articles.map((article) => [article.id, sourceName(article)])),
  };
}

/**
 * The claims most sources state (headlines left out), best supported first, each in the requested
 * language when one of its sources wrote in it, else in the words of the earliest source. Disputed
 * claims stay out: a summary states only what is not contradicted (the report shows conflicts apart).
 */
function summarise(claims: readonly ClaimGroup[], lang: string | null, size: number): SummarySentence[] {
  const ranked = claims
    .filter((claim) => claim.label !== 'conflicting')
    .map((claim) => ({ claim, units: claim.units.filter((unit) => !unit.headline) }))
    .filter(({ units }) => units.length > 0)
    .map(({ claim, units }) => ({
      claim,
      unit: units.find((unit) => unit.lang === lang) ?? (units[0] as ClaimUnit),
      support: new Set(units.map((unit) => unit.source)).size,
    }))
    .sort((a, b) => b.support - a.support || a.unit.rank - b.unit.rank || a.unit.position - b.unit.position);
  return ranked.slice(0, size).map(({ claim, unit, support }) => ({ claim: claim.id, unit, support }));
}

function reportEntities(articles: readonly Article[], records: readonly EntityRecord[]): ReportEntity[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const counts = new Map<string, number>();
  for (const article of articles) {
    const ids = new Set(
      article.analysis.entities.map((mention) => mention.entity).filter((id) => id !== null),
    );
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .flatMap(([id, count]) => {
      const record = byId.get(id);
      return record ? [{ id, name: record.name, type: record.type, articles: count }] : [];
    })
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
    .slice(0, REPORT_ENTITIES);
}
