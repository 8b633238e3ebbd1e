import { type Contingency, contingency } from './contingency.js';
import { sizeOf } from './partition.js';
import { ratio, toScores } from './scores.js';
import type { LabelledDocument, Scores } from './types.js';

/**
 * B-cubed precision, recall and F1 averaged over the documents `include` keeps (all by default).
 * Clusters still span every document, so a left-out document merged into a kept one's cluster costs it precision.
 * An empty selection scores 0.
 */
export function scoreBcubed(
  docs: readonly LabelledDocument[],
  include: (doc: LabelledDocument) => boolean = () => true,
): Scores {
  return bcubedOf(contingency(docs), (i) => include(docs[i] as LabelledDocument));
}

export function bcubedOf(table: Contingency, include: (index: number) => boolean): Scores {
  let precision = 0;
  let recall = 0;
  let kept = 0;
  for (let i = 0; i < table.count; i++) {
    if (!include(i)) continue;
    const overlap = sizeOf(table.cell, i);
    precision += overlap / sizeOf(table.predicted, i);
    recall += overlap / sizeOf(table.gold, i);
    kept++;
  }
  return toScores(ratio(precision, kept), ratio(recall, kept));
}
