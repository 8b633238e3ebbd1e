import type { EvaluationView, PairScoresView, ScoresView } from '../../contract/evaluation-view.js';
import { pad } from '../format.js';

const SHOWN_IDS = 5;

/** The report of `parallax eval`: what was matched and left out, then one row of scores per measure. */
export function formatEvaluation(view: EvaluationView): string[] {
  const missing = view.not_in_store;
  const examples =
    missing.length > SHOWN_IDS
      ? `${missing.slice(0, SHOWN_IDS).join(', ')}, +${missing.length - SHOWN_IDS} more`
      : missing.join(', ');
  return [
    `scored:                      ${view.documents} of ${view.labels} labelled articles`,
    `gold ids not in the store:   ${missing.length}${missing.length > 0 ? ` (${examples})` : ''}`,
    `stored articles, no label:   ${view.unlabelled} (left out)`,
    `labelled, in no story:       ${view.without_story}${view.without_story > 0 ? ' (each scored as its own story)' : ''}`,
    '',
    _row('', ['precision', 'recall', 'f1', 'tp', 'fp', 'fn']),
    _row('B-cubed', _scores(view.bcubed)),
    _row('pairwise', _pairScores(view.pairs)),
    _row('cross-lingual pairs', _pairScores(view.cross_lingual_pairs)),
    _row('same-language pairs', _pairScores(view.same_language_pairs)),
  ];
}

function _row(label: string, cells: readonly string[]): string {
  return `${pad(label, 19)}${cells.map((cell, i) => cell.padStart(i === 0 ? 11 : 8)).join('')}`;
}

function _scores({ precision, recall, f1 }: ScoresView): string[] {
  return [precision, recall, f1].map((value) => value.toFixed(3));
}

function _pairScores(scores: PairScoresView): string[] {
  return [
    ..._scores(scores),
    ...[scores.true_positives, scores.false_positives, scores.false_negatives].map(String),
  ];
}
