import { describe, expect, test } from 'vitest';
import { mention, quantities } from './test-helpers.js';

const pct = { value: 2.3, kind: 'percent', unit: 'percent' } as const;

describe('percent', () => {
  test('reads "2,3 %" in German and French, with a no-break or narrow no-break space', () => {
    const de = 'Die Inflation lag bei 2,3\u00a0%.';
    const fr = "L'inflation atteint 2,3\u202f% en mai.";
    expect(quantities('de', de)).toEqual([mention(de, '2,3\u00a0%', pct)]);
    expect(quantities('fr', fr)).toEqual([mention(fr, '2,3\u202f%', pct)]);
  });

  test('reads "2.3%", "2,3 Prozent", "2,3 per cento" and "2,3 відсотка" as 2.3 percent', () => {
    const en = 'Inflation rose to 2.3% in May.';
    const de = 'Die Wirtschaft wuchs um 2,3 Prozent.';
    const it = "L'economia è cresciuta del 2,3 per cento.";
    const uk = 'Інфляція сповільнилася до 2,3 відсотка.';
    expect(quantities('en', en)).toEqual([mention(en, '2.3%', pct)]);
    expect(quantities('de', de)).toEqual([mention(de, '2,3 Prozent', pct)]);
    expect(quantities('it', it)).toEqual([mention(it, '2,3 per cento', pct)]);
    expect(quantities('uk', uk)).toEqual([mention(uk, '2,3 відсотка', pct)]);
  });

  test('reads multi-word percent phrases: "per cent", "pour cent", "por ciento"', () => {
    const en = 'Turnout fell 4 per cent.';
    const fr = 'Le chômage baisse de 7 pour cent.';
    const es = 'El paro bajó un 12 por ciento.';
    expect(quantities('en', en)).toEqual([
      mention(en, '4 per cent', { value: 4, kind: 'percent', unit: 'percent' }),
    ]);
    expect(quantities('fr', fr)).toEqual([
      mention(fr, '7 pour cent', { value: 7, kind: 'percent', unit: 'percent' }),
    ]);
    expect(quantities('es', es)).toEqual([
      mention(es, '12 por ciento', { value: 12, kind: 'percent', unit: 'percent' }),
    ]);
  });

  test('tells percentage points from percent', () => {
    const en = 'Rates rose by 0.25 percentage points to 5%.';
    const de = 'Die Quote stieg um 2 Prozentpunkte.';
    expect(quantities('en', en)).toEqual([
      mention(en, '0.25 percentage points', { value: 0.25, kind: 'percent', unit: 'percentage_point' }),
      mention(en, '5%', { value: 5, kind: 'percent', unit: 'percent' }),
    ]);
    expect(quantities('de', de)).toEqual([
      mention(de, '2 Prozentpunkte', { value: 2, kind: 'percent', unit: 'percentage_point' }),
    ]);
  });

  test('reads number words before percent: "zwei Prozent", "five percent"', () => {
    const de = 'Nur zwei Prozent stimmten zu.';
    const en = 'Only five percent agreed.';
    expect(quantities('de', de)).toEqual([
      mention(de, 'zwei Prozent', { value: 2, kind: 'percent', unit: 'percent' }),
    ]);
    expect(quantities('en', en)).toEqual([
      mention(en, 'five percent', { value: 5, kind: 'percent', unit: 'percent' }),
    ]);
  });

  test('gives both ends of a range the percent: "5-10%", "zwischen 5 und 10 Prozent"', () => {
    const en = 'Wages fell 5-10% in real terms.';
    const de = 'Die Löhne sanken zwischen 5 und 10 Prozent.';
    const five = { value: 5, kind: 'percent', unit: 'percent' } as const;
    const ten = { value: 10, kind: 'percent', unit: 'percent' } as const;
    expect(quantities('en', en)).toEqual([mention(en, '5', five), mention(en, '10%', ten)]);
    expect(quantities('de', de)).toEqual([mention(de, '5', five), mention(de, '10 Prozent', ten)]);
  });

  test('keeps the sign of a negative change', () => {
    const text = 'Output changed by −0.4% after -1.5% in May.';
    expect(quantities('en', text)).toEqual([
      mention(text, '−0.4%', { value: -0.4, kind: 'percent', unit: 'percent' }),
      mention(text, '-1.5%', { value: -1.5, kind: 'percent', unit: 'percent' }),
    ]);
  });

  test('reads the percent sign in a language without a specific vocabulary', () => {
    const text = 'Inflationen steg till 2,3 % i maj.';
    expect(quantities('sv', text)).toEqual([mention(text, '2,3 %', pct)]);
  });
});
