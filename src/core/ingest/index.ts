import {
  isJsonFeed,
  isJsonFeedValue,
  looksLikeFeed,
  parseFeedDocument,
  sniffXmlCharset,
} from '../feeds/index.js';
import type { InputFormat } from '../types.js';
import { captureOptions, withCapture } from './capture.js';
import { decodeBytes, htmlDecodeHint } from './decode.js';
import { parseHtml } from './parse-html.js';
import { parseJsonDocument, parseJsonLines, parseJsonRecord } from './parse-json.js';
import { parseText } from './parse-text.js';
import type { ParseResult } from './raw-article.js';
import type { SourceUnit } from './source-unit.js';

export {
  type DecodeHint,
  type DecodeResult,
  decodeBytes,
  htmlDecodeHint,
  sniffHtmlCharset,
} from './decode.js';
export { extractHtml, type HtmlExtraction, type PageMeta, parseHtml } from './parse-html.js';
export { parseJsonDocument, parseJsonLines, parseJsonRecord } from './parse-json.js';
export { parseText } from './parse-text.js';
export type { ParseResult, UnitBase } from './raw-article.js';
export type { SourcePlan, SourceUnit } from './source-unit.js';

/**
 * Read one source unit into raw articles. Never throws on content: problems come back as issues.
 * @example parseUnit({ kind: 'document', id: 'a.txt', origin: { path: 'a.txt' }, format: 'text', bytes, size })
 */
export function parseUnit(unit: SourceUnit): ParseResult {
  if (unit.kind === 'failure' || unit.kind === 'skipped') return { articles: [], issues: [unit.issue] };
  const json = unit.kind === 'record' || unit.format === 'json' || unit.format === 'jsonl';
  const html = unit.kind === 'document' && unit.format === 'html';
  const decoded = decodeBytes(unit.bytes, unit.origin, {
    utf8Only: json,
    ...(html ? htmlDecodeHint(unit.bytes, unit.charset) : {}),
    ...(unit.kind === 'document' && unit.format === 'feed' ? optional(sniffXmlCharset(unit.bytes)) : {}),
  });
  if (!decoded.ok) return { articles: [], issues: decoded.issues };
  const { text, issues: warnings } = decoded;
  const base = { id: unit.id, origin: unit.origin };
  if (unit.kind === 'record') return parseJsonRecord(text, base, warnings);
  switch (unit.format) {
    case 'text':
      return parseText(text, { ...base, format: 'text' }, warnings);
    case 'html':
      return withCapture(
        parseHtml(text, { ...base, format: 'html' }, warnings, captureOptions(unit.origin)),
        unit.origin,
      );
    case 'json':
      if (isJsonFeed(text)) return parseFeedDocument(text, { ...base, format: 'feed' }, warnings);
      return parseJsonDocument(text, { ...base, format: 'json' }, warnings);
    case 'feed':
      return parseFeedDocument(text, { ...base, format: 'feed' }, warnings);
    case 'jsonl':
      return parseJsonLines(text, base, warnings);
  }
}

/** Kinds of input file: an article format, or a WARC, which the source adapter reads record by record. */
export type FileKind = InputFormat | 'warc';

const EXTENSIONS: Record<string, FileKind> = {
  txt: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  warc: 'warc',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
};

/**
 * The input format a file name implies, and whether it is gzip-compressed; null for unknown kinds.
 * @example detectFormat('feed.jsonl.gz') // { format: 'jsonl', gzip: true }
 */
export function detectFormat(name: string): { format: FileKind; gzip: boolean } | null {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const stem = gzip ? lower.slice(0, -3) : lower;
  const dot = stem.lastIndexOf('.');
  const format = dot >= 0 ? EXTENSIONS[stem.slice(dot + 1)] : undefined;
  return format ? { format, gzip } : null;
}

/** A file name's extension (`.pdf`, `.pdf.gz`) for `unsupported_format` params; "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  const gzip = base.endsWith('.gz') ? 3 : 0;
  const dot = base.lastIndexOf('.', base.length - gzip - 1);
  return dot > 0 ? base.slice(dot) : base.slice(base.length - gzip);
}

/**
 * Guess the format of unnamed input (stdin) from its first bytes: a one-line JSON object → jsonl,
 * a JSON Feed → feed, other `{` or `[` → json, `<` → feed when an RSS, Atom or RDF root follows, else html,
 * anything else → text.
 */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && isSpace(bytes[i] as number)) i++;
  const first = bytes[i];
  if (first === 0x3c) return looksLikeFeed(bytes) ? 'feed' : 'html';
  if (first === 0x5b) return 'json';
  if (first !== 0x7b) return 'text';
  const end = bytes.indexOf(0x0a, i);
  const line = new TextDecoder().decode(bytes.subarray(i, end < 0 ? bytes.length : end));
  try {
    const value: unknown = JSON.parse(line);
    if (isJsonFeedValue(value)) return 'feed';
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? 'jsonl' : 'json';
  } catch {
    return 'json';
  }
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function optional(declaredCharset: string | undefined): { declaredCharset?: string } {
  return declaredCharset === undefined ? {} : { declaredCharset };
}
