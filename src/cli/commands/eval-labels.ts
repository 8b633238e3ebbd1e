import { ParallaxError } from '../../core/errors.js';
import type { LabelledDocument } from '../../core/evaluate/index.js';
import type { ExportedArticle } from '../../core/stories/types.js';

/** Gold labels read from a JSONL file, as article id → gold story. */
export type GoldLabels = ReadonlyMap<string, string>;

/** Stored articles matched with gold labels. */
export interface GoldMatch {
  /** Labelled stored articles with their gold and predicted stories, in store order. */
  documents: LabelledDocument[];
  /** Gold ids with no stored article, in file order. */
  notInStore: string[];
  /** Stored articles with no gold label. */
  unlabelled: number;
  /** Labelled articles in no story; each is scored as a story of its own. */
  withoutStory: number;
}

/**
 * Parse gold labels, one JSON object with string `id` and `story` per line; blank lines are skipped
 * and other fields ignored. A malformed line, or an id given twice, throws an error naming `file:line`.
 */
export function parseGoldLabels(text: string, file: string): Map<string, string> {
  const labels = new Map<string, string>();
  const lineOf = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const at = `${file}:${index + 1}`;
    const { id, story } = _parseLine(line, at);
    const first = lineOf.get(id);
    if (first !== undefined) _fail(at, `id "${id}" is labelled again (first on line ${first})`);
    labels.set(id, story);
    lineOf.set(id, index + 1);
  });
  if (labels.size === 0) {
    throw new ParallaxError('input_failed', `${file}: no gold labels`, {
      hint: 'write one {"id": …, "story": …} object per line',
    });
  }
  return labels;
}

/**
 * Match gold labels with the stored articles' stories: labelled articles become scored documents
 * (language from the store); the rest are counted as left out.
 */
export async function matchGoldLabels(
  gold: GoldLabels,
  rows: AsyncIterable<ExportedArticle> | Iterable<ExportedArticle>,
): Promise<GoldMatch> {
  const documents: LabelledDocument[] = [];
  const found = new Set<string>();
  let unlabelled = 0;
  let withoutStory = 0;
  for await (const row of rows) {
    const label = gold.get(row.id);
    if (label === undefined) {
      unlabelled++;
      continue;
    }
    found.add(row.id);
    if (row.story === null) withoutStory++;
    // an article in no story must not share a predicted cluster with any other
    documents.push({
      id: row.id,
      gold: label,
      predicted: row.story ?? `(no story) ${row.id}`,
      lang: row.lang,
    });
  }
  const notInStore = [...gold.keys()].filter((id) => !found.has(id));
  return { documents, notInStore, unlabelled, withoutStory };
}

function _parseLine(line: string, at: string): { id: string; story: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    _fail(at, `malformed JSON (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    _fail(at, 'expected a JSON object');
  const { id, story } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') _fail(at, '"id" must be a non-empty string');
  if (typeof story !== 'string' || story === '') _fail(at, '"story" must be a non-empty string');
  return { id, story };
}

function _fail(at: string, problem: string): never {
  throw new ParallaxError('input_failed', `${at}: ${problem}`, {
    hint: 'each non-blank line of the labels file must be a JSON object with string "id" and "story"',
  });
}
