import type { PairCounts, PairScores, Scores } from './types.js';

/** `part / whole`, or 0 when nothing was counted. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function toScores(precision: number, recall: number): Scores {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function toPairScores(counts: PairCounts): PairScores {
  const { truePositives, falsePositives, falseNegatives } = counts;
  return {
    ...toScores(
      ratio(truePositives, truePositives + falsePositives),
      ratio(truePositives, truePositives + falseNegatives),
    ),
    ...counts,
  };
}
