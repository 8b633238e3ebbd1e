import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { SourceUnit } from '../../core/ingest/source-unit.js';
import { issue, type Origin } from '../../core/issues.js';
import type { InputFormat } from '../../core/types.js';
import { splitLines } from './lines.js';
import type { Entry } from './walk.js';
import { reasonOf } from './walk.js';

type FileEntry = Extract<Entry, { kind: 'file' }>;

/** A whole document file as one unit: too large, unreadable, or its bytes (gunzipped). */
export async function readDocument(
  entry: FileEntry & { format: InputFormat },
  limit: number,
): Promise<SourceUnit> {
  const origin = { path: entry.originPath };
  const tooLarge = (size: number): SourceUnit => ({
    kind: 'failure',
    size: entry.size,
    issue: issue('file_too_large', 'error', origin, { size, limit }),
  });
  if (!entry.gzip && entry.size > limit) return tooLarge(entry.size);
  try {
    const read = entry.gzip
      ? await gunzipBounded(entry.file, limit)
      : { bytes: await readFile(entry.file), size: 0 };
    if (!read.bytes) return tooLarge(read.size);
    return {
      kind: 'document',
      origin,
      id: entry.id,
      format: entry.format,
      bytes: read.bytes,
      size: entry.size,
    };
  } catch (error) {
    return readFailed(origin, error, entry.size);
  }
}

/** Gunzip a file, keeping at most `limit` bytes; past that only count, so the reported size is true. */
async function gunzipBounded(file: string, limit: number): Promise<{ bytes?: Uint8Array; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of openStream(file, true).stream) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
    else chunks.length = 0;
  }
  return size <= limit ? { bytes: Buffer.concat(chunks, size), size } : { size };
}

/**
 * A JSONL file as one `record` unit per non-blank line, streamed with bounded memory.
 * Unit sizes add up to the file's size on disk (compressed bytes for .gz), so progress ends at 100 %.
 */
export async function* streamRecords(entry: FileEntry, limit: number): AsyncGenerator<SourceUnit> {
  const { stream, consumed } = openStream(entry.file, entry.gzip);
  yield* recordUnits(stream, { path: entry.originPath }, entry.id, limit, {
    position: (end) => (entry.gzip ? Math.min(consumed(), entry.size) : end),
    total: entry.size,
  });
}

/** Record units from any byte stream (file or stdin); `position` maps a line end to input bytes consumed. */
export async function* recordUnits(
  stream: AsyncIterable<Uint8Array>,
  base: Origin,
  id: string,
  limit: number,
  progress: { position: (end: number) => number; total?: number },
): AsyncGenerator<SourceUnit> {
  let pending: SourceUnit | undefined;
  let reported = 0;
  let last = 0;
  const settle = (unit: SourceUnit, upTo: number): SourceUnit => {
    const size = Math.max(0, upTo - reported);
    reported += size;
    return { ...unit, size };
  };
  try {
    for await (const line of splitLines(stream, limit)) {
      if (pending) yield settle(pending, last);
      last = progress.position(line.end);
      const origin = { ...base, line: line.number };
      pending =
        'tooLarge' in line
          ? {
              kind: 'failure',
              size: 0,
              issue: issue('file_too_large', 'error', origin, { size: line.tooLarge, limit }),
            }
          : { kind: 'record', origin, id, bytes: line.bytes, size: 0 };
    }
  } catch (error) {
    if (pending) yield settle(pending, last);
    pending = readFailed(base, error, 0);
  }
  const end = Math.max(progress.total ?? 0, last);
  yield settle(pending ?? { kind: 'failure', size: 0, issue: issue('empty_input', 'error', base) }, end);
}

function openStream(file: string, gzip: boolean): { stream: Readable; consumed: () => number } {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  let consumed = 0;
  if (!gzip) return { stream: source, consumed: () => consumed };
  source.on('data', (chunk) => {
    consumed += chunk.length;
  });
  return { stream: pipeline(source, createGunzip(), () => {}), consumed: () => consumed };
}

export function readFailed(origin: Origin, error: unknown, size: number): SourceUnit {
  return { kind: 'failure', size, issue: issue('read_failed', 'error', origin, { reason: reasonOf(error) }) };
}
