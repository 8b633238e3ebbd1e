import { describe, expect, test } from 'vitest';
import { mention, quantities } from './test-helpers.js';

const tenYears = { value: 10, kind: 'duration', unit: 'year' } as const;
const day = { value: 24, kind: 'duration', unit: 'hour' } as const;

describe('durations', () => {
  test('reads compound adjectives as ten years: "zehnjähriges", "ten-year", "10-year", "десятирічна"', () => {
    const de = 'Beide Seiten unterzeichneten ein zehnjähriges Abkommen.';
    const en = 'They signed a ten-year deal and sold 10-year bonds.';
    const uk = 'Нова десятирічна угода набуде чинності взимку.';
    expect(quantities('de', de)).toEqual([mention(de, 'zehnjähriges', tenYears)]);
    expect(quantities('en', en)).toEqual([
      mention(en, 'ten-year', tenYears),
      mention(en, '10-year', tenYears),
    ]);
    expect(quantities('uk', uk)).toEqual([mention(uk, 'десятирічна', tenYears)]);
  });

  test('reads compound adjectives in Dutch, Polish and Russian, with words or digits', () => {
    const nl = 'Een tienjarig contract.';
    const pl = 'Plan dziesięcioletni i umowa 5-letnia.';
    const ru = 'Десятилетний договор и 15-летний срок.';
    expect(quantities('nl', nl)).toEqual([mention(nl, 'tienjarig', tenYears)]);
    expect(quantities('pl', pl)).toEqual([
      mention(pl, 'dziesięcioletni', tenYears),
      mention(pl, '5-letnia', { value: 5, kind: 'duration', unit: 'year' }),
    ]);
    expect(quantities('ru', ru)).toEqual([
      mention(ru, 'Десятилетний', tenYears),
      mention(ru, '15-летний', { value: 15, kind: 'duration', unit: 'year' }),
    ]);
  });

  test('reads a decade word on its own as ten years: "over the next decade", "десятиліття"', () => {
    const en = 'Emissions will fall over the next decade.';
    const de = 'Im nächsten Jahrzehnt sinken die Emissionen.';
    const uk = 'Викиди скоротяться протягом наступного десятиліття.';
    expect(quantities('en', en)).toEqual([mention(en, 'decade', tenYears)]);
    expect(quantities('de', de)).toEqual([mention(de, 'Jahrzehnt', tenYears)]);
    expect(quantities('uk', uk)).toEqual([mention(uk, 'десятиліття', tenYears)]);
  });

  test('counts decades in years: "two decades", "zwei Jahrzehnte"', () => {
    const en = 'It took two decades.';
    const de = 'Es dauerte zwei Jahrzehnte.';
    const twenty = { value: 20, kind: 'duration', unit: 'year' } as const;
    expect(quantities('en', en)).toEqual([mention(en, 'two decades', twenty)]);
    expect(quantities('de', de)).toEqual([mention(de, 'zwei Jahrzehnte', twenty)]);
  });

  test('reads "binnen 24 Stunden", "within 24 hours" and "в течение 24 часов" as 24 hours', () => {
    const de = 'Die Truppen sollen binnen 24 Stunden abziehen.';
    const en = 'Troops must withdraw within 24 hours.';
    const ru = 'Войска должны уйти в течение 24 часов.';
    expect(quantities('de', de)).toEqual([mention(de, '24 Stunden', day)]);
    expect(quantities('en', en)).toEqual([mention(en, '24 hours', day)]);
    expect(quantities('ru', ru)).toEqual([mention(ru, '24 часов', day)]);
  });

  test('reads inflected number words before units: "двух лет", "dziesięciu lat"', () => {
    const ru = 'Переговоры шли в течение двух лет.';
    const pl = 'Negocjacje trwały przez dziesięciu lat.';
    expect(quantities('ru', ru)).toEqual([
      mention(ru, 'двух лет', { value: 2, kind: 'duration', unit: 'year' }),
    ]);
    expect(quantities('pl', pl)).toEqual([mention(pl, 'dziesięciu lat', tenYears)]);
  });

  test('reads durations in Romance languages: "de dix ans", "diez años", "dez anos"', () => {
    const fr = 'Un accord de dix ans.';
    const es = 'Un acuerdo de diez años.';
    const pt = 'Um acordo de dez anos.';
    expect(quantities('fr', fr)).toEqual([mention(fr, 'dix ans', tenYears)]);
    expect(quantities('es', es)).toEqual([mention(es, 'diez años', tenYears)]);
    expect(quantities('pt', pt)).toEqual([mention(pt, 'dez anos', tenYears)]);
  });

  test('reads whole-word duration adjectives: "décennal", "decennale"', () => {
    const fr = 'Un plan décennal.';
    const it = 'Un piano decennale.';
    expect(quantities('fr', fr)).toEqual([mention(fr, 'décennal', tenYears)]);
    expect(quantities('it', it)).toEqual([mention(it, 'decennale', tenYears)]);
  });

  test('reads months, weeks, days and minutes', () => {
    const text = 'After six months, three weeks, 2 days and 45 minutes.';
    expect(quantities('en', text)).toEqual([
      mention(text, 'six months', { value: 6, kind: 'duration', unit: 'month' }),
      mention(text, 'three weeks', { value: 3, kind: 'duration', unit: 'week' }),
      mention(text, '2 days', { value: 2, kind: 'duration', unit: 'day' }),
      mention(text, '45 minutes', { value: 45, kind: 'duration', unit: 'minute' }),
    ]);
  });
});
