import type { FileKind } from '../../core/ingest/index.js';
import type { SourcePlan, SourceUnit } from '../../core/ingest/source-unit.js';
import { issue } from '../../core/issues.js';
import { readDocument, streamRecords } from './read.js';
import { stdinUnits } from './stdin.js';
import { type Entry, resolveInput } from './walk.js';
import { streamWarc } from './warc.js';

export interface FileSourceOptions {
  /** Folder that relative inputs and globs are resolved against. */
  cwd: string;
  /** Read when an input is "-". */
  stdin?: NodeJS.ReadableStream;
  /** Largest document (text, HTML, JSON file, or one JSONL line) to read, in bytes; default 20 MB. */
  maxDocumentBytes?: number;
  /** Format of stdin and of files whose extension says nothing; sniffed from stdin when absent. */
  format?: FileKind;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Plan the reading of files, folders (recursive, hidden entries skipped), globs and "-" (stdin).
 * Inputs are expanded up front, so `totalBytes` is known unless stdin is read; units are then streamed.
 * @example const plan = await openFileSources(['corpus/', 'extra/*.jsonl.gz'], { cwd: process.cwd() })
 */
export async function openFileSources(inputs: string[], options: FileSourceOptions): Promise<SourcePlan> {
  const entries: Entry[] = [];
  const planned = new Set<string>();
  for (const input of inputs) {
    for (const entry of await resolveInput(input, options.cwd, options.format)) {
      // overlapping inputs ("corpus corpus/de") read each file once, under the first input's id
      if (entry.kind === 'file' && planned.has(entry.file)) continue;
      if (entry.kind === 'file') planned.add(entry.file);
      entries.push(entry);
    }
  }
  const fromStdin = entries.some((entry) => entry.kind === 'stdin');
  const totalBytes = fromStdin
    ? null
    : entries.reduce((sum, entry) => sum + ('size' in entry ? entry.size : 0), 0);
  return { totalBytes, units: readEntries(entries, options) };
}

async function* readEntries(entries: Entry[], options: FileSourceOptions): AsyncGenerator<SourceUnit> {
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  let stdinRead = false;
  for (const entry of entries) {
    if (entry.kind === 'failure') {
      yield { kind: 'failure', issue: entry.issue, size: entry.size };
      continue;
    }
    if (entry.kind === 'stdin') {
      // "-" given twice would read an already drained stream
      if (stdinRead) continue;
      stdinRead = true;
      if (options.stdin) yield* stdinUnits(options.stdin, { limit, format: options.format });
      else
        yield {
          kind: 'failure',
          size: 0,
          issue: issue('read_failed', 'error', { path: '-' }, { reason: 'no stdin' }),
        };
      continue;
    }
    const format = entry.format;
    if (format === 'warc') yield* streamWarc(entry, limit);
    else if (format === 'jsonl') yield* streamRecords(entry, limit);
    else yield await readDocument({ ...entry, format }, limit);
  }
}
