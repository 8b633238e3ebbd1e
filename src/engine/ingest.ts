import type { LanguageModel } from '../core/analyze/language.js';
import type { RuleSet } from '../core/clean/index.js';
import { findDuplicate } from '../core/dedup/index.js';
import type { Embedder } from '../core/embedder.js';
import {
  candidateKeys,
  createBatchRegistry,
  entityKeys,
  type Gazetteer,
  linkEntities,
} from '../core/entities/index.js';
import { parseUnit } from '../core/ingest/index.js';
import type { SourcePlan } from '../core/ingest/source-unit.js';
import { type Issue, issue } from '../core/issues.js';
import {
  type ArticleWithEntities,
  analyzeProcessed,
  inputHash,
  type PreparedArticle,
  prepareArticle,
  processArticle,
} from '../core/pipeline.js';
import type { DuplicateCandidate, Store } from '../core/store.js';
import type { StoryOptions } from '../core/stories/index.js';
import type { Article, RawArticle } from '../core/types.js';
import { siteOf } from './site.js';
import { assignBatch } from './stories.js';
import { emptySummary, type IngestSummary, recordIssue } from './summary.js';

/** Articles processed and written per transaction; also bounds memory while streaming. */
const BATCH_SIZE = 256;
/** A line that recurs in this many articles of one site is site template, not article text. */
export const TEMPLATE_MIN_DOCS = 3;

export interface IngestProgress {
  bytesRead: number;
  totalBytes: number | null;
  articles: number;
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  onIssue?: (issue: Issue) => void;
}

export interface IngestDeps {
  store: Store;
  rules: RuleSet;
  languageModel: LanguageModel;
  gazetteer: Gazetteer;
  stories: StoryOptions;
  /** Optional sentence embedder whose evidence adds to the lexical features of stories. */
  embedder?: Embedder;
  now(): Date;
}

/** Read every unit of a plan, process new or changed articles in batches, and store them. */
export async function ingestPlan(
  plan: SourcePlan,
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  const report = (item: Issue) => {
    recordIssue(summary, item);
    options.onIssue?.(item);
  };
  let pending: RawArticle[] = [];
  const seenIds = new Set<string>();
  const flush = async () => {
    await processBatch(pending, deps, summary, report);
    pending = [];
  };
  for await (const unit of plan.units) {
    summary.bytesRead += unit.size;
    if (unit.kind === 'failure') report(unit.issue);
    else {
      const parsed = parseUnit(unit);
      for (const item of parsed.issues) report(item);
      for (const raw of parsed.articles) {
        if (seenIds.has(raw.id)) report(issue('duplicate_id', 'error', raw.origin, { id: raw.id }));
        else {
          seenIds.add(raw.id);
          pending.push(raw);
        }
      }
      if (pending.length >= BATCH_SIZE) await flush();
    }
    options.onProgress?.({
      bytesRead: summary.bytesRead,
      totalBytes: plan.totalBytes,
      articles: summary.ingested + summary.updated + summary.unchanged + pending.length,
    });
  }
  await flush();
  return summary;
}

/** Process articles already read (feed items, fetched pages) in batches and store them, as ingestPlan does. */
export async function ingestArticles(
  articles: readonly RawArticle[],
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  const report = (item: Issue) => {
    recordIssue(summary, item);
    options.onIssue?.(item);
  };
  const seenIds = new Set<string>();
  const unique = articles.filter((raw) => {
    if (seenIds.has(raw.id)) {
      report(issue('duplicate_id', 'error', raw.origin, { id: raw.id }));
      return false;
    }
    seenIds.add(raw.id);
    return true;
  });
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    await processBatch(unique.slice(start, start + BATCH_SIZE), deps, summary, report);
  }
  return summary;
}

async function processBatch(
  batch: readonly RawArticle[],
  deps: IngestDeps,
  summary: IngestSummary,
  report: (item: Issue) => void,
): Promise<void> {
  if (batch.length === 0) return;
  const stored = await deps.store.getInputHashes(batch.map((raw) => raw.id));
  const fresh = batch.filter((raw) => {
    const same = stored.get(raw.id) === inputHash(raw);
    if (same) summary.unchanged++;
    return !same;
  });
  const prepared = fresh.map(prepareArticle);
  const templates = await templateEvidence(prepared, deps.store);
  const now = deps.now().toISOString();
  const local: DuplicateCandidate[] = [];
  const out: ArticleWithEntities[] = [];
  for (const item of prepared) {
    const result = processArticle(item, {
      rules: deps.rules,
      languageModel: deps.languageModel,
      templateKeys: templates.get(item) ?? new Set(),
      site: siteOf(item.raw),
      now,
    });
    if (!result.ok) {
      for (const item of result.issues) report(item);
      continue;
    }
    const { article, entities } = analyzeProcessed(result.article, deps.gazetteer);
    for (const item of article.issues) report(item);
    const match = findDuplicate(
      { id: article.id, contentHash: article.fingerprint.content, minhash: article.fingerprint.minhash },
      [...(await storedCandidates(article, deps.store)), ...local],
    );
    if (match) {
      article.duplicateOf = match.of;
      summary.duplicates++;
    }
    local.push({
      id: article.id,
      duplicateOf: article.duplicateOf,
      contentHash: article.fingerprint.content,
      minhash: article.fingerprint.minhash,
    });
    if (stored.has(article.id)) summary.updated++;
    else summary.ingested++;
    const lang = article.lang ?? 'und';
    summary.byLanguage[lang] = (summary.byLanguage[lang] ?? 0) + 1;
    out.push({ article, entities });
  }
  const entities = await linkBatch(out, deps.store);
  const articles = out.map(({ article }) => article);
  await deps.store.putArticles(articles, entities);
  await assignBatch(articles, deps.store, deps.stories, now, deps.embedder);
}

/** Links the batch's entities to the archive's, in batch order; returns the records created or extended. */
async function linkBatch(batch: readonly ArticleWithEntities[], store: Store) {
  const keys = new Set(
    batch.flatMap(({ entities }) => [
      ...entities.locals.flatMap(entityKeys),
      ...candidateKeys(entities.candidates),
    ]),
  );
  const registry = createBatchRegistry(await store.findEntities([...keys]));
  for (const { article, entities } of batch) {
    article.analysis.entities = linkEntities(article.analysis.entities, entities, article.lang, registry);
  }
  return registry.changed();
}

async function storedCandidates(article: Article, store: Store): Promise<DuplicateCandidate[]> {
  const exact = await store.findByContentHash(article.fingerprint.content);
  const near = article.fingerprint.bands.length > 0 ? await store.findByBands(article.fingerprint.bands) : [];
  return exact ? [exact, ...near.filter((c) => c.id !== exact.id)] : near;
}

/**
 * For each article, the fingerprints of its lines that recur in at least TEMPLATE_MIN_DOCS articles
 * of its site, counting stored articles and this batch (the article itself included).
 */
async function templateEvidence(
  batch: readonly PreparedArticle[],
  store: Store,
): Promise<Map<PreparedArticle, Set<string>>> {
  const bySite = new Map<string, PreparedArticle[]>();
  for (const item of batch) {
    const site = siteOf(item.raw);
    const group = bySite.get(site);
    if (group) group.push(item);
    else bySite.set(site, [item]);
  }
  const result = new Map<PreparedArticle, Set<string>>();
  for (const [site, group] of bySite) {
    const local = new Map<string, number>();
    for (const { lines } of group) for (const key of lines) local.set(key, (local.get(key) ?? 0) + 1);
    const storedCounts = await store.getLineCounts(site, [...local.keys()]);
    for (const item of group) {
      const recurring = item.lines.filter(
        (key) => (local.get(key) ?? 0) + (storedCounts.get(key) ?? 0) >= TEMPLATE_MIN_DOCS,
      );
      result.set(item, new Set(recurring));
    }
  }
  return result;
}
