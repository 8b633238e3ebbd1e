import { describe, expect, test } from 'vitest';
import { type LabelledDocument, scoreBcubed, scoreClustering, scoreTargets } from './index.js';

/** Match numbers to 12 decimals, so expected scores can be written as exact fractions. */
function approximately(value: unknown): unknown {
  if (typeof value === 'number') return expect.closeTo(value, 12);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, approximately(v)]));
}

function docs(
  rows: [id: string, gold: string, predicted: string, lang: string | null][],
): LabelledDocument[] {
  return rows.map(([id, gold, predicted, lang]) => ({ id, gold, predicted, lang }));
}

const zero = { precision: 0, recall: 0, f1: 0 };

// gold x = {a, b, c}, y = {d, e, g}, z = {f}; predicted 1 = {a, b}, 2 = {c, d, e}, 3 = {f}, 4 = {g}
const mixed = docs([
  ['a', 'x', '1', 'en'],
  ['b', 'x', '1', 'de'],
  ['c', 'x', '2', 'en'],
  ['d', 'y', '2', 'de'],
  ['e', 'y', '2', 'de'],
  ['f', 'z', '3', null],
  ['g', 'y', '4', 'fr'],
]);

// two stories: s in en, en, de; t in fr, fr
const stories = docs([
  ['a', 's', 's', 'en'],
  ['b', 's', 's', 'en'],
  ['c', 's', 's', 'de'],
  ['d', 't', 't', 'fr'],
  ['e', 't', 't', 'fr'],
]);

describe('scoreClustering', () => {
  test('scores a clustering with a merge and splits, by hand', () => {
    expect(scoreClustering(mixed)).toEqual(
      approximately({
        documents: 7,
        // per-document precision 1, 1, 1/3, 2/3, 2/3, 1, 1; recall 2/3, 2/3, 1/3, 2/3, 2/3, 1, 1/3
        bcubed: { precision: 17 / 21, recall: 13 / 21, f1: 221 / 315 },
        // true ab de; false cd ce; missed ac bc dg eg
        pairs: {
          precision: 1 / 2,
          recall: 1 / 3,
          f1: 2 / 5,
          truePositives: 2,
          falsePositives: 2,
          falseNegatives: 4,
        },
        crossLingualPairs: {
          ...{ precision: 1 / 3, recall: 1 / 4, f1: 2 / 7 },
          ...{ truePositives: 1, falsePositives: 2, falseNegatives: 3 },
        },
        sameLanguagePairs: {
          ...{ precision: 1, recall: 1 / 2, f1: 2 / 3 },
          ...{ truePositives: 1, falsePositives: 0, falseNegatives: 1 },
        },
      }),
    );
  });

  test('counts documents without a language as one language, und', () => {
    const scores = scoreClustering(
      docs([
        ['a', 's', '1', null],
        ['b', 's', '1', null],
        ['c', 's', '1', 'und'],
        ['d', 's', '1', 'en'],
      ]),
    );
    expect([scores.sameLanguagePairs.truePositives, scores.crossLingualPairs.truePositives]).toEqual([3, 3]);
  });

  test('gives the perfect clustering 1 everywhere', () => {
    const one = { precision: 1, recall: 1, f1: 1 };
    expect(scoreClustering(stories)).toEqual(
      approximately({
        documents: 5,
        bcubed: one,
        pairs: { ...one, truePositives: 4, falsePositives: 0, falseNegatives: 0 },
        crossLingualPairs: { ...one, truePositives: 2, falsePositives: 0, falseNegatives: 0 },
        sameLanguagePairs: { ...one, truePositives: 2, falsePositives: 0, falseNegatives: 0 },
      }),
    );
  });

  test('gives everything in one cluster full recall and precision of the gold pair share', () => {
    const merged = stories.map((d) => ({ ...d, predicted: 'all' }));
    expect(scoreClustering(merged)).toEqual(
      approximately({
        documents: 5,
        // precision 3/5 for the three s documents, 2/5 for the two t documents
        bcubed: { precision: 13 / 25, recall: 1, f1: 13 / 19 },
        pairs: {
          precision: 2 / 5,
          recall: 1,
          f1: 4 / 7,
          truePositives: 4,
          falsePositives: 6,
          falseNegatives: 0,
        },
        crossLingualPairs: {
          ...{ precision: 1 / 4, recall: 1, f1: 2 / 5 },
          ...{ truePositives: 2, falsePositives: 6, falseNegatives: 0 },
        },
        sameLanguagePairs: {
          precision: 1,
          recall: 1,
          f1: 1,
          truePositives: 2,
          falsePositives: 0,
          falseNegatives: 0,
        },
      }),
    );
  });

  test('gives all singletons full B-cubed precision and a pair precision of 0, having no predicted pairs', () => {
    const singletons = stories.map((d) => ({ ...d, predicted: d.id }));
    expect(scoreClustering(singletons)).toEqual(
      approximately({
        documents: 5,
        // recall 1/3 for the three s documents, 1/2 for the two t documents
        bcubed: { precision: 1, recall: 2 / 5, f1: 4 / 7 },
        pairs: { ...zero, truePositives: 0, falsePositives: 0, falseNegatives: 4 },
        crossLingualPairs: { ...zero, truePositives: 0, falsePositives: 0, falseNegatives: 2 },
        sameLanguagePairs: { ...zero, truePositives: 0, falsePositives: 0, falseNegatives: 2 },
      }),
    );
  });

  test('scores an empty input as zeros, not NaN', () => {
    const none = { ...zero, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    expect(scoreClustering([])).toEqual({
      documents: 0,
      bcubed: zero,
      pairs: none,
      crossLingualPairs: none,
      sameLanguagePairs: none,
    });
  });

  test('scores 50,000 documents by counting cluster sizes', () => {
    // gold story i mod 100 inside predicted cluster i mod 50: 500 documents per story, 1000 per cluster,
    // each story 100 documents in each of 5 languages, each cluster 200
    const large = Array.from({ length: 50_000 }, (_, i) => ({
      id: `d${i}`,
      gold: `s${i % 100}`,
      predicted: `c${i % 50}`,
      lang: `l${Math.floor(i / 100) % 5}`,
    }));
    const choose2 = (n: number) => (n * (n - 1)) / 2;
    const [gold, predicted] = [100 * choose2(500), 50 * choose2(1000)];
    const [sameGold, samePredicted] = [100 * 5 * choose2(100), 50 * 5 * choose2(200)];
    expect(scoreClustering(large)).toEqual(
      approximately({
        documents: 50_000,
        bcubed: { precision: 1 / 2, recall: 1, f1: 2 / 3 },
        pairs: {
          ...{ precision: 499 / 999, recall: 1, f1: 998 / 1498 },
          ...{ truePositives: gold, falsePositives: predicted - gold, falseNegatives: 0 },
        },
        crossLingualPairs: {
          ...{ precision: (gold - sameGold) / (predicted - samePredicted), recall: 1 },
          f1: (2 * (gold - sameGold)) / (gold - sameGold + predicted - samePredicted),
          ...{
            truePositives: gold - sameGold,
            falsePositives: predicted - samePredicted - (gold - sameGold),
          },
          falseNegatives: 0,
        },
        sameLanguagePairs: {
          ...{
            precision: sameGold / samePredicted,
            recall: 1,
            f1: (2 * sameGold) / (sameGold + samePredicted),
          },
          ...{ truePositives: sameGold, falsePositives: samePredicted - sameGold, falseNegatives: 0 },
        },
      }),
    );
  });
});

describe('scoreTargets', () => {
  // targets t1 t2 (story a) and t3 (story b); distractors o1 and o3 sit in target clusters, o2 alone
  const withDistractors = docs([
    ['t1', 'a', '1', 'en'],
    ['t2', 'a', '1', 'de'],
    ['o1', 'other:x', '1', 'en'],
    ['t3', 'b', '2', 'fr'],
    ['o3', 'other:z', '2', 'fr'],
    ['o2', 'other:y', '3', 'de'],
  ]);

  test('averages B-cubed over target documents, charging them for distractors in their clusters', () => {
    expect(scoreTargets(withDistractors)).toEqual(
      approximately({
        targetDocuments: 3,
        // precision 2/3, 2/3, 1/2
        bcubed: { precision: 11 / 18, recall: 1, f1: 22 / 29 },
        distractors: 3,
        absorbedDistractors: 2,
      }),
    );
  });

  test('takes another rule for what a distractor is', () => {
    expect(scoreTargets(withDistractors, (d) => d.gold === 'b')).toMatchObject({
      targetDocuments: 5,
      distractors: 1,
      absorbedDistractors: 1,
    });
  });

  test('scores an empty selection as zeros', () => {
    expect(scoreBcubed(withDistractors, () => false)).toEqual(zero);
  });
});
