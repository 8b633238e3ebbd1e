import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseUnit } from '../../core/ingest/index.js';
import type { SourcePlan } from '../../core/ingest/source-unit.js';
import { type FileSourceOptions, openFileSources } from './index.js';

let cwd: string;

/** Write files (string or bytes) under the temp folder, creating parent folders. */
function files(tree: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true });
    writeFileSync(path.join(cwd, name), content);
  }
}

/** Units of a plan, with bytes shown as text so whole outputs read well. */
async function read(plan: SourcePlan) {
  const units = [];
  for await (const unit of plan.units)
    units.push('bytes' in unit ? { ...unit, bytes: Buffer.from(unit.bytes).toString() } : unit);
  return units;
}

async function open(inputs: string[], options: Partial<FileSourceOptions> = {}) {
  const plan = await openFileSources(inputs, { cwd, ...options });
  return { totalBytes: plan.totalBytes, units: await read(plan) };
}

const size = (name: string) => statSync(path.join(cwd, name)).size;

beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'parallax-source-'));
  files({
    'corpus/de/sturm.txt': 'Sturm über Hamburg',
    'corpus/de/.draft.txt': 'hidden file',
    'corpus/.git/config.txt': 'hidden folder',
    'corpus/fr/pluie.html': '<p>Il pleut.</p>',
    'corpus/fr/photo.jpg': 'not an article',
    'corpus/wire.jsonl': '{"text":"One."}\r\n\r\n{"text":"Two."}',
    'corpus/zipped/brief.txt.gz': gzipSync('Kurz gemeldet.'),
    'corpus/zipped/feed.jsonl.gz': gzipSync('{"text":"A."}\n\n{"text":"B."}\n'),
  });
});

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('openFileSources', () => {
  test('walks a folder recursively in sorted order, skipping hidden entries and reporting unknown kinds', async () => {
    const plan = await open(['corpus/']);
    expect(plan.units).toEqual([
      {
        kind: 'document',
        origin: { path: 'corpus/de/sturm.txt' },
        id: 'de/sturm.txt',
        format: 'text',
        bytes: 'Sturm über Hamburg',
        size: 19,
      },
      {
        kind: 'failure',
        issue: {
          code: 'unsupported_format',
          severity: 'error',
          origin: { path: 'corpus/fr/photo.jpg' },
          params: { extension: '.jpg' },
        },
        size: 14,
      },
      {
        kind: 'document',
        origin: { path: 'corpus/fr/pluie.html' },
        id: 'fr/pluie.html',
        format: 'html',
        bytes: '<p>Il pleut.</p>',
        size: 16,
      },
      {
        kind: 'record',
        origin: { path: 'corpus/wire.jsonl', line: 1 },
        id: 'wire.jsonl',
        bytes: '{"text":"One."}',
        size: 17,
      },
      {
        kind: 'record',
        origin: { path: 'corpus/wire.jsonl', line: 3 },
        id: 'wire.jsonl',
        bytes: '{"text":"Two."}',
        size: 17,
      },
      {
        kind: 'document',
        origin: { path: 'corpus/zipped/brief.txt.gz' },
        id: 'zipped/brief.txt.gz',
        format: 'text',
        bytes: 'Kurz gemeldet.',
        size: size('corpus/zipped/brief.txt.gz'),
      },
      {
        kind: 'record',
        origin: { path: 'corpus/zipped/feed.jsonl.gz', line: 1 },
        id: 'zipped/feed.jsonl.gz',
        bytes: '{"text":"A."}',
        size: expect.any(Number),
      },
      {
        kind: 'record',
        origin: { path: 'corpus/zipped/feed.jsonl.gz', line: 3 },
        id: 'zipped/feed.jsonl.gz',
        bytes: '{"text":"B."}',
        size: expect.any(Number),
      },
    ]);
    const onDisk = [
      'de/sturm.txt',
      'fr/photo.jpg',
      'fr/pluie.html',
      'wire.jsonl',
      'zipped/brief.txt.gz',
      'zipped/feed.jsonl.gz',
    ];
    expect(plan.totalBytes).toBe(onDisk.reduce((sum, name) => sum + size(`corpus/${name}`), 0));
    expect(plan.units.reduce((sum, unit) => sum + unit.size, 0)).toBe(plan.totalBytes);
  });

  test('names a file given directly by its file name, reads it once, and expands globs relative to their base', async () => {
    const direct = await open(['corpus/de/sturm.txt', 'corpus/de/sturm.txt']);
    expect(direct.units.map((u) => ('id' in u ? u.id : u.kind))).toEqual(['sturm.txt']);
    const globbed = await open(['corpus/**/*.{txt,html}']);
    expect(globbed.units.map((u) => ('id' in u ? [u.id, u.origin.path] : u.kind))).toEqual([
      ['de/sturm.txt', 'corpus/de/sturm.txt'],
      ['fr/pluie.html', 'corpus/fr/pluie.html'],
    ]);
  });

  test('reports a missing path, a glob matching nothing and an explicit unknown kind, and reads the rest', async () => {
    const plan = await open(['nowhere.txt', 'corpus/*.pdf', 'corpus/fr/photo.jpg', 'corpus/de/sturm.txt']);
    expect(
      plan.units.map((u) => (u.kind === 'failure' ? [u.issue.code, u.issue.origin.path] : u.kind)),
    ).toEqual([
      ['path_not_found', 'nowhere.txt'],
      ['path_not_found', 'corpus/*.pdf'],
      ['unsupported_format', 'corpus/fr/photo.jpg'],
      'document',
    ]);
  });

  test('reads files of unknown kind in the format the options give', async () => {
    const plan = await open(['corpus/fr/photo.jpg'], { format: 'text' });
    expect(plan.units).toEqual([
      {
        kind: 'document',
        origin: { path: 'corpus/fr/photo.jpg' },
        id: 'photo.jpg',
        format: 'text',
        bytes: 'not an article',
        size: 14,
      },
    ]);
  });

  test('reports a 50 MB text file as too large from its size alone, without reading it', async () => {
    files({ 'big/huge.txt': Buffer.alloc(50 * 1024 * 1024, 'news line\n') });
    const plan = await openFileSources(['big/huge.txt'], { cwd });
    // deleted after planning: any attempt to read it would surface as read_failed
    rmSync(path.join(cwd, 'big/huge.txt'));
    expect(await read(plan)).toEqual([
      {
        kind: 'failure',
        issue: {
          code: 'file_too_large',
          severity: 'error',
          origin: { path: 'big/huge.txt' },
          params: { size: 52428800, limit: 20971520 },
        },
        size: 52428800,
      },
    ]);
  });

  test('reports a gzipped document over the limit with its real unpacked size', async () => {
    files({ 'gz/long.html.gz': gzipSync(`<p>${'x'.repeat(5000)}</p>`) });
    const [unit] = (await open(['gz/long.html.gz'], { maxDocumentBytes: 1000 })).units;
    expect(unit).toEqual({
      kind: 'failure',
      issue: {
        code: 'file_too_large',
        severity: 'error',
        origin: { path: 'gz/long.html.gz' },
        params: { size: 5007, limit: 1000 },
      },
      size: size('gz/long.html.gz'),
    });
  });

  test('streams JSONL as raw line bytes: a too-long line fails alone, invalid UTF-8 reaches the core intact', async () => {
    const long = `{"text":"${'y'.repeat(200)}"}`;
    files({
      'lines/mixed.jsonl': Buffer.concat([
        Buffer.from(`{"text":"ok"}\n${long}\n{"text":"caf`),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
      ]),
    });
    const plan = await openFileSources(['lines/mixed.jsonl'], { cwd, maxDocumentBytes: 100 });
    const parsed = [];
    let bytes = 0;
    for await (const unit of plan.units) {
      bytes += unit.size;
      const { articles, issues } = parseUnit(unit);
      parsed.push(...articles.map((a) => a.text), ...issues.map((i) => [i.code, i.origin.line, i.params]));
    }
    expect(parsed).toEqual([
      'ok',
      ['file_too_large', 2, { size: long.length, limit: 100 }],
      ['invalid_encoding', 3, { encoding: 'utf-8', reason: 'invalid byte 0xE9 at offset 12' }],
    ]);
    expect(bytes).toBe(size('lines/mixed.jsonl'));
  });

  test('reports an empty JSONL file and a file that vanished before reading', async () => {
    files({ 'edge/empty.jsonl': '\n\n', 'edge/gone.txt': 'soon deleted' });
    const plan = await openFileSources(['edge/empty.jsonl', 'edge/gone.txt'], { cwd });
    rmSync(path.join(cwd, 'edge/gone.txt'));
    expect(
      (await read(plan)).map((u) => (u.kind === 'failure' ? [u.issue.code, u.issue.params, u.size] : u.kind)),
    ).toEqual([
      ['empty_input', undefined, 2],
      ['read_failed', { reason: 'ENOENT: no such file or directory' }, 12],
    ]);
  });
});
