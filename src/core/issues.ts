/** Where an input unit came from: a file (and line or index inside it), or standard input. */
export interface Origin {
  /** Path as the user gave it (or "-" for stdin). */
  path: string;
  /** 1-based line for JSONL records. */
  line?: number;
  /** 0-based position in a JSON array. */
  index?: number;
  /** Byte offset of a WARC record in its file (uncompressed). */
  offset?: number;
  /** Target URI of a WARC record. */
  uri?: string;
  /** When a WARC record was captured (its WARC-Date). */
  crawled?: string;
}

/** Codes of per-article problems. Message text lives in src/messages, never here. */
export type IssueCode =
  | 'path_not_found'
  | 'read_failed'
  | 'unsupported_format'
  | 'file_too_large'
  | 'empty_input'
  | 'binary_content'
  | 'invalid_encoding'
  | 'encoding_fallback'
  | 'invalid_warc'
  | 'record_not_html'
  | 'record_not_page'
  | 'record_http_status'
  | 'invalid_json'
  | 'invalid_record'
  | 'missing_text'
  | 'no_article_text'
  | 'duplicate_id'
  | 'language_undetected'
  | 'language_mismatch'
  | 'invalid_date'
  | 'invalid_feed'
  | 'feed_item_without_text'
  | 'invalid_feed_item'
  | 'feed_item_given_up'
  | 'feed_fetch_failed'
  | 'page_fetch_failed';

/** `info` marks a record left out by design (a WARC record that holds no page): counted, not a failure. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found while reading or analysing one input unit.
 * `error` means the unit was not ingested; `warning` means it was, with a caveat.
 */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  origin: Origin;
  /** Structured parameters for the message (sizes, encodings, field names, parser detail). */
  params?: Record<string, string | number>;
}

export function issue(
  code: IssueCode,
  severity: Severity,
  origin: Origin,
  params?: Record<string, string | number>,
): Issue {
  return params ? { code, severity, origin, params } : { code, severity, origin };
}

export function originLabel(origin: Origin): string {
  if (origin.line !== undefined) return `${origin.path}:${origin.line}`;
  if (origin.index !== undefined) return `${origin.path}[${origin.index}]`;
  if (origin.offset !== undefined)
    return `${origin.path}@${origin.offset}${origin.uri ? ` (${origin.uri})` : ''}`;
  return origin.path;
}
