import { describe, expect, test } from 'vitest';
import { mention, quantities } from './test-helpers.js';

const gbp6bn = { value: 6e9, kind: 'money', unit: 'GBP' } as const;
const usd6bn = { value: 6e9, kind: 'money', unit: 'USD' } as const;
const eur24bn = { value: 2.4e9, kind: 'money', unit: 'EUR' } as const;

describe('money', () => {
  test('reads "6 Milliarden Pfund", "£6bn" and "6 billion pounds" as the same 6e9 GBP', () => {
    const de = 'Die Regierung will 6 Milliarden Pfund investieren.';
    const en = 'Ministers pledged £6bn, or 6 billion pounds, for the scheme.';
    expect(quantities('de', de)).toEqual([mention(de, '6 Milliarden Pfund', gbp6bn)]);
    expect(quantities('en', en)).toEqual([
      mention(en, '£6bn', gbp6bn),
      mention(en, '6 billion pounds', gbp6bn),
    ]);
  });

  test('reads "sechs Milliarden US-Dollar" and "$6 billion" as 6e9 USD', () => {
    const de = 'Der Konzern zahlt sechs Milliarden US-Dollar an die Aktionäre.';
    const en = 'The company will pay $6 billion to shareholders.';
    expect(quantities('de', de)).toEqual([mention(de, 'sechs Milliarden US-Dollar', usd6bn)]);
    expect(quantities('en', en)).toEqual([mention(en, '$6 billion', usd6bn)]);
  });

  test('reads "2.400 millones de euros", "€2.4bn" and "2,4 Mrd. €" as 2.4e9 EUR', () => {
    const es = 'El plan costará 2.400 millones de euros.';
    const en = 'The plan will cost €2.4bn.';
    const de = 'Der Plan kostet 2,4 Mrd. € und mehr.';
    expect(quantities('es', es)).toEqual([mention(es, '2.400 millones de euros', eur24bn)]);
    expect(quantities('en', en)).toEqual([mention(en, '€2.4bn', eur24bn)]);
    expect(quantities('de', de)).toEqual([mention(de, '2,4 Mrd. €', eur24bn)]);
  });

  test('reads Cyrillic abbreviations and currency words: "640 млн євро", "6 млрд долларов"', () => {
    const uk = 'Україна отримає 640 млн євро допомоги.';
    const ru = 'Сделка оценивается в 6 млрд долларов.';
    expect(quantities('uk', uk)).toEqual([
      mention(uk, '640 млн євро', { value: 6.4e8, kind: 'money', unit: 'EUR' }),
    ]);
    expect(quantities('ru', ru)).toEqual([mention(ru, '6 млрд долларов', usd6bn)]);
  });

  test('reads national currencies by word: hryvnias, roubles, złoty', () => {
    const uk = 'Зарплата зросла до 1\u00a0500 гривень.';
    const ru = 'Штраф составит 300 рублей.';
    const pl = 'Rząd przeznaczy 5 mld zł na drogi.';
    expect(quantities('uk', uk)).toEqual([
      mention(uk, '1\u00a0500 гривень', { value: 1500, kind: 'money', unit: 'UAH' }),
    ]);
    expect(quantities('ru', ru)).toEqual([
      mention(ru, '300 рублей', { value: 300, kind: 'money', unit: 'RUB' }),
    ]);
    expect(quantities('pl', pl)).toEqual([
      mention(pl, '5 mld zł', { value: 5e9, kind: 'money', unit: 'PLN' }),
    ]);
  });

  test('links a scale word to its currency through "de" and "d\'"', () => {
    const fr = "La France débloque 2,4 milliards d'euros et 6 milliards de livres sterling.";
    const it = 'Il governo stanzia 6 miliardi di euro.';
    expect(quantities('fr', fr)).toEqual([
      mention(fr, "2,4 milliards d'euros", eur24bn),
      mention(fr, '6 milliards de livres sterling', gbp6bn),
    ]);
    expect(quantities('it', it)).toEqual([
      mention(it, '6 miliardi di euro', { value: 6e9, kind: 'money', unit: 'EUR' }),
    ]);
  });

  test('reads "m" as million only next to a currency, as in "£6m" and "6 M€"', () => {
    const en = 'A £6m grant for a 100m track.';
    const fr = 'Une aide de 6 M€.';
    expect(quantities('en', en)).toEqual([mention(en, '£6m', { value: 6e6, kind: 'money', unit: 'GBP' })]);
    expect(quantities('fr', fr)).toEqual([mention(fr, '6 M€', { value: 6e6, kind: 'money', unit: 'EUR' })]);
  });

  test('reads a currency inside a hyphenated compound: "9-Euro-Ticket"', () => {
    const text = 'Das 9-Euro-Ticket kam zurück.';
    expect(quantities('de', text)).toEqual([
      mention(text, '9-Euro', { value: 9, kind: 'money', unit: 'EUR' }),
    ]);
  });

  test('reads a currency code before or after the number', () => {
    const text = 'Fees of EUR 250 and 40 USD apply.';
    expect(quantities('en', text)).toEqual([
      mention(text, 'EUR 250', { value: 250, kind: 'money', unit: 'EUR' }),
      mention(text, '40 USD', { value: 40, kind: 'money', unit: 'USD' }),
    ]);
  });

  test('lends the currency and scale of one end of a range to the other: "$5-6bn"', () => {
    const text = 'Analysts expect $5-6bn in losses.';
    expect(quantities('en', text)).toEqual([
      mention(text, '$5', { value: 5e9, kind: 'money', unit: 'USD' }),
      mention(text, '6bn', { value: 6e9, kind: 'money', unit: 'USD' }),
    ]);
  });

  test('reads "a million" and "eine Milliarde" with the article as one', () => {
    const en = 'It cost a million dollars.';
    const de = 'Es kostete eine Milliarde Euro.';
    expect(quantities('en', en)).toEqual([
      mention(en, 'a million dollars', { value: 1e6, kind: 'money', unit: 'USD' }),
    ]);
    expect(quantities('de', de)).toEqual([
      mention(de, 'eine Milliarde Euro', { value: 1e9, kind: 'money', unit: 'EUR' }),
    ]);
  });
});
