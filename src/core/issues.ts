/** Where an input unit came from: a file (and line or index inside it), or standard input. */
export interface Origin {
  /** Path as the user gave it (or "-" for stdin). */
  path: string;
  /** 1-based line for JSONL records. */
  line?: number;
  /** 0-based position in a JSON array. */
  index?: number;
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
  | 'invalid_json'
  | 'invalid_record'
  | 'missing_text'
  | 'no_article_text'
  | 'duplicate_id'
  | 'language_undetected'
  | 'language_mismatch'
  | 'invalid_date';

export type Severity = 'error' | 'warning';

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
  return origin.path;
}
