import { describe, expect, test } from 'vitest';
import { groupUnits } from './group.js';
import type { ClaimLink, ClaimUnit } from './types.js';

function unit(id: string): ClaimUnit {
  const [article] = id.split('#') as [string];
  return {
    id,
    article,
    source: article,
    lang: 'en',
    start: 0,
    end: 1,
    text: id,
    headline: false,
    rank: article.charCodeAt(0),
    position: Number(id.split('#')[1]),
    features: new Map(),
    values: [],
  };
}
const link = (a: string, b: string, score: number): ClaimLink => ({ a, b, score, shared: [] });
const groups = (units: ClaimUnit[], links: ClaimLink[]) =>
  groupUnits(units, links, 0.3).map((cluster) => cluster.units.map((u) => u.id));

describe('groupUnits', () => {
  test('units linked pairwise above the threshold form one group, in article order', () => {
    const units = ['a#0', 'b#0', 'c#0'].map(unit);
    expect(
      groups(units, [link('a#0', 'b#0', 0.6), link('b#0', 'c#0', 0.5), link('a#0', 'c#0', 0.4)]),
    ).toEqual([['a#0', 'b#0', 'c#0']]);
  });

  test('a chain is not a group: the mean over all cross pairs (unlinked ones count 0) must reach the threshold', () => {
    const units = ['a#0', 'b#0', 'c#0'].map(unit);
    expect(groups(units, [link('a#0', 'b#0', 0.6), link('b#0', 'c#0', 0.5)])).toEqual([
      ['a#0', 'b#0'],
      ['c#0'],
    ]);
  });

  test('an article stating a fact twice (its headline and its lead) gives the group both units', () => {
    const units = ['a#0', 'a#1', 'b#0'].map(unit);
    expect(groups(units, [link('a#0', 'b#0', 0.9), link('a#1', 'b#0', 0.8)])).toEqual([
      ['a#0', 'a#1', 'b#0'],
    ]);
  });

  test('two units of one article never count as an unlinked pair in the mean', () => {
    const units = ['a#0', 'a#1', 'b#0'].map(unit);
    // a#1 with {a#0, b#0}: only a#1–b#0 (0.35) counts, not a#1–a#0, which can never be linked
    expect(groups(units, [link('a#0', 'b#0', 0.5), link('a#1', 'b#0', 0.35)])).toEqual([
      ['a#0', 'a#1', 'b#0'],
    ]);
  });
});
