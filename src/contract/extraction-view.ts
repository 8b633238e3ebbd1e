import type { Extraction, ExtractionIssueCode } from '../core/extract/index.js';

/** The stable JSON form of one page's extraction, printed by `parallax extract --json`. */
export interface ExtractionView {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time; null when no plausible date was found. */
  published: string | null;
  modified: string | null;
  site: string | null;
  /** Language tag the page declares (html lang, meta, og:locale). */
  lang: string | null;
  /** Canonical URL, else the URL given with --url. */
  url: string | null;
  /** 0 (no article found) to 1 (a clear article body). */
  confidence: number;
  /** Why the extraction is doubtful or partial: short_text, low_text_density, body_fallback, … */
  issues: ExtractionIssueCode[];
  /** Main text, one line per paragraph-level block. */
  text: string;
}

/** The extraction with exactly the contract's fields, in a fixed order. */
export function toExtractionView(extraction: Extraction): ExtractionView {
  return {
    title: extraction.title ?? null,
    byline: extraction.byline ?? null,
    published: extraction.published ?? null,
    modified: extraction.modified ?? null,
    site: extraction.site ?? null,
    lang: extraction.lang ?? null,
    url: extraction.url ?? null,
    confidence: extraction.confidence,
    issues: extraction.issues,
    text: extraction.text,
  };
}
