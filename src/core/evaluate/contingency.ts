import { groupOf, type Partition, partition } from './partition.js';
import type { LabelledDocument } from './types.js';

/** The language of documents whose `lang` is null; all of them count as one language. */
export const UNKNOWN_LANGUAGE = 'und';

/** Gold clusters, predicted clusters, languages, and their intersections (gold ∩ predicted cells). */
export interface Contingency {
  count: number;
  gold: Partition;
  predicted: Partition;
  lang: Partition;
  cell: Partition;
}

export function contingency(docs: readonly LabelledDocument[]): Contingency {
  const at = (i: number) => docs[i] as LabelledDocument;
  const gold = partition(docs.length, (i) => at(i).gold);
  const predicted = partition(docs.length, (i) => at(i).predicted);
  const lang = partition(docs.length, (i) => at(i).lang ?? UNKNOWN_LANGUAGE);
  const clusters = predicted.sizes.length;
  const cell = partition(docs.length, (i) => groupOf(gold, i) * clusters + groupOf(predicted, i));
  return { count: docs.length, gold, predicted, lang, cell };
}

/** Split a partition further by language. */
export function byLanguage(table: Contingency, groups: Partition): Partition {
  const langs = table.lang.sizes.length;
  return partition(table.count, (i) => groupOf(groups, i) * langs + groupOf(table.lang, i));
}
