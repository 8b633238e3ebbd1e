import { expect, test } from 'vitest';
import { type LabelledDocument, scoreClustering, scoreTargets } from './index.js';

/** Mulberry32: a small seeded generator, so the random clustering is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomClustering(count: number, random: () => number): LabelledDocument[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const stories = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'other:x', 'other:y', 'other:z'];
  const langs = ['en', 'de', 'fr', 'ru', null];
  return Array.from({ length: count }, (_, i) => {
    const gold = pick(stories);
    // mostly follow the gold label, sometimes land in one of a few catch-all clusters
    const predicted = random() < 0.7 ? `p-${gold}` : `p${Math.floor(random() * 6)}`;
    return { id: `d${i}`, gold, predicted, lang: pick(langs) };
  });
}

/** The reference scoring from the stories-dev README: every pair and every document compared directly. */
function bruteForce(docs: readonly LabelledDocument[]) {
  const scores = (tp: number, fp: number, fn: number) => {
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
  };
  const count = { all: [0, 0, 0], cross: [0, 0, 0], same: [0, 0, 0] };
  docs.forEach((a, i) => {
    for (const b of docs.slice(i + 1)) {
      const [gold, predicted] = [a.gold === b.gold, a.predicted === b.predicted];
      const kind = (a.lang ?? 'und') === (b.lang ?? 'und') ? count.same : count.cross;
      for (const c of [count.all, kind]) {
        c[0] = (c[0] ?? 0) + Number(gold && predicted);
        c[1] = (c[1] ?? 0) + Number(predicted && !gold);
        c[2] = (c[2] ?? 0) + Number(gold && !predicted);
      }
    }
  });
  const bcubed = (kept: readonly LabelledDocument[]) => {
    let [precision, recall] = [0, 0];
    for (const d of kept) {
      const cluster = docs.filter((o) => o.predicted === d.predicted);
      const story = docs.filter((o) => o.gold === d.gold);
      const both = cluster.filter((o) => o.gold === d.gold).length;
      precision += both / cluster.length / kept.length;
      recall += both / story.length / kept.length;
    }
    return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  };
  const targets = docs.filter((d) => !d.gold.startsWith('other:'));
  const distractors = docs.filter((d) => d.gold.startsWith('other:'));
  return {
    clustering: {
      documents: docs.length,
      bcubed: bcubed(docs),
      pairs: scores(...(count.all as [number, number, number])),
      crossLingualPairs: scores(...(count.cross as [number, number, number])),
      sameLanguagePairs: scores(...(count.same as [number, number, number])),
    },
    targets: {
      targetDocuments: targets.length,
      bcubed: bcubed(targets),
      distractors: distractors.length,
      absorbedDistractors: distractors.filter((d) => targets.some((t) => t.predicted === d.predicted)).length,
    },
  };
}

function approximately(value: unknown): unknown {
  if (typeof value === 'number') return expect.closeTo(value, 12);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, approximately(v)]));
}

test.each([1, 2, 3])(
  'agrees with pair-by-pair counting on a random clustering of 200 documents (seed %i)',
  (seed) => {
    const docs = randomClustering(200, seeded(seed));
    const expected = bruteForce(docs);
    expect(expected.clustering.crossLingualPairs.truePositives).toBeGreaterThan(0);
    expect(expected.clustering.sameLanguagePairs.falsePositives).toBeGreaterThan(0);
    expect(scoreClustering(docs)).toEqual(approximately(expected.clustering));
    expect(scoreTargets(docs)).toEqual(approximately(expected.targets));
  },
);
