import type { Issue, Origin } from '../issues.js';
import type { InputFormat } from '../types.js';

/**
 * One unit of input handed from a source adapter to the pure ingest stage.
 * A `document` is a whole file (text, HTML, JSON object or array) or one page of a WARC; a `record` is one
 * JSONL line; a `failure` is an input that could not be read at all (missing path, too large, unknown kind);
 * `skipped` is a part of a container left out by design (a WARC record that holds no page), with an `info` issue.
 */
export type SourceUnit =
  | {
      kind: 'document';
      origin: Origin;
      /** Article id for a single-article document; prefix for ids of records without their own. */
      id: string;
      format: InputFormat;
      bytes: Uint8Array;
      /** Bytes of input this unit accounts for (for progress). */
      size: number;
      /** Charset declared by the container (the HTTP Content-Type of a WARC response). */
      charset?: string;
    }
  | {
      kind: 'record';
      origin: Origin;
      /** Fallback id prefix (`<file id>`); the record's own `id` wins. */
      id: string;
      bytes: Uint8Array;
      size: number;
    }
  | { kind: 'failure'; issue: Issue; size: number }
  | { kind: 'skipped'; issue: Issue; size: number };

/** A source adapter's answer: how much input there is, and the units, streamed. */
export interface SourcePlan {
  /** Total bytes to read, when known up front (files); null for streams. */
  totalBytes: number | null;
  units: AsyncIterable<SourceUnit>;
}
