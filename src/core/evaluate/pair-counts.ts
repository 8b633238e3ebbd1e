import { byLanguage, type Contingency } from './contingency.js';
import { pairsWithin } from './partition.js';
import type { PairCounts } from './types.js';

interface PairTotals {
  gold: number;
  predicted: number;
  both: number;
}

/**
 * Pair counts from cluster sizes alone (n choose 2 over gold clusters, predicted clusters and their cells),
 * so time and memory grow with the number of documents, not of pairs.
 */
export function countPairs(table: Contingency): {
  all: PairCounts;
  sameLanguage: PairCounts;
  crossLingual: PairCounts;
} {
  const all: PairTotals = {
    gold: pairsWithin(table.gold.sizes),
    predicted: pairsWithin(table.predicted.sizes),
    both: pairsWithin(table.cell.sizes),
  };
  const same: PairTotals = {
    gold: pairsWithin(byLanguage(table, table.gold).sizes),
    predicted: pairsWithin(byLanguage(table, table.predicted).sizes),
    both: pairsWithin(byLanguage(table, table.cell).sizes),
  };
  const cross: PairTotals = {
    gold: all.gold - same.gold,
    predicted: all.predicted - same.predicted,
    both: all.both - same.both,
  };
  return { all: toCounts(all), sameLanguage: toCounts(same), crossLingual: toCounts(cross) };
}

function toCounts(totals: PairTotals): PairCounts {
  return {
    truePositives: totals.both,
    falsePositives: totals.predicted - totals.both,
    falseNegatives: totals.gold - totals.both,
  };
}
