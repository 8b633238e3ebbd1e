import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { SourcePlan } from '../../core/ingest/source-unit.js';
import { type FileSourceOptions, openFileSources } from './index.js';

/** A plan for "-" with its units, bytes shown as text. */
async function open(chunks: Array<string | Buffer>, options: Partial<FileSourceOptions> = {}) {
  const stdin = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
  const plan: SourcePlan = await openFileSources(['-'], { cwd: '/', stdin, ...options });
  const units = [];
  for await (const unit of plan.units)
    units.push('bytes' in unit ? { ...unit, bytes: Buffer.from(unit.bytes).toString() } : unit);
  return { totalBytes: plan.totalBytes, units };
}

describe('openFileSources on stdin', () => {
  test('streams stdin as JSONL records when its first line is a JSON object', async () => {
    expect(await open(['{"text":"Eins."}\n{"te', 'xt":"Zwei."}\n'])).toEqual({
      totalBytes: null,
      units: [
        { kind: 'record', origin: { path: '-', line: 1 }, id: 'stdin', bytes: '{"text":"Eins."}', size: 17 },
        { kind: 'record', origin: { path: '-', line: 2 }, id: 'stdin', bytes: '{"text":"Zwei."}', size: 17 },
      ],
    });
  });

  test('buffers other stdin as one document of the sniffed or given format', async () => {
    const text = await open(['Breaking news\nMore lines']);
    const html = await open(['Not really <p>html</p>'], { format: 'html' });
    expect([...text.units, ...html.units]).toEqual([
      {
        kind: 'document',
        origin: { path: '-' },
        id: 'stdin',
        format: 'text',
        bytes: 'Breaking news\nMore lines',
        size: 24,
      },
      {
        kind: 'document',
        origin: { path: '-' },
        id: 'stdin',
        format: 'html',
        bytes: 'Not really <p>html</p>',
        size: 22,
      },
    ]);
  });

  test('reports stdin over the document limit as too large', async () => {
    expect((await open(['a'.repeat(60), '\nb'.repeat(30)], { maxDocumentBytes: 50 })).units).toEqual([
      {
        kind: 'failure',
        issue: {
          code: 'file_too_large',
          severity: 'error',
          origin: { path: '-' },
          params: { size: 120, limit: 50 },
        },
        size: 120,
      },
    ]);
  });

  test('reports "-" as unreadable when no stdin is given', async () => {
    const plan = await openFileSources(['-'], { cwd: '/' });
    expect(plan.totalBytes).toBeNull();
    const units = [];
    for await (const unit of plan.units) units.push(unit);
    expect(units).toEqual([
      {
        kind: 'failure',
        issue: {
          code: 'read_failed',
          severity: 'error',
          origin: { path: '-' },
          params: { reason: 'no stdin' },
        },
        size: 0,
      },
    ]);
  });
});
