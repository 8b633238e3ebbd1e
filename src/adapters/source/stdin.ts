import type { FileKind } from '../../core/ingest/index.js';
import { sniffFormat } from '../../core/ingest/index.js';
import type { SourceUnit } from '../../core/ingest/source-unit.js';
import { issue } from '../../core/issues.js';
import type { InputFormat } from '../../core/types.js';
import { readFailed, recordUnits } from './read.js';
import { warcUnits } from './warc.js';

/** Origin of standard input: "-", as the user typed it. */
const ORIGIN: Readonly<{ path: string }> = Object.freeze({ path: '-' });
const ID = 'stdin';

/**
 * Standard input as units: streamed as JSONL records when its first line is a JSON object (or the format
 * says jsonl), otherwise buffered up to `limit` bytes as one document of the given or sniffed format.
 */
export async function* stdinUnits(
  stdin: NodeJS.ReadableStream,
  options: { limit: number; format?: FileKind | undefined },
): AsyncGenerator<SourceUnit> {
  const iterator = (stdin as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  try {
    while (headLength <= options.limit) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      const chunk = toBuffer(next.value);
      head.push(chunk);
      headLength += chunk.length;
      if (chunk.includes(0x0a)) break;
    }
  } catch (error) {
    yield readFailed(ORIGIN, error, headLength);
    return;
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    while (!ended) {
      const next = await iterator.next();
      if (next.done) return;
      yield toBuffer(next.value);
    }
  }
  const format = options.format ?? sniffFormat(Buffer.concat(head, headLength));
  if (format === 'jsonl') {
    yield* recordUnits(rest(), ORIGIN, ID, options.limit, { position: (end) => end });
    return;
  }
  if (format === 'warc') {
    yield* warcUnits(rest(), { path: ORIGIN.path, id: ID, limit: options.limit });
    return;
  }
  yield await bufferDocument(rest(), format, options.limit);
}

async function bufferDocument(
  chunks: AsyncIterable<Buffer>,
  format: InputFormat,
  limit: number,
): Promise<SourceUnit> {
  const kept: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size <= limit) kept.push(chunk);
      else kept.length = 0;
    }
  } catch (error) {
    return readFailed(ORIGIN, error, size);
  }
  if (size > limit)
    return { kind: 'failure', size, issue: issue('file_too_large', 'error', ORIGIN, { size, limit }) };
  return { kind: 'document', origin: ORIGIN, id: ID, format, bytes: Buffer.concat(kept, size), size };
}

function toBuffer(chunk: string | Uint8Array): Buffer {
  return typeof chunk === 'string'
    ? Buffer.from(chunk)
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}
