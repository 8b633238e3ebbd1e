import type { Issue, Origin } from '../core/issues.js';
import type { Article, PublishedSource, RemovalReason } from '../core/types.js';
import { issueMessage } from '../messages/en.js';
import { type AnalysisView, toAnalysisView } from './analysis-view.js';

/** The stable JSON form of an article, shared by `parallax show --json`, the HTTP API and the web UI. */
export interface ArticleView extends AnalysisView {
  id: string;
  lang: string | null;
  lang_confidence: number;
  declared_lang: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  /** As the input gave it; when the input gave none, the date the analysis found in a dateline or the text. */
  published: string | null;
  /** Where the publication date used by the analysis came from; null when none was found. */
  published_source: PublishedSource | null;
  format: string;
  origin: Origin;
  /** The cleaned body. */
  text: string;
  /** The input as given (decoded text, or the HTML markup). */
  original: string;
  removed: Array<{ text: string; reason: RemovalReason; start: number; end: number }>;
  sentences: Array<{ text: string; start: number; end: number; paragraph: number; headline: boolean }>;
  duplicate_of: string | null;
  metadata: Record<string, unknown>;
  issues: Array<Issue & { message: string }>;
  ingested_at: string;
}

export function toArticleView(article: Article): ArticleView {
  return {
    id: article.id,
    lang: article.lang,
    lang_confidence: article.langConfidence,
    declared_lang: article.declaredLang,
    title: article.title,
    source: article.source,
    url: article.url,
    published: _published(article),
    published_source: article.analysis.published?.source ?? null,
    format: article.format,
    origin: article.origin,
    text: article.text,
    original: article.original,
    removed: article.removed.map(({ text, reason, start, end }) => ({ text, reason, start, end })),
    sentences: article.sentences.map(({ text, start, end, paragraph, headline }) => ({
      text,
      start,
      end,
      paragraph,
      headline,
    })),
    duplicate_of: article.duplicateOf,
    metadata: article.metadata,
    ...toAnalysisView(article.analysis),
    issues: article.issues.map((item) => ({ ...item, message: issueMessage(item) })),
    ingested_at: article.ingestedAt,
  };
}

function _published({ published, analysis }: Article): string | null {
  const found = analysis.published;
  return found && found.source !== 'input' ? found.value : published;
}
