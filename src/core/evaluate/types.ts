/** One document with its gold label, its predicted cluster and its language (null when unknown). */
export interface LabelledDocument {
  id: string;
  gold: string;
  predicted: string;
  lang: string | null;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface PairCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export type PairScores = Scores & PairCounts;

export interface ClusteringScores {
  documents: number;
  bcubed: Scores;
  pairs: PairScores;
  /** Pairs whose two documents differ in language. */
  crossLingualPairs: PairScores;
  sameLanguagePairs: PairScores;
}
