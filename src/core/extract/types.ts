/** Why an extraction is doubtful or partial; the text is still returned whenever there is any. */
export type ExtractionIssueCode =
  | 'input_truncated'
  | 'deep_nesting'
  | 'no_text'
  | 'short_text'
  | 'low_text_density'
  | 'body_fallback';

export interface ExtractOptions {
  /** Address the page was fetched from: a fallback canonical URL and a source of the date (/2024/06/13/). */
  url?: string;
  /** Crawl or reference date (ISO 8601): dates more than a day after it, or before 1995, are rejected. */
  referenceDate?: string;
  /** Largest input read, in characters; the rest is cut off with `input_truncated` (default 5,000,000). */
  maxChars?: number;
}

/** Main text and metadata of one HTML page. */
export interface Extraction {
  /** Main text, one line per paragraph-level block; "" when the page has none. */
  text: string;
  title?: string;
  byline?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  modified?: string;
  site?: string;
  /** Language tag as the page declares it (html lang, meta, og:locale), e.g. "de" or "pt-BR". */
  lang?: string;
  /** Canonical URL (link rel=canonical, og:url), else the URL passed in. */
  url?: string;
  /** 0 (no article found) to 1 (a clear article body). */
  confidence: number;
  issues: ExtractionIssueCode[];
}
