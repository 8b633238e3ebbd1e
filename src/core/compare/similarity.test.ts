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

  test('word stems count only within one language; one shared key is never enough', () => {
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

  test('a specific value alone links: a whole day or a number neither small nor a year', () => {
    const tolls = ['q:820:', 'q:820:'].map((key, i) => unit(`t${i}#0`, i ? 'de' : 'fr', [key, `w:x${i}`]));
    const days = ['d:2023-09-08', 'd:2023-09-08'].map((key, i) => unit(`d${i}#0`, 'en', [key, `w:y${i}`]));
    const small = ['q:12:', 'q:12:'].map((key, i) => unit(`s${i}#0`, 'en', [key, `w:z${i}`]));
    const years = ['q:2004:', 'q:2004:'].map((key, i) => unit(`y${i}#0`, 'en', [key, `w:v${i}`]));
    const { links } = linkUnits([...tolls, ...days, ...small, ...years, ...background], 0.3);
    expect(links.map((link) => [link.a, link.b, link.shared])).toEqual([
      ['d0#0', 'd1#0', ['d:2023-09-08']],
      ['t0#0', 't1#0', ['q:820:']],
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
