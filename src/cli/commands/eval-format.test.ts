import { describe, expect, test } from 'vitest';
import type { EvaluationView } from '../../contract/evaluation-view.js';
import { formatEvaluation } from './eval-format.js';

const VIEW: EvaluationView = {
  labels: 185,
  documents: 178,
  not_in_store: ['d0003', 'd0017', 'd0042', 'd0060', 'd0099', 'd0123', 'd0181'],
  unlabelled: 2,
  without_story: 0,
  bcubed: { precision: 0.91234, recall: 0.8745, f1: 0.89302 },
  pairs: {
    precision: 0.85,
    recall: 0.79,
    f1: 0.8189,
    true_positives: 1234,
    false_positives: 218,
    false_negatives: 328,
  },
  cross_lingual_pairs: {
    precision: 0.7,
    recall: 0.65,
    f1: 0.674,
    true_positives: 800,
    false_positives: 343,
    false_negatives: 431,
  },
  same_language_pairs: {
    precision: 1,
    recall: 0.9999,
    f1: 1,
    true_positives: 434,
    false_positives: 0,
    false_negatives: 1,
  },
};

describe('formatEvaluation', () => {
  test('says what was scored and left out, then B-cubed, pairwise and cross-lingual scores', () => {
    expect(formatEvaluation(VIEW)).toEqual([
      'scored:                      178 of 185 labelled articles',
      'gold ids not in the store:   7 (d0003, d0017, d0042, d0060, d0099, +2 more)',
      'stored articles, no label:   2 (left out)',
      'labelled, in no story:       0',
      '',
      '                     precision  recall      f1      tp      fp      fn',
      'B-cubed                  0.912   0.875   0.893',
      'pairwise                 0.850   0.790   0.819    1234     218     328',
      'cross-lingual pairs      0.700   0.650   0.674     800     343     431',
      'same-language pairs      1.000   1.000   1.000     434       0       1',
    ]);
  });

  test('lists every missing id when there are few, and notes articles scored as stories of their own', () => {
    const view = { ...VIEW, documents: 183, not_in_store: ['d0003', 'd0017'], without_story: 3 };
    expect(formatEvaluation(view).slice(0, 4)).toEqual([
      'scored:                      183 of 185 labelled articles',
      'gold ids not in the store:   2 (d0003, d0017)',
      'stored articles, no label:   2 (left out)',
      'labelled, in no story:       3 (each scored as its own story)',
    ]);
  });
});
