import { describe, expect, test } from 'vitest';
import { linkUnits } from './similarity.js';
import type { ClaimUnit, UnitValue } from './types.js';

function unit(id: string, lang: string, keys: string[], values: UnitValue[] = []): ClaimUnit {
  const [article] = id.split('#') as [string];
  return {
    id,
    article,
    source: article,
    lang,
    start: 0,
    end: 10,
    text: id,
    headline: false,
    rank: 0,
    position: 0,
    features: new Map(keys.map((key) => [key, 1])),
    values,
  };
}

/** Background units that make the shared keys rare enough to count, as a story's other sentences do. */
const background = Array.from({ length: 8 }, (_, i) =>
  unit(`bg${i}#0`, 'en', [`w:filler${i}`, `k:fill${i}`]),
);
const count = (value: string): UnitValue => ({ slot: 'q:count:people', value, text: `${value} people` });

describe('linkUnits', () => {
  test('units of two articles sharing an entity, a number and a concept are linked across languages, with their evidence', () => {
    const en = unit('a#0', 'en', ['e:place:velmora', 'q:30:', 'c:rescue', 'w:survivor', 'k:survi']);
    const de = unit('b#0', 'de', ['e:place:velmora', 'q:30:', 'c:rescue', 'w:uberleb', 'k:uberl']);
    const { links } = linkUnits([en, de, ...background], 0.3);
    expect(links.map((link) => [link.a, link.b, link.shared])).toEqual([
      ['a#0', 'b#0', ['q:30:', 'e:place:velmora', 'c:rescue']],
    ]);
  });

  test('word stems count only within one language; one shared word or name is never enough', () => {
    const en = unit('a#0', 'en', ['w:bridge', 'c:collapse']);
    const de = unit('b#0', 'de', ['w:bridge', 'c:collapse']);
    expect(linkUnits([en, de, ...background], 0.3).links).toEqual([]);
  });

  test('the same exact number or date with one more shared key links long sentences that say much else', () => {
    const names = (side: string, n: number) => Array.from({ length: n }, (_, i) => `e:person:${side}${i}`);
    const en = unit('a#0', 'en', ['q:24:hour', 'c:consultation', ...names('en', 6)]);
    const de = unit('b#0', 'de', ['q:24:hour', 'c:consultation', ...names('de', 6)]);
    const alone = unit('c#0', 'en', ['q:24:hour', ...names('fr', 6)]);
    const { links } = linkUnits([en, de, alone, ...background], 0.3);
    expect(links.map((link) => [link.a, link.b, link.shared])).toEqual([
      ['a#0', 'b#0', ['q:24:hour', 'c:consultation']],
    ]);
  });

  test('a specific value alone links units that name something: a whole day, a fraction of at least 1, or a number from 100 that is no bare year', () => {
    // each unit names something of its own (a concept), as a sentence stating a fact does
    const pair = (name: string, key: string) =>
      [0, 1].map((i) => unit(`${name}${i}#0`, i ? 'de' : 'fr', [key, `w:${name}${i}`, `c:${name}${i}`]));
    const units = [
      ...pair('toll', 'q:820:'),
      ...pair('day', 'd:2023-09-08'),
      ...pair('magnitude', 'q:6.8:'),
      ...pair('money', 'q:2000:USD'),
      ...pair('small', 'q:12:'),
      ...pair('year', 'q:2004:'),
      ...pair('percent', 'q:100:percent'),
      ...pair('half', 'q:0.5:'),
      // a photo credit with a date names nothing
      unit('credit0#0', 'en', ['d:2023-09-09', 'w:photo']),
      unit('credit1#0', 'ru', ['d:2023-09-09', 'k:pixab']),
      ...background,
    ];
    expect(linkUnits(units, 0.3).links.map((link) => [link.a, link.b, link.shared])).toEqual([
      ['day0#0', 'day1#0', ['d:2023-09-08']],
      ['magnitude0#0', 'magnitude1#0', ['q:6.8:']],
      ['money0#0', 'money1#0', ['q:2000:USD']],
      ['toll0#0', 'toll1#0', ['q:820:']],
    ]);
  });

  test('a specific value that many sources state links every pair of them', () => {
    const toll = [0, 1, 2].map((i) => unit(`toll${i}#0`, 'en', ['q:820:', `c:thing${i}`]));
    expect(linkUnits([...toll, ...background], 0.3).links.map((link) => [link.a, link.b])).toEqual([
      ['toll0#0', 'toll1#0'],
      ['toll0#0', 'toll2#0'],
      ['toll1#0', 'toll2#0'],
    ]);
  });

  test('a value shared with nothing but a cognate word start is not anchored', () => {
    const names = (side: string) => Array.from({ length: 4 }, (_, i) => `e:person:${side}${i}`);
    const en = unit('a#0', 'en', ['q:24:hour', 'k:konsu', ...names('en')]);
    const de = unit('b#0', 'de', ['q:24:hour', 'k:konsu', ...names('de')]);
    const { links } = linkUnits([en, de, ...background], 0.3);
    expect(links).toEqual([]);
    expect(linkUnits([en, de, ...background], 0.05).links.map((l) => [l.shared, l.score < 0.3])).toEqual([
      [['q:24:hour', 'k:konsu'], true],
    ]);
  });

  test('two units of one article are never linked', () => {
    const first = unit('a#0', 'en', ['e:place:velmora', 'q:30:', 'c:rescue']);
    const second = unit('a#1', 'en', ['e:place:velmora', 'q:30:', 'c:rescue']);
    expect(linkUnits([first, second, ...background], 0.3).links).toEqual([]);
  });

  test('the same subject with different values for one slot is a conflict, not a link', () => {
    const twelve = unit('a#0', 'en', ['e:place:velmora', 'c:collapse', 'c:kill', 'q:12:'], [count('12')]);
    const fourteen = unit('b#0', 'en', ['e:place:velmora', 'c:collapse', 'c:kill', 'q:14:'], [count('14')]);
    const { conflicts } = linkUnits([twelve, fourteen, ...background], 0.3);
    expect(conflicts.map((c) => [c.a, c.b, c.slot])).toEqual([['a#0', 'b#0', 'q:count:people']]);
  });

  test("an embedder's vectors add evidence: a paraphrase sharing one key is linked only with them", () => {
    const en = unit('a#0', 'en', ['e:place:velmora', 'w:mourn']);
    const fr = unit('b#0', 'fr', ['e:place:velmora', 'w:deuil']);
    const same = new Float32Array([0.6, 0.8]);
    const embeddings = new Map([
      ['a#0', same],
      ['b#0', same],
    ]);
    expect(linkUnits([en, fr, ...background], 0.3).links).toEqual([]);
    expect(
      linkUnits([en, fr, ...background], 0.3, embeddings).links.map((l) => [l.a, l.b, l.shared]),
    ).toEqual([['a#0', 'b#0', ['e:place:velmora', 'embedding:1.00']]]);
  });
});
