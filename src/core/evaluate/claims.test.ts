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
    const brief = (p: { precision: number; recall: number }) => [p.precision, p.recall];
    expect({
      all: brief(scores.pairs),
      cross: brief(scores.crossLingual),
      same: brief(scores.sameLanguage),
      positives: scores.pairs.positives,
      shared: brief(scores.labels.shared),
      single: brief(scores.labels['single-source']),
      conflicts: [...brief(scores.conflicts), scores.conflicts.gold],
      unmapped: scores.unmapped,
    }).toEqual({
      all: [1, 1 / 3],
      cross: [1, 1 / 2],
      same: [0, 0],
      positives: 3,
      shared: [1 / 2, 2 / 3],
      single: [0, 0],
      conflicts: [1, 1, 1],
      unmapped: 1,
    });
  });
});
