import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { pl } from './pl.js';

describe('Polish dates', () => {
  test('resolves w czwartek to the Thursday before a Friday publication', () => {
    const text = 'Minister przemawiał w czwartek w Berlinie.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      { start: 20, end: 30, text: 'w czwartek', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day, a genitive month and a year', () => {
    const text = 'Izba ostrzegała 13 czerwca 2024 r., że koszty wzrosną.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      { start: 16, end: 34, text: '13 czerwca 2024 r.', value: '2024-06-13', grain: 'day', relative: false },
    ]);
  });

  test('reads a day range written with a dash or with od and do', () => {
    const text = 'Szczyt trwa 13–15 czerwca, a rozmowy od 3 do 5 lipca.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      {
        start: 12,
        end: 25,
        text: '13–15 czerwca',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
      {
        start: 40,
        end: 52,
        text: '3 do 5 lipca',
        value: '2024-07-03',
        until: '2024-07-05',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves w przyszłym roku against the publication year', () => {
    const text = 'Ceny wzrosną w przyszłym roku, a spadły w ubiegłym roku.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      { start: 13, end: 29, text: 'w przyszłym roku', value: '2025', grain: 'year', relative: true },
      { start: 40, end: 55, text: 'w ubiegłym roku', value: '2023', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year in any case', () => {
    const text = 'Inflacja osiągnęła szczyt w lipcu 2023, a spadła w czerwcu 2024 roku.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      { start: 28, end: 38, text: 'lipcu 2023', value: '2023-07', grain: 'month', relative: false },
      { start: 51, end: 68, text: 'czerwcu 2024 roku', value: '2024-06', grain: 'month', relative: false },
    ]);
  });

  test('reads a lone year after do or before roku as a year', () => {
    const text = 'Środki będą wypłacane do 2027 roku, a program działa od 2019.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      { start: 25, end: 34, text: '2027 roku', value: '2027', grain: 'year', relative: false },
      { start: 56, end: 60, text: '2019', value: '2019', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'Głosowanie odbędzie się 20 stycznia.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-12-04' })).toEqual([
      { start: 24, end: 35, text: '20 stycznia', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('resolves wczoraj and jutro against the publication date', () => {
    const text = 'Wczoraj rząd przyjął plan, jutro zajmie się nim Sejm.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      { start: 0, end: 7, text: 'Wczoraj', value: '2024-06-13', grain: 'day', relative: true },
      { start: 27, end: 32, text: 'jutro', value: '2024-06-15', grain: 'day', relative: true },
    ]);
  });

  test('reads numeric dates', () => {
    const text = 'Raport z 28.05.2024 cytowano 2024-06-01.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([
      { start: 9, end: 19, text: '28.05.2024', value: '2024-05-28', grain: 'day', relative: false },
      { start: 29, end: 39, text: '2024-06-01', value: '2024-06-01', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations and percentages', () => {
    const text = 'G7 obradowała 24 godziny; wzrost wyniósł 2,3 %, a 1500 osób protestowało.';
    expect(extractDates(text, { vocabulary: pl, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'W czwartek powiedział, że w przyszłym roku i 20 stycznia prace będą trwały; ustawa z 13 czerwca 2024 r. obowiązuje do 2027 roku.';
    expect(extractDates(text, { vocabulary: pl, reference: null })).toEqual([
      { start: 45, end: 56, text: '20 stycznia', value: '--01-20', grain: 'day', relative: false },
      { start: 85, end: 103, text: '13 czerwca 2024 r.', value: '2024-06-13', grain: 'day', relative: false },
      { start: 118, end: 127, text: '2027 roku', value: '2027', grain: 'year', relative: false },
    ]);
  });
});
