/**
 * Many short texts as one, so chrono pays its per-call cost once. The separator holds no word,
 * number or white space only, so chrono neither reads it nor merges results across it.
 */
export interface Batch {
  text: string;
  /** Offset of each part in `text`. */
  starts: number[];
  lengths: number[];
}

const SEPARATOR = '\n|\n';

export function joinTexts(parts: readonly string[]): Batch {
  const starts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    starts.push(offset);
    offset += part.length + SEPARATOR.length;
  }
  return { text: parts.join(SEPARATOR), starts, lengths: parts.map((part) => part.length) };
}

/** The part that holds the whole span from index to end, or -1 when it crosses a separator. */
export function partOf(batch: Batch, index: number, end: number): number {
  let low = 0;
  let high = batch.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((batch.starts[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  const start = batch.starts[low] ?? 0;
  return end <= start + (batch.lengths[low] ?? 0) ? low : -1;
}
