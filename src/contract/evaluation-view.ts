import type { ClusteringScores, PairScores, Scores } from '../core/evaluate/index.js';

export interface ScoresView {
  precision: number;
  recall: number;
  f1: number;
}

export interface PairScoresView extends ScoresView {
  true_positives: number;
  false_positives: number;
  false_negatives: number;
}

/** The stable JSON form of `parallax eval --json`: how stored stories compare with gold labels. */
export interface EvaluationView {
  /** Lines in the labels file. */
  labels: number;
  /** Labelled stored articles, the ones scored. */
  documents: number;
  /** Gold ids with no stored article, in file order (left out of scoring). */
  not_in_store: string[];
  /** Stored articles with no gold label (left out of scoring). */
  unlabelled: number;
  /** Scored articles in no story; each counts as a story of its own. */
  without_story: number;
  bcubed: ScoresView;
  pairs: PairScoresView;
  /** Pairs whose two articles differ in language. */
  cross_lingual_pairs: PairScoresView;
  same_language_pairs: PairScoresView;
}

/** What `parallax eval` found when matching gold labels with stored articles. */
export interface EvaluationCounts {
  labels: number;
  notInStore: readonly string[];
  unlabelled: number;
  withoutStory: number;
}

export function toEvaluationView(counts: EvaluationCounts, scores: ClusteringScores): EvaluationView {
  return {
    labels: counts.labels,
    documents: scores.documents,
    not_in_store: [...counts.notInStore],
    unlabelled: counts.unlabelled,
    without_story: counts.withoutStory,
    bcubed: _scores(scores.bcubed),
    pairs: _pairScores(scores.pairs),
    cross_lingual_pairs: _pairScores(scores.crossLingualPairs),
    same_language_pairs: _pairScores(scores.sameLanguagePairs),
  };
}

function _scores({ precision, recall, f1 }: Scores): ScoresView {
  return { precision, recall, f1 };
}

function _pairScores(scores: PairScores): PairScoresView {
  return {
    ..._scores(scores),
    true_positives: scores.truePositives,
    false_positives: scores.falsePositives,
    false_negatives: scores.falseNegatives,
  };
}
