import { describe, expect, test } from 'vitest';
import { mention, quantities } from './test-helpers.js';

describe('counts', () => {
  test('reads "fifteen countries", "15 Länder" and "quinze pays" as 15 with the noun as written', () => {
    const en = 'Leaders of fifteen countries met.';
    const de = 'Insgesamt 15 Länder unterzeichneten.';
    const fr = 'Les dirigeants de quinze pays se sont réunis.';
    expect(quantities('en', en)).toEqual([
      mention(en, 'fifteen countries', { value: 15, kind: 'count', counted: 'countries' }),
    ]);
    expect(quantities('de', de)).toEqual([
      mention(de, '15 Länder', { value: 15, kind: 'count', counted: 'Länder' }),
    ]);
    expect(quantities('fr', fr)).toEqual([
      mention(fr, 'quinze pays', { value: 15, kind: 'count', counted: 'pays' }),
    ]);
  });

  test('reads "50 Länder" and counted nouns in every language', () => {
    const cases: Array<[string, string, string, number, string]> = [
      ['de', 'Mehr als 50 Länder unterschrieben.', '50 Länder', 50, 'Länder'],
      ['es', 'Participan quince países.', 'quince países', 15, 'países'],
      ['it', 'Hanno firmato 15 paesi.', '15 paesi', 15, 'paesi'],
      ['pt', 'Assinaram quinze países.', 'quinze países', 15, 'países'],
      ['nl', 'Er tekenden 15 landen.', '15 landen', 15, 'landen'],
      ['pl', 'Podpisało 15 krajów.', '15 krajów', 15, 'krajów'],
      ['ru', 'Подписали пятнадцать стран.', 'пятнадцать стран', 15, 'стран'],
      ['uk', 'Підписали п’ятнадцять країн.', 'п’ятнадцять країн', 15, 'країн'],
    ];
    for (const [lang, text, fragment, value, counted] of cases) {
      expect(quantities(lang, text)).toEqual([mention(text, fragment, { value, kind: 'count', counted })]);
    }
  });

  test('reads 1500 written the way each language groups digits', () => {
    const cases: Array<[string, string]> = [
      ['de', '1.500'],
      ['en', '1,500'],
      ['fr', '1\u202f500'],
      ['uk', '1\u00a0500'],
      ['ru', '1\u202f500'],
      ['pl', '1 500'],
    ];
    for (const [lang, digits] of cases) {
      const text = `Es waren ${digits}.`;
      expect(quantities(lang, text)).toEqual([mention(text, digits, { value: 1500, kind: 'count' })]);
    }
  });

  test('reads decimals with the language decimal sign and long groupings', () => {
    const en = 'A crowd of 12,345,678 watched 1.5 million streams.';
    const de = 'Es waren 1.234.567,5 Liter.';
    expect(quantities('en', en)).toEqual([
      mention(en, '12,345,678', { value: 12345678, kind: 'count' }),
      mention(en, '1.5 million streams', { value: 1.5e6, kind: 'count', counted: 'streams' }),
    ]);
    expect(quantities('de', de)).toEqual([
      mention(de, '1.234.567,5 Liter', { value: 1234567.5, kind: 'count', counted: 'Liter' }),
    ]);
  });

  test('counts only capitalised nouns in German', () => {
    const text = 'Es kamen 30 weitere Helfer und 12 Soldaten.';
    expect(quantities('de', text)).toEqual([
      mention(text, '30', { value: 30, kind: 'count' }),
      mention(text, '12 Soldaten', { value: 12, kind: 'count', counted: 'Soldaten' }),
    ]);
  });

  test('skips function words and verbs after a number', () => {
    const text = 'Of the 40 who came, 15 killed and 12 of them injured.';
    expect(quantities('en', text)).toEqual([
      mention(text, '40', { value: 40, kind: 'count' }),
      mention(text, '15', { value: 15, kind: 'count' }),
      mention(text, '12', { value: 12, kind: 'count' }),
    ]);
  });

  test('reads scale words and dozens with the counted noun: "zwei Millionen Schüler", "une douzaine de pays"', () => {
    const de = 'Zwei Millionen Schüler lernen in Containern.';
    const fr = 'Une douzaine de pays ont signé.';
    const en = 'A dozen countries and two hundred and fifty soldiers.';
    expect(quantities('de', de)).toEqual([
      mention(de, 'Zwei Millionen Schüler', { value: 2e6, kind: 'count', counted: 'Schüler' }),
    ]);
    expect(quantities('fr', fr)).toEqual([
      mention(fr, 'Une douzaine de pays', { value: 12, kind: 'count', counted: 'pays' }),
    ]);
    expect(quantities('en', en)).toEqual([
      mention(en, 'A dozen countries', { value: 12, kind: 'count', counted: 'countries' }),
      mention(en, 'two hundred and fifty soldiers', { value: 250, kind: 'count', counted: 'soldiers' }),
    ]);
  });

  test('adds inflected tens and units: "двадцати пяти стран"', () => {
    const text = 'Представители двадцати пяти стран.';
    expect(quantities('ru', text)).toEqual([
      mention(text, 'двадцати пяти стран', { value: 25, kind: 'count', counted: 'стран' }),
    ]);
  });

  test('does not count "one" or an article on its own', () => {
    const en = 'No one came; one of them left for a while.';
    const de = 'Ein Mann und eine Frau.';
    expect(quantities('en', en)).toEqual([]);
    expect(quantities('de', de)).toEqual([]);
  });

  test('does not read a number word starting a hyphenated word: "two-thirds"', () => {
    const text = 'Two-thirds of voters and a one-off payment.';
    expect(quantities('en', text)).toEqual([]);
  });
});
