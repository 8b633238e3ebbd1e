import { type ExtractOptions, extractArticle } from '../extract/index.js';
import { type Issue, issue } from '../issues.js';
import { type ParseResult, rawArticle, type UnitBase } from './raw-article.js';

/** Page facts read from the markup. */
export interface PageMeta {
  title?: string | undefined;
  byline?: string | undefined;
  lang?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  published?: string | undefined;
  modified?: string | undefined;
}

/**
 * Extract the main text of an HTML page (one line per block element) with its title, language, date, URL and site.
 * How sure the extractor is goes into `metadata.extraction` (confidence 0..1 and issue codes).
 * @example parseHtml('<html lang="de"><body><article><p>…</p></article></body></html>', base)
 */
export function parseHtml(
  html: string,
  base: UnitBase,
  warnings: Issue[] = [],
  options: ExtractOptions = {},
): ParseResult {
  const extracted = extractHtml(html, options);
  if (!extracted.ok) {
    return {
      articles: [],
      issues: [...warnings, issue('no_article_text', 'error', base.origin, extracted.params)],
    };
  }
  const { text, meta, extraction } = extracted;
  const article = rawArticle(
    base,
    text,
    {
      html,
      title: meta.title,
      url: meta.url,
      published: meta.published,
      source: meta.source,
      declaredLang: meta.lang,
    },
    { issues: warnings, metadata: { extraction } },
  );
  return { articles: [article], issues: [] };
}

export type HtmlExtraction =
  | {
      ok: true;
      text: string;
      meta: PageMeta;
      extraction: { confidence: number; issues: string[] };
    }
  | { ok: false; params?: Record<string, string> };

/** Main text and page facts of an HTML page, or why there is no article in it. */
export function extractHtml(html: string, options: ExtractOptions = {}): HtmlExtraction {
  const result = extractArticle(html, options);
  if (result.text === '') return { ok: false };
  return {
    ok: true,
    text: result.text,
    meta: {
      title: result.title,
      byline: result.byline,
      lang: result.lang,
      url: result.url,
      source: result.site,
      published: result.published,
      modified: result.modified,
    },
    extraction: { confidence: result.confidence, issues: result.issues },
  };
}
