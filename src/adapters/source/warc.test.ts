import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWarc, type TestRecord } from '../../../test/fixtures/warc.js';
import { decodeWith } from '../../core/ingest/codecs.js';
import type { SourceUnit } from '../../core/ingest/source-unit.js';
import { openFileSources } from './index.js';
import { warcUnits } from './warc.js';

const GERMAN =
  '<html lang="de"><body><article><p>Die Fähre „Nordlys“ ist sicher in Brekka angekommen.</p></article></body></html>';
/** "<p>Café crème – 5 €</p>" in windows-1252. */
const FRENCH = Buffer.concat([
  Buffer.from('<html lang="fr"><body><p>Caf\xe9 cr\xe8me ', 'latin1'),
  Buffer.from([0x96]),
  Buffer.from(' 5 ', 'latin1'),
  Buffer.from([0x80]),
  Buffer.from('</p></body></html>', 'latin1'),
]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

const CRAWL: TestRecord[] = [
  { type: 'warcinfo' },
  {
    type: 'request',
    url: 'https://news.example/de/faehre',
    status: 'GET /de/faehre HTTP/1.1',
    headers: { Host: 'news.example' },
  },
  {
    type: 'response',
    url: 'https://news.example/de/faehre',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: GERMAN,
  },
  {
    type: 'response',
    url: 'https://news.example/fr/cafe',
    date: '2024-06-14T08:30:00Z',
    headers: { 'Content-Type': 'text/html; charset=windows-1252' },
    body: FRENCH,
  },
  {
    type: 'response',
    url: 'https://news.example/logo.png',
    headers: { 'Content-Type': 'image/png' },
    body: PNG,
  },
  {
    type: 'response',
    url: 'https://news.example/site.css',
    headers: { 'Content-Type': 'text/css' },
    body: 'p { margin: 0 }',
  },
  { type: 'revisit', url: 'https://news.example/de/faehre', headers: { 'Content-Type': 'text/html' } },
  {
    type: 'response',
    url: 'https://news.example/gone',
    status: 'HTTP/1.1 404 Not Found',
    headers: { 'Content-Type': 'text/html' },
    body: '<p>Not found</p>',
  },
  {
    type: 'metadata',
    url: 'https://news.example/de/faehre',
    contentType: 'application/warc-fields',
    body: 'outlink: https://news.example/\r\n',
  },
  {
    type: 'resource',
    url: 'file:///archive/brief.html',
    contentType: 'text/html',
    body: '<p>Kurz gemeldet.</p>',
  },
];

let cwd: string;
let plain: Buffer;

beforeAll(async () => {
  cwd = mkdtempSync(path.join(tmpdir(), 'parallax-warc-'));
  plain = await buildWarc(CRAWL, { gzip: false });
  mkdirSync(path.join(cwd, 'crawl'));
  writeFileSync(path.join(cwd, 'crawl.warc'), plain);
  writeFileSync(path.join(cwd, 'crawl/records.warc.gz'), await buildWarc(CRAWL, { gzip: true }));
  writeFileSync(path.join(cwd, 'crawl/whole.warc.gz'), gzipSync(plain));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Units of inputs, pages shown as text decoded with their declared charset. */
async function units(inputs: string[], maxDocumentBytes?: number) {
  const plan = await openFileSources(inputs, { cwd, ...(maxDocumentBytes ? { maxDocumentBytes } : {}) });
  const shown: unknown[] = [];
  let size = 0;
  for await (const unit of plan.units) {
    size += unit.size;
    shown.push(show(unit));
  }
  return { units: shown, size, totalBytes: plan.totalBytes };
}

function show(unit: SourceUnit) {
  if (unit.kind !== 'document') return { ...unit, size: undefined };
  const { bytes, size, ...rest } = unit;
  return { ...rest, html: decodeWith(unit.charset?.toLowerCase() ?? 'utf-8', false, bytes) };
}

describe('WARC files', () => {
  test('yield each HTML response and resource as a page with its URI, crawl date and HTTP charset; other records are skipped with their reason', async () => {
    const read = await units(['crawl/records.warc.gz']);
    const page = (offset: number) => ({ path: 'crawl/records.warc.gz', offset });
    const at = (offset: number, uri: string, crawled = '2024-06-13T10:00:00Z') => ({
      ...page(offset),
      uri,
      crawled,
    });
    const skipped = (code: string, origin: object, params: object) => ({
      kind: 'skipped',
      issue: { code, severity: 'info', origin, params },
      size: undefined,
    });
    expect(read.units).toEqual([
      skipped('record_not_page', { ...page(0), crawled: '2024-06-13T10:00:00Z' }, { type: 'warcinfo' }),
      skipped('record_not_page', at(237, 'https://news.example/de/faehre'), { type: 'request' }),
      {
        kind: 'document',
        origin: at(722, 'https://news.example/de/faehre'),
        id: 'records.warc.gz@722',
        format: 'html',
        charset: 'utf-8',
        html: GERMAN,
      },
      {
        kind: 'document',
        origin: at(1341, 'https://news.example/fr/cafe', '2024-06-14T08:30:00Z'),
        id: 'records.warc.gz@1341',
        format: 'html',
        charset: 'windows-1252',
        html: '<html lang="fr"><body><p>Café crème – 5 €</p></body></html>',
      },
      skipped('record_not_html', at(1905, 'https://news.example/logo.png'), { contentType: 'image/png' }),
      skipped('record_not_html', at(2400, 'https://news.example/site.css'), { contentType: 'text/css' }),
      skipped('record_not_page', at(2897, 'https://news.example/de/faehre'), { type: 'revisit' }),
      skipped('record_http_status', at(3366, 'https://news.example/gone'), { status: 404 }),
      skipped('record_not_page', at(3868, 'https://news.example/de/faehre'), { type: 'metadata' }),
      {
        kind: 'document',
        origin: at(4329, 'file:///archive/brief.html'),
        id: 'records.warc.gz@4329',
        format: 'html',
        html: '<p>Kurz gemeldet.</p>',
      },
    ]);
    expect(read.size).toBe(statSync(path.join(cwd, 'crawl/records.warc.gz')).size);
  });

  test('read alike whether plain, gzipped per record or gzipped whole, also when found in a folder', async () => {
    const pages = async (inputs: string[]) =>
      (await units(inputs)).units.map((unit) => {
        const { origin, ...rest } = unit as {
          origin?: { path: string };
          issue?: { origin: { path: string } };
        };
        return {
          ...rest,
          origin: { ...(origin ?? rest.issue?.origin), path: undefined },
          id: undefined,
          issue: undefined,
        };
      });
    const [records, whole, flat] = [
      await pages(['crawl/records.warc.gz']),
      await pages(['crawl/whole.warc.gz']),
      await pages(['crawl.warc']),
    ];
    expect(whole).toEqual(records);
    expect(flat).toEqual(records);
    const folder = await units(['crawl']);
    expect(
      folder.units
        .filter((u) => (u as { kind: string }).kind === 'document')
        .map((u) => (u as { id: string }).id),
    ).toEqual([
      'records.warc.gz@722',
      'records.warc.gz@1341',
      'records.warc.gz@4329',
      'whole.warc.gz@722',
      'whole.warc.gz@1341',
      'whole.warc.gz@4329',
    ]);
    expect(folder.size).toBe(folder.totalBytes);
  });

  test('report a truncated file after the records before the cut, plain or gzipped', async () => {
    const gz = await buildWarc(CRAWL.slice(0, 4), { gzip: true });
    writeFileSync(path.join(cwd, 'cut.warc'), plain.subarray(0, 1800));
    writeFileSync(path.join(cwd, 'cut-header.warc'), plain.subarray(0, 1500));
    writeFileSync(path.join(cwd, 'cut-image.warc'), plain.subarray(0, 2390));
    writeFileSync(path.join(cwd, 'cut.warc.gz'), gz.subarray(0, gz.length - 40));
    const summary = async (input: string) =>
      (await units([input])).units.map((unit) => {
        const { kind, issue, id } = unit as {
          kind: string;
          id?: string;
          issue?: { code: string; origin: object; params: object };
        };
        return kind === 'document' ? id : [issue?.code, issue?.params, issue?.origin];
      });
    expect(await summary('cut.warc')).toEqual([
      [
        'record_not_page',
        { type: 'warcinfo' },
        { path: 'cut.warc', offset: 0, crawled: '2024-06-13T10:00:00Z' },
      ],
      ['record_not_page', { type: 'request' }, expect.objectContaining({ offset: 237 })],
      'cut.warc@722',
      [
        'invalid_warc',
        { reason: 'record ends 101 bytes early (truncated file?)' },
        {
          path: 'cut.warc',
          offset: 1341,
          uri: 'https://news.example/fr/cafe',
          crawled: '2024-06-14T08:30:00Z',
        },
      ],
    ]);
    expect((await summary('cut-header.warc')).at(-1)).toEqual([
      'invalid_warc',
      { reason: 'incomplete record header at offset 1341 (truncated file?)' },
      { path: 'cut-header.warc', offset: 1341 },
    ]);
    // regression: warcio's own skipping of a cut record never ends
    expect((await summary('cut-image.warc')).at(-1)).toEqual([
      'invalid_warc',
      { reason: 'record ends 6 bytes early (truncated file?)' },
      {
        path: 'cut-image.warc',
        offset: 1905,
        uri: 'https://news.example/logo.png',
        crawled: '2024-06-13T10:00:00Z',
      },
    ]);
    expect(await summary('cut.warc.gz')).toEqual([
      ['record_not_page', { type: 'warcinfo' }, expect.objectContaining({ offset: 0 })],
      ['record_not_page', { type: 'request' }, expect.objectContaining({ offset: 237 })],
      'cut.warc.gz@722',
      ['invalid_warc', { reason: 'unexpected end of file' }, { path: 'cut.warc.gz', offset: 1341 }],
    ]);
  });

  test('report a file that is not a WARC, an empty one, and a page over the size limit', async () => {
    writeFileSync(path.join(cwd, 'notes.warc'), 'Just some notes\nabout a crawl\n');
    writeFileSync(path.join(cwd, 'empty.warc.gz'), '');
    const read = await units(['notes.warc', 'empty.warc.gz']);
    const big = await units(['crawl.warc'], 100);
    expect([...read.units, ...big.units.filter((u) => (u as { kind: string }).kind === 'failure')]).toEqual([
      {
        kind: 'failure',
        issue: {
          code: 'invalid_warc',
          severity: 'error',
          origin: { path: 'notes.warc', offset: 0 },
          params: { reason: 'no WARC record at offset 0' },
        },
        size: undefined,
      },
      {
        kind: 'failure',
        issue: { code: 'empty_input', severity: 'error', origin: { path: 'empty.warc.gz' } },
        size: undefined,
      },
      {
        kind: 'failure',
        issue: {
          code: 'file_too_large',
          severity: 'error',
          origin: {
            path: 'crawl.warc',
            offset: 722,
            uri: 'https://news.example/de/faehre',
            crawled: '2024-06-13T10:00:00Z',
          },
          params: { size: 119, limit: 100 },
        },
        size: undefined,
      },
    ]);
  });

  test('read from stdin with --format warc, ids prefixed by "stdin"', async () => {
    const plan = await openFileSources(['-'], { cwd, stdin: Readable.from([plain]), format: 'warc' });
    const ids: string[] = [];
    for await (const unit of plan.units)
      if (unit.kind === 'document') ids.push(`${unit.id} ${unit.origin.uri}`);
    expect(ids).toEqual([
      'stdin@722 https://news.example/de/faehre',
      'stdin@1341 https://news.example/fr/cafe',
      'stdin@4329 file:///archive/brief.html',
    ]);
  });

  test('undo chunked transfer and gzip content encoding of a stored HTTP body', async () => {
    const zipped = gzipSync(GERMAN);
    const chunked = Buffer.concat([
      Buffer.from(`${zipped.length.toString(16)}\r\n`),
      zipped,
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const headers = {
      'Content-Type': 'text/html; charset=UTF-8',
      'Content-Encoding': 'gzip',
      'Transfer-Encoding': 'chunked',
    };
    writeFileSync(
      path.join(cwd, 'encoded.warc'),
      await buildWarc([{ type: 'response', url: 'https://news.example/z', headers, body: chunked }], {
        gzip: false,
      }),
    );
    expect((await units(['encoded.warc'])).units).toEqual([
      {
        kind: 'document',
        origin: {
          path: 'encoded.warc',
          offset: 0,
          uri: 'https://news.example/z',
          crawled: '2024-06-13T10:00:00Z',
        },
        id: 'encoded.warc@0',
        format: 'html',
        charset: 'UTF-8',
        html: GERMAN,
      },
    ]);
  });

  test('report a compressed body that decodes past the size limit, and keep one stored already decoded', async () => {
    const long = `<html><body>${'<p>Die Fähre ist angekommen.</p>'.repeat(100)}</body></html>`;
    const record = (name: string, encoding: string, body: string | Uint8Array): TestRecord => ({
      type: 'response',
      url: `https://news.example/${name}`,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': encoding },
      body,
    });
    const records = [
      record('gzip', 'gzip', gzipSync(long)),
      record('deflate', 'deflate', deflateSync(long)),
      record('br', 'br', brotliCompressSync(long)),
      record('stored', 'gzip', GERMAN),
    ];
    writeFileSync(path.join(cwd, 'bombs.warc'), await buildWarc(records, { gzip: false }));
    const read = await units(['bombs.warc'], 1000);
    expect(
      read.units.map((unit) => {
        const { kind, issue, origin, html } = unit as {
          kind: string;
          issue?: { code: string; origin: { uri: string }; params: object };
          origin?: { uri: string };
          html?: string;
        };
        return kind === 'document' ? [origin?.uri, html] : [issue?.origin.uri, issue?.code, issue?.params];
      }),
    ).toEqual([
      ['https://news.example/gzip', 'file_too_large', { size: 1001, limit: 1000, encoding: 'gzip' }],
      ['https://news.example/deflate', 'file_too_large', { size: 1001, limit: 1000, encoding: 'deflate' }],
      ['https://news.example/br', 'file_too_large', { size: 1001, limit: 1000, encoding: 'br' }],
      ['https://news.example/stored', GERMAN],
    ]);
  });

  test('close the input when reading stops early: at a corrupt record, or when the consumer stops', async () => {
    const crawl = await buildWarc(CRAWL.slice(0, 3), { gzip: false });
    const corrupt = Buffer.concat([crawl, Buffer.from('GET / HTTP/1.1\r\n\r\n'), crawl]);
    /** The bytes in 100-byte chunks, noting whether the reader closed the source. */
    const source = (bytes: Buffer) => {
      const state = { closed: false, read: 0 };
      const chunks = (async function* () {
        try {
          for (let at = 0; at < bytes.length; at += 100) {
            state.read = at + 100;
            yield bytes.subarray(at, at + 100);
          }
        } finally {
          state.closed = true;
        }
      })();
      return { state, chunks };
    };
    const base = { path: 'crawl.warc', id: 'crawl.warc', limit: 1 << 20 };
    const broken = source(corrupt);
    const codes: string[] = [];
    for await (const unit of warcUnits(broken.chunks, base))
      codes.push('issue' in unit ? unit.issue.code : unit.id);
    // an image of noise after the page: gzip cannot shrink it, so the file is far longer than what is read
    const noise = new Uint8Array(100_000);
    for (let i = 0, seed = 1; i < noise.length; i++) {
      seed = (seed * 48271) % 2147483647;
      noise[i] = seed & 0xff;
    }
    const image = {
      type: 'resource',
      url: 'https://news.example/noise.png',
      contentType: 'image/png',
    } as const;
    const long = gzipSync(
      await buildWarc([...CRAWL.slice(0, 3), { ...image, body: noise }], { gzip: false }),
    );
    const zipped = source(long);
    for await (const unit of warcUnits(zipped.chunks, base)) if (unit.kind === 'document') break;
    expect({ codes, broken: broken.state, zipped: zipped.state }).toEqual({
      codes: ['record_not_page', 'record_not_page', 'crawl.warc@722', 'invalid_warc'],
      broken: { closed: true, read: expect.toSatisfy((read: number) => read < corrupt.length) },
      zipped: { closed: true, read: expect.toSatisfy((read: number) => read < long.length) },
    });
  });
});
