import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import {
  brotliDecompressSync,
  createGunzip,
  type Gunzip,
  gunzipSync,
  inflateRawSync,
  inflateSync,
} from 'node:zlib';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { charsetOf } from '../../core/ingest/decode.js';
import type { SourceUnit } from '../../core/ingest/source-unit.js';
import { type Issue, issue, type Origin } from '../../core/issues.js';
import { type Entry, reasonOf } from './walk.js';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** What this module reads of HTTP headers (warcio gives `Headers` or its own multi-map). */
interface HeaderLookup {
  get(name: string): string | null | undefined;
}

/**
 * The HTML pages of a WARC (plain, or gzipped per record or as a whole), streamed record by record: each
 * `response` (status 200) or `resource` record holding HTML becomes a document unit with its target URI,
 * WARC-Date and HTTP charset; other records are `skipped` units with a count-only issue; a truncated or
 * corrupt file ends with an `invalid_warc` failure. Unit sizes add up to the bytes read from `chunks`.
 */
export async function* warcUnits(
  chunks: AsyncIterable<Uint8Array>,
  base: { path: string; id: string; limit: number; total?: number },
): AsyncGenerator<SourceUnit> {
  let consumed = 0;
  let reported = 0;
  const counted = (async function* () {
    for await (const chunk of chunks) {
      consumed += chunk.length;
      yield chunk;
    }
  })();
  const settle = (unit: SourceUnit, upTo: number): SourceUnit => {
    const size = Math.max(0, upTo - reported);
    reported += size;
    return { ...unit, size };
  };
  const source = gunzipIfNeeded(counted);
  const parser = new WARCParser(new AsyncIterReader(source, null));
  let pending: SourceUnit | undefined;
  try {
    try {
      for await (const record of parser) {
        if (pending) yield settle(pending, consumed);
        pending = undefined; // yielded: a failure below must not yield it again
        pending = await recordUnit(record, { path: base.path, offset: parser.offset }, base);
        if (pending.kind === 'failure' && pending.issue.code === 'invalid_warc') break;
      }
    } catch (error) {
      if (pending) yield settle(pending, consumed);
      const origin = consumed > 0 ? { path: base.path, offset: parser.offset } : { path: base.path };
      // a system error (the file vanished) is unreadable input; anything else is a broken WARC or gzip stream
      const code = error instanceof Error && 'syscall' in error ? 'read_failed' : 'invalid_warc';
      pending = failure(issue(code, 'error', origin, { reason: reasonOf(error) }));
    }
    const end = Math.max(base.total ?? 0, consumed);
    yield settle(pending ?? failure(issue('empty_input', 'error', { path: base.path })), end);
  } finally {
    // reading may stop before the end (a corrupt record, a consumer that stops): close the input
    await source.return(undefined);
  }
}

/** The byte stream, gunzipped when it starts with the gzip magic (Node reads concatenated members too). */
async function* gunzipIfNeeded(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  let gunzip: Gunzip | undefined;
  try {
    const first = await iterator.next();
    if (first.done) return;
    const all = (async function* () {
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    })();
    if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
      yield* all;
      return;
    }
    gunzip = createGunzip();
    pipeline(Readable.from(all), gunzip, () => {});
    yield* gunzip;
  } finally {
    gunzip?.destroy();
    await iterator.return?.();
  }
}

/** One record as a unit: a page, a skip with its reason, or a failure. Reads the record's payload. */
async function recordUnit(
  record: WARCRecord,
  at: { path: string; offset: number },
  base: { id: string; limit: number },
): Promise<SourceUnit> {
  const type = record.warcType as string | null;
  if (!record.warcHeaders.statusline.startsWith('WARC/')) {
    return failure(issue('invalid_warc', 'error', at, { reason: `no WARC record at offset ${at.offset}` }));
  }
  if (!type || !record.warcHeaders.headers.get('Content-Length')) {
    const reason = `incomplete record header at offset ${at.offset} (truncated file?)`;
    return failure(issue('invalid_warc', 'error', at, { reason }));
  }
  const uri = record.warcTargetURI;
  const crawled = record.warcDate;
  const origin: Origin = { ...at, ...(uri ? { uri } : {}), ...(crawled ? { crawled } : {}) };
  const truncated = (missing: number) => {
    const reason = `record ends ${missing} bytes early (truncated file?)`;
    return failure(issue('invalid_warc', 'error', origin, { reason }));
  };
  // a skipped record is still read to its end: warcio's own skipping never ends on a truncated file
  const skip = async (code: Issue['code'], params: Record<string, string | number>): Promise<SourceUnit> => {
    const missing = (await readPayload(record, 0)).missing;
    return missing > 0
      ? truncated(missing)
      : { kind: 'skipped', issue: issue(code, 'info', origin, params), size: 0 };
  };
  if (type !== 'response' && type !== 'resource') return skip('record_not_page', { type });
  const http =
    type === 'response' && (record.warcContentType ?? 'application/http').startsWith('application/http');
  if (type === 'response' && !http)
    return skip('record_not_html', { contentType: mimeOf(record.warcContentType) });
  const headers = http ? record.httpHeaders?.headers : undefined;
  const status = http ? Number(record.httpHeaders?.statusCode) : 200;
  if (status !== 200) return skip('record_http_status', { status: Number.isNaN(status) ? '?' : status });
  const contentType = http ? (headers?.get('content-type') ?? undefined) : record.warcContentType;
  const mime = mimeOf(contentType);
  if (mime && !HTML_TYPES.has(mime)) return skip('record_not_html', { contentType: mime });
  const read = await readPayload(record, base.limit);
  if (read.missing > 0) return truncated(read.missing);
  if (!read.bytes)
    return failure(issue('file_too_large', 'error', origin, { size: read.size, limit: base.limit }));
  const bytes = await decodeContent(read.bytes, headers, base.limit);
  if (!bytes) {
    // decoding stops at the limit, so the decoded size is only known to exceed it
    const params = { size: base.limit + 1, limit: base.limit, encoding: contentEncoding(headers) };
    return failure(issue('file_too_large', 'error', origin, params));
  }
  if (!mime && !looksLikeHtml(bytes)) return skip('record_not_html', { contentType: '(none)' });
  const charset = charsetOf(contentType);
  return {
    kind: 'document',
    origin,
    id: `${base.id}@${at.offset}`,
    format: 'html',
    bytes,
    size: 0,
    ...(charset ? { charset } : {}),
  };
}

/** The record's payload, kept up to `limit` bytes (always read to its end), and how many bytes it lacks. */
async function readPayload(
  record: WARCRecord,
  limit: number,
): Promise<{ bytes?: Uint8Array; size: number; missing: number }> {
  const reader = record.reader;
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of reader) {
    size += chunk.length;
    if (size <= limit) kept.push(chunk);
    else kept.length = 0;
  }
  const missing = reader instanceof LimitReader ? Math.max(0, reader.limit) : 0;
  return size <= limit ? { bytes: Buffer.concat(kept, size), size, missing } : { size, missing };
}

/**
 * The HTTP body without its transfer and content encodings; left as stored when it does not decode, and
 * undefined when its decoded size exceeds `limit`.
 */
async function decodeContent(
  body: Uint8Array,
  headers: HeaderLookup | undefined,
  limit: number,
): Promise<Uint8Array | undefined> {
  if (!headers) return body;
  let bytes = body;
  if (headers.get('transfer-encoding')?.toLowerCase().includes('chunked')) {
    bytes = await new AsyncIterReader([bytes], null, true).readFully();
  }
  const encoding = contentEncoding(headers);
  const options = { maxOutputLength: limit };
  const attempts: Array<(input: Uint8Array) => Uint8Array> =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? [(input) => gunzipSync(input, options)]
      : encoding === 'deflate'
        ? [(input) => inflateSync(input, options), (input) => inflateRawSync(input, options)]
        : encoding === 'br'
          ? [(input) => brotliDecompressSync(input, options)]
          : [];
  for (const attempt of attempts) {
    try {
      return attempt(bytes);
    } catch (error) {
      if (isSizeLimitError(error)) return undefined;
      // a format error: crawlers often store the decoded body but keep the header, so try the next reading,
      // else keep the body as stored
    }
  }
  return bytes;
}

function contentEncoding(headers: HeaderLookup | undefined): string {
  return headers?.get('content-encoding')?.trim().toLowerCase() ?? '';
}

/** zlib's error when the output would pass `maxOutputLength`. */
function isSizeLimitError(error: unknown): boolean {
  return (
    error instanceof RangeError ||
    (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')
  );
}

function mimeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A body without a Content-Type is HTML when its first non-blank characters open a tag. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml');
}

function failure(item: Issue): SourceUnit {
  return { kind: 'failure', issue: item, size: 0 };
}

/** A WARC file's pages, streamed (see warcUnits); ids are `<file id>@<record offset>`. */
export async function* streamWarc(
  entry: Extract<Entry, { kind: 'file' }>,
  limit: number,
): AsyncGenerator<SourceUnit> {
  const stream = createReadStream(entry.file, { highWaterMark: 1 << 20 });
  try {
    yield* warcUnits(stream, { path: entry.originPath, id: entry.id, limit, total: entry.size });
  } finally {
    stream.destroy();
  }
}
