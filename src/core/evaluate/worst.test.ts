import { describe, expect, test } from 'vitest';
import { type LabelledDocument, worstMerges, worstSplits } from './index.js';

const docs: LabelledDocument[] = [
  // cluster 1: four of story a, two of story b (8 wrong pairs)
  ...['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, gold: 'a', predicted: '1', lang: 'en' })),
  ...['b1', 'b2'].map((id) => ({ id, gold: 'b', predicted: '1', lang: 'de' })),
  // cluster 2: one each of stories b, c, d (3 wrong pairs)
  { id: 'b3', gold: 'b', predicted: '2', lang: 'fr' },
  { id: 'c1', gold: 'c', predicted: '2', lang: 'fr' },
  { id: 'd1', gold: 'd', predicted: '2', lang: null },
  // cluster 3: the rest of story a, pure
  { id: 'a5', gold: 'a', predicted: '3', lang: 'en' },
  { id: 'a6', gold: 'a', predicted: '3', lang: 'es' },
  // cluster 4: story c alone, pure
  { id: 'c2', gold: 'c', predicted: '4', lang: 'ru' },
];

describe('worstMerges', () => {
  test('lists mixed clusters by wrongly paired documents, each story largest share first', () => {
    expect(worstMerges(docs, 10)).toEqual([
      { predicted: '1', gold: { a: ['a1', 'a2', 'a3', 'a4'], b: ['b1', 'b2'] } },
      { predicted: '2', gold: { b: ['b3'], c: ['c1'], d: ['d1'] } },
    ]);
  });

  test('stops at the limit', () => {
    expect(worstMerges(docs, 1).map((m) => m.predicted)).toEqual(['1']);
    expect(worstMerges(docs, 0)).toEqual([]);
  });
});

describe('worstSplits', () => {
  test('lists stories spread over clusters by separated pairs, each cluster largest share first', () => {
    // a: 4 + 2 documents (8 separated pairs), b: 2 + 1 (2), c: 1 + 1 (1)
    expect(worstSplits(docs, 10)).toEqual([
      { gold: 'a', predicted: { '1': ['a1', 'a2', 'a3', 'a4'], '3': ['a5', 'a6'] } },
      { gold: 'b', predicted: { '1': ['b1', 'b2'], '2': ['b3'] } },
      { gold: 'c', predicted: { '2': ['c1'], '4': ['c2'] } },
    ]);
  });

  test('finds nothing to report in a perfect clustering', () => {
    const perfect = docs.map((d) => ({ ...d, predicted: d.gold }));
    expect([worstMerges(perfect, 5), worstSplits(perfect, 5)]).toEqual([[], []]);
  });
});
