import { bcubedOf } from './bcubed.js';
import { contingency } from './contingency.js';
import { countPairs } from './pair-counts.js';
import { toPairScores } from './scores.js';
import type { ClusteringScores, LabelledDocument } from './types.js';

/**
 * Score a clustering against gold labels: B-cubed over documents, and pairwise scores over all,
 * cross-lingual and same-language pairs (a null `lang` counts as the language 'und').
 * A precision with no predicted positives is 0, as is any score of an empty input.
 */
export function scoreClustering(docs: readonly LabelledDocument[]): ClusteringScores {
  const table = contingency(docs);
  const pairs = countPairs(table);
  return {
    documents: docs.length,
    bcubed: bcubedOf(table, () => true),
    pairs: toPairScores(pairs.all),
    crossLingualPairs: toPairScores(pairs.crossLingual),
    sameLanguagePairs: toPairScores(pairs.sameLanguage),
  };
}
