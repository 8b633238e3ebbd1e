import { describe, expect, test } from 'vitest';
import { type AnnotatedSentence, scoreClaims } from './claims.js';

function sentence(
  key: string,
  lang: string,
  facts: string[],
  placed: Pick<AnnotatedSentence, 'group' | 'label' | 'conflict'>,
  conflictsWith: string[] = [],
): AnnotatedSentence {
  const [doc] = key.split(':') as [string];
  return {
    key,
    story: 'velmora',
    doc,
    source: `${doc}.example`,
    lang,
    facts: new Set(facts),
    gold: facts.includes('toll-12') || facts.includes('toll-14') ? 'single-source' : 'shared',
    conflictsWith: new Set(conflictsWith),
    ...placed,
  };
}

describe('scoreClaims', () => {
  test('scores same-fact pairs by language, labels per sentence, and conflicts by side', () => {
    const sentences = [
      sentence('a:0', 'en', ['rescue'], { group: 'g1', label: 'shared', conflict: null }),
      sentence('b:0', 'de', ['rescue'], { group: 'g1', label: 'shared', conflict: null }),
      sentence('c:0', 'en', ['rescue'], { group: null, label: null, conflict: null }),
      sentence(
        'a:1',
        'en',
        ['toll-12'],
        { group: 'g2/0', label: 'conflicting', conflict: { group: 'g2', side: 0 } },
        ['toll-14'],
      ),
      sentence(
        'b:1',
        'de',
        ['toll-14'],
        { group: 'g2/1', label: 'conflicting', conflict: { group: 'g2', side: 1 } },
        ['toll-12'],
      ),
    ];
    const scores = scoreClaims(sentences);
    const counts = (tp: number, fp: number, fn: number) => ({
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
    });
    expect(scores).toEqual({
      pairs: { precision: 1, recall: 1 / 3, f1: 0.5, ...counts(1, 0, 2), positives: 3, negatives: 5 },
      crossLingual: { precision: 1, recall: 0.5, f1: 2 / 3, ...counts(1, 0, 1), positives: 2, negatives: 4 },
      sameLanguage: { precision: 0, recall: 0, f1: 0, ...counts(0, 0, 1), positives: 1, negatives: 1 },
      labels: {
        // the conflicting sentences count as shared: two sources speak
        shared: { precision: 0.5, recall: 2 / 3, f1: expect.closeTo(4 / 7), ...counts(2, 2, 1), gold: 3 },
        'single-source': { precision: 0, recall: 0, f1: 0, ...counts(0, 1, 2), gold: 2 },
      },
      // annotated on one side only (toll-12 lists toll-14), found on opposite sides of one claim
      conflicts: { precision: 1, recall: 1, f1: 1, ...counts(1, 0, 0), positives: 1, negatives: 7, gold: 1 },
      unmapped: 1,
    });
  });
});
