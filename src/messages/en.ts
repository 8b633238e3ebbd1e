import type { Issue, IssueCode } from '../core/issues.js';
import { originLabel } from '../core/issues.js';

type Params = Record<string, string | number>;

const MESSAGES: Record<IssueCode, (p: Params) => string> = {
  path_not_found: () => 'no such file or folder (or the pattern matched nothing)',
  read_failed: (p) => `could not be read${p.reason ? `: ${p.reason}` : ''}`,
  unsupported_format: (p) =>
    `not a supported input kind${p.extension ? ` (${p.extension})` : p.reason ? ` (${p.reason})` : ''}; use .txt .md .html .htm .json .jsonl .ndjson, optionally .gz, or --format`,
  file_too_large: (p) => `too large (${mb(p.size)}, limit ${mb(p.limit)}); split it or raise --max-size`,
  empty_input: () => 'empty: nothing to ingest',
  binary_content: () => 'binary content, not text',
  invalid_encoding: (p) => `not valid ${p.encoding ?? 'text'}${p.reason ? `: ${p.reason}` : ''}`,
  encoding_fallback: (p) =>
    p.declared
      ? `declared charset ${p.declared} is unknown or wrong; read as ${p.encoding ?? 'windows-1252'}`
      : `not valid UTF-8 and no charset declared; read as ${p.encoding ?? 'windows-1252'}`,
  invalid_json: (p) => `malformed JSON${p.reason ? `: ${p.reason}` : ''}`,
  invalid_record: (p) => `not an article record${p.reason ? `: ${p.reason}` : ' (expected a JSON object)'}`,
  missing_text: () => 'record has neither "text" nor "html"',
  no_article_text: (p) =>
    p.reason
      ? `no article text could be extracted: ${p.reason}`
      : `no article text left after removing boilerplate${p.removed !== undefined ? ` (${p.removed} lines removed)` : ''}`,
  duplicate_id: (p) =>
    `id ${p.id ?? ''} was already used by another input in this run; not ingested (give each input its own folder name, or ingest them separately)`,
  language_undetected: () => 'language could not be identified',
  language_mismatch: (p) => `declared language ${p.declared} but the text reads as ${p.detected}`,
  invalid_date: (p) => `unreadable date ${p.value ?? ''}`.trim(),
};

function mb(value: string | number | undefined): string {
  const n = Number(value ?? 0);
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}

/** One-line English text of an issue, without its origin. */
export function issueMessage(item: Issue): string {
  return MESSAGES[item.code](item.params ?? {});
}

/** One-line English report of an issue: "path:line: message". */
export function formatIssue(item: Issue): string {
  return `${originLabel(item.origin)}: ${issueMessage(item)}`;
}

const SHOWN_FEATURES = 5;

/**
 * Compact English text of why a story changed, from its log entry's reason.
 * @example storyReasonMessage({ similarity: 0.42, threshold: 0.1, shared: { 'e:org:nato': 3.2 } }) // 'similarity 0.42 ≥ 0.1; shared: e:org:nato'
 */
export function storyReasonMessage(reason: Readonly<Record<string, unknown>>): string {
  const { similarity, threshold, shared, ...rest } = reason;
  const parts: string[] = [];
  if (typeof similarity === 'number' && typeof threshold === 'number') {
    parts.push(
      `similarity ${_number(similarity)} ${similarity >= threshold ? '≥' : '<'} ${_number(threshold)}`,
    );
  } else {
    if (similarity !== undefined) parts.push(`similarity ${_value(similarity)}`);
    if (threshold !== undefined) parts.push(`threshold ${_value(threshold)}`);
  }
  if (shared !== undefined) parts.push(`shared: ${_features(shared)}`);
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== null) parts.push(`${key} ${_value(value)}`);
  }
  return parts.join('; ');
}

/** Feature keys, heaviest first: from a key → weight record, a list of keys, or a list of `{ key }` objects. */
function _features(value: unknown): string {
  let keys: string[];
  if (Array.isArray(value)) {
    keys = value
      .map((item) => (typeof item === 'object' && item !== null && 'key' in item ? item.key : item))
      .map(_value);
  } else if (typeof value === 'object' && value !== null) {
    keys = Object.entries(value)
      .sort((a, b) => (typeof a[1] === 'number' && typeof b[1] === 'number' ? b[1] - a[1] : 0))
      .map(([key]) => key);
  } else return _value(value);
  if (keys.length === 0) return 'none';
  const rest = keys.length - SHOWN_FEATURES;
  return rest > 0 ? `${keys.slice(0, SHOWN_FEATURES).join(', ')}, +${rest} more` : keys.join(', ');
}

function _value(value: unknown): string {
  if (typeof value === 'number') return _number(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(_value).join(', ');
  return JSON.stringify(value) ?? String(value);
}

/** At most two decimals, more only for figures below 0.01. */
function _number(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 0.01) return String(Number(value.toFixed(2)));
  return String(Number(value.toPrecision(2)));
}
