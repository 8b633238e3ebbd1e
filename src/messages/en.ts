import { type FeedError, feedErrorParams } from '../core/feeds/index.js';
import type { Issue, IssueCode } from '../core/issues.js';
import { originLabel } from '../core/issues.js';

type Params = Record<string, string | number>;

const MESSAGES: Record<IssueCode, (p: Params) => string> = {
  path_not_found: () => 'no such file or folder (or the pattern matched nothing)',
  read_failed: (p) => `could not be read${p.reason ? `: ${p.reason}` : ''}`,
  unsupported_format: (p) =>
    `not a supported input kind${p.extension ? ` (${p.extension})` : p.reason ? ` (${p.reason})` : ''}; use .txt .md .html .htm .json .jsonl .ndjson .warc .rss .atom .xml, optionally .gz, or --format`,
  file_too_large: (p) => `too large (${mb(p.size)}, limit ${mb(p.limit)}); split it or raise --max-size`,
  empty_input: () => 'empty: nothing to ingest',
  binary_content: () => 'binary content, not text',
  invalid_encoding: (p) =>
    `not valid ${p.encoding ?? 'text'}${p.reason ? `: ${p.reason}` : ''}${p.fallback ? ` (such bytes read as ${p.fallback})` : ''}`,
  encoding_fallback: (p) =>
    p.declared
      ? `declared charset ${p.declared} is unknown or wrong; read as ${p.encoding ?? 'windows-1252'}`
      : `not valid UTF-8 and no charset declared; read as ${p.encoding ?? 'windows-1252'}`,
  invalid_warc: (p) =>
    `not a readable WARC file${p.reason ? `: ${p.reason}` : ''}; the records before it were read`,
  record_not_html: (p) => `WARC record skipped: not HTML${p.contentType ? ` (${p.contentType})` : ''}`,
  record_not_page: (p) => `WARC record skipped: a ${p.type ?? 'non-response'} record holds no page`,
  record_http_status: (p) => `WARC record skipped: HTTP status ${p.status ?? '?'}`,
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
  invalid_feed: (p) => `not a readable RSS, Atom, RDF or JSON feed${p.reason ? `: ${p.reason}` : ''}`,
  feed_item_without_text: (p) =>
    `feed item ${p.title ? `"${p.title}" ` : ''}${p.url ? `(${p.url}) ` : ''}has no text` +
    (p.error ? `, and its page gave none (${fetchReason(p)})` : ''),
  invalid_feed_item: (p) =>
    `feed item could not be read${p.reason ? `: ${p.reason}` : ''}; the feed's other items were`,
  feed_item_given_up: (p) =>
    `feed item ${p.title ? `"${p.title}" ` : ''}${p.url ? `(${p.url}) ` : ''}failed in ${p.attempts ?? '?'} polls in a row; it is not tried again`,
  feed_fetch_failed: (p) => `feed could not be fetched: ${fetchReason(p)}`,
  page_fetch_failed: (p) =>
    `article page ${p.url ?? ''} could not be read (${fetchReason(p)}); the feed item's own text was used`,
};

const FETCH_REASONS: Record<FeedError['code'], (p: Params) => string> = {
  timeout: (p) => `no complete answer within ${p.detail ?? 'the time limit'}`,
  network: (p) => `network error${p.detail ? `: ${p.detail}` : ''}`,
  http_status: (p) => `HTTP ${p.status ?? '?'}${p.detail ? ` ${p.detail}` : ''}`,
  too_large: (p) => `larger than ${mb(p.detail)}`,
  too_many_redirects: (p) => `more than ${p.detail ?? 'the allowed'} redirects`,
  robots_disallowed: () => 'robots.txt disallows fetching it',
  robots_unreachable: (p) =>
    `robots.txt could not be read${p.detail ? ` (${p.detail})` : ''}, so it was not fetched`,
  invalid_url: (p) => `not an http(s) URL${p.detail ? `: ${p.detail}` : ''}`,
  invalid_feed: (p) => `not a readable RSS, Atom, RDF or JSON feed${p.detail ? `: ${p.detail}` : ''}`,
  not_html: (p) => `not an HTML page${p.detail ? ` (${p.detail})` : ''}`,
  no_text: (p) => `no article text found in the page${p.detail ? `: ${p.detail}` : ''}`,
  internal: (p) => `unexpected error${p.detail ? `: ${p.detail}` : ''}`,
};

function fetchReason(p: Params): string {
  const code = p.error as FeedError['code'] | undefined;
  return code && code in FETCH_REASONS ? FETCH_REASONS[code](p) : String(p.detail ?? 'unknown error');
}

/**
 * English text of why fetching a feed or page failed.
 * @example feedErrorMessage({ code: 'http_status', status: 503 }) // 'HTTP 503'
 */
export function feedErrorMessage(error: FeedError): string {
  return fetchReason(feedErrorParams(error));
}

/** Why records were skipped, for the ingest summary: "3 not HTML, 1 HTTP status other than 200". */
const SKIP_LABELS: Partial<Record<IssueCode, string>> = {
  record_not_html: 'not HTML',
  record_http_status: 'HTTP status other than 200',
  record_not_page: 'without a page (request, revisit, metadata, warcinfo)',
};

/** Counts of skipped records by reason, most frequent first. */
export function skipCounts(counts: Partial<Record<IssueCode, number>>): string {
  return Object.entries(SKIP_LABELS)
    .map(([code, label]) => [counts[code as IssueCode] ?? 0, label] as const)
    .filter(([n]) => n > 0)
    .sort((a, b) => b[0] - a[0])
    .map(([n, label]) => `${n} ${label}`)
    .join(', ');
}

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
