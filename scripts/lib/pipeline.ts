import { compileRules } from '../../src/core/clean/index.js';
import {
  analyzeProcessed,
  type PipelineContext,
  prepareArticle,
  processArticle,
} from '../../src/core/pipeline.js';
import type { Article, RawArticle } from '../../src/core/types.js';
import { loadAnalysis } from '../../src/engine/gazetteer.js';
import { loadLanguageModel } from '../../src/engine/language-model.js';
import { listProfiles } from '../../src/languages/index.js';

/** The per-article pipeline exactly as ingest runs it, minus the store (for evaluations and benchmarks). */
export async function createPipeline() {
  const ctx: PipelineContext = {
    rules: compileRules(listProfiles()),
    languageModel: await loadLanguageModel(),
    templateKeys: new Set(),
    site: null,
    now: new Date(0).toISOString(),
  };
  return (raw: RawArticle) => processArticle(prepareArticle(raw), ctx);
}

/** The analysis stage as ingest runs it: entities, dates, numbers, quotes of a processed article. */
export function createAnalyzer() {
  const gazetteer = loadAnalysis();
  return (article: Article) => analyzeProcessed(article, gazetteer);
}

export function rawText(id: string, text: string): RawArticle {
  return { id, origin: { path: id }, format: 'text', text, metadata: {}, issues: [] };
}
