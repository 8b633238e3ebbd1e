import { describe, expect, test } from 'vitest';
import { mention, quantities } from './test-helpers.js';

describe('what is not a quantity', () => {
  test('leaves years standing alone to the date extractor', () => {
    const en = 'The treaty expires in 2027, after talks that began in 1999.';
    const de = 'Der Vertrag läuft 2027 aus.';
    expect(quantities('en', en)).toEqual([]);
    expect(quantities('de', de)).toEqual([]);
  });

  test('keeps a year-like number that carries a unit or a currency', () => {
    const text = 'It cost $2000 and took 1950 hours.';
    expect(quantities('en', text)).toEqual([
      mention(text, '$2000', { value: 2000, kind: 'money', unit: 'USD' }),
      mention(text, '1950 hours', { value: 1950, kind: 'duration', unit: 'hour' }),
    ]);
  });

  test('leaves the day of a date to the date extractor, before or after the month name', () => {
    const cases: Array<[string, string]> = [
      ['de', 'Am 13. Juni beginnt der Gipfel.'],
      ['en', 'The summit opens on 13 June, or June 13, and ends on the 15th of June.'],
      ['fr', 'Le sommet ouvre le 13 juin et le 1er juillet.'],
      ['es', 'La cumbre empieza el 13 de junio.'],
      ['it', 'Il vertice inizia il 13 giugno.'],
      ['pt', 'A cimeira começa a 13 de junho.'],
      ['nl', 'De top begint op 13 juni.'],
      ['pl', 'Szczyt zaczyna się 13 czerwca.'],
      ['ru', 'Саммит начнётся 13 июня.'],
      ['uk', 'Саміт розпочнеться 13 червня.'],
    ];
    for (const [lang, text] of cases) expect(quantities(lang, text)).toEqual([]);
  });

  test('leaves day ranges of dates: "13.–15. Juni", "June 13-15"', () => {
    const de = 'Vom 13.–15. Juni tagt der Rat.';
    const en = 'The council meets June 13-15.';
    expect(quantities('de', de)).toEqual([]);
    expect(quantities('en', en)).toEqual([]);
  });

  test('leaves both days of a date with two days: "23 oder 24. August", "entre le 23 et le 24 août"', () => {
    const cases: Array<[string, string]> = [
      ['de', 'Die Wahl ist am 23. oder 24. August.'],
      ['en', 'The vote is on 23 or 24 August, or on August 23 or 24.'],
      ['fr', 'Le vote aura lieu entre le 23 et le 24 août, ou du 23 au 24 août.'],
      ['es', 'La votación será el 23 o el 24 de agosto.'],
      ['it', 'Il voto si terrà il 23 o il 24 agosto.'],
      ['pt', 'A votação será a 23 ou 24 de agosto.'],
      ['nl', 'De stemming is op 23 of 24 augustus.'],
      ['pl', 'Głosowanie odbędzie się między 23 a 24 sierpnia.'],
      ['ru', 'Голосование пройдёт с 23 по 24 августа.'],
      ['uk', 'Голосування відбудеться з 23 по 24 серпня.'],
    ];
    for (const [lang, text] of cases) expect(quantities(lang, text)).toEqual([]);
  });

  test('ignores numeric dates, times and version-like numbers', () => {
    const text = 'Am 13.06.2024 um 14:30 Uhr, am 2024-06-13 und in Version 1.2.3.';
    expect(quantities('de', text)).toEqual([]);
  });

  test('leaves calendar years with a year word and years after a month name: "в 2023 году", "août 1789"', () => {
    const ru = 'В 2023 году погибли 15 человек.';
    const pl = 'W 2022 roku.';
    const fr = 'La nuit du 4 août 1789.';
    expect(quantities('ru', ru)).toEqual([
      mention(ru, '15 человек', { value: 15, kind: 'count', counted: 'человек' }),
    ]);
    expect(quantities('pl', pl)).toEqual([]);
    expect(quantities('fr', fr)).toEqual([]);
  });

  test('ignores times of day: "um 14 Uhr", "at 10 a.m.", "à 14 h 30"', () => {
    const de = 'Die Sitzung beginnt um 14 Uhr.';
    const en = 'The session opens at 10 a.m. sharp.';
    const fr = 'La séance reprend à 14 h 30.';
    expect(quantities('de', de)).toEqual([]);
    expect(quantities('en', en)).toEqual([]);
    expect(quantities('fr', fr)).toEqual([]);
  });

  test('ignores the second year of a season: "2020-21"', () => {
    const text = 'The 2020-21 season ended.';
    expect(quantities('en', text)).toEqual([]);
  });

  test('does not read a number word inside a word with an apostrophe: "сім\'я"', () => {
    const text = "Його сім'я отримала сім тисяч гривень.";
    expect(quantities('uk', text)).toEqual([
      mention(text, 'сім тисяч гривень', { value: 7000, kind: 'money', unit: 'UAH' }),
    ]);
  });

  test('ignores phone numbers', () => {
    const text = 'Call +49 30 1234567 or (030) 123 456 78, or 0800 123 456.';
    expect(quantities('en', text)).toEqual([]);
  });

  test('ignores numbers inside names and codes: G7, COVID-19, F-16, MH17, 5G, 3D', () => {
    const text = 'The G7 discussed COVID-19, F-16 jets, flight MH17, 5G masts and 3D printing.';
    expect(quantities('en', text)).toEqual([]);
  });

  test('ignores decades written as years and long digit runs', () => {
    const text = 'In the 1990s, order 12345678 was filed.';
    expect(quantities('en', text)).toEqual([]);
  });

  test('does not read a bare "m" after digits as million', () => {
    const text = 'She won the 100m final.';
    expect(quantities('en', text)).toEqual([]);
  });
});
