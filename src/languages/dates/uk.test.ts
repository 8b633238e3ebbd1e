import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { uk } from './uk.js';

describe('Ukrainian dates', () => {
  test('resolves у четвер to the Thursday before a Friday publication', () => {
    const text = 'Міністр виступив у четвер у Берліні.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([
      { start: 17, end: 25, text: 'у четвер', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range', () => {
    const text = 'Саміт триватиме з 13 по 15 червня в Бонні.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([
      {
        start: 16,
        end: 33,
        text: 'з 13 по 15 червня',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves наступного року against the publication year', () => {
    const text = 'Ціни зростуть наступного року.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([
      { start: 14, end: 29, text: 'наступного року', value: '2025', grain: 'year', relative: true },
    ]);
  });

  test('reads a full date with року', () => {
    const text = 'Рахункова палата попередила 13 червня 2024 року.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([
      { start: 28, end: 47, text: '13 червня 2024 року', value: '2024-06-13', grain: 'day', relative: false },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'Інфляція досягла піку в липні 2023 року.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([
      { start: 22, end: 39, text: 'в липні 2023 року', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a year before року as a year', () => {
    const text = 'Кошти надходитимуть до 2027 року.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([
      { start: 23, end: 32, text: '2027 року', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'Голосування відбудеться 20 січня.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-12-04' })).toEqual([
      { start: 24, end: 32, text: '20 січня', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('finds no date in counts, durations and percentages', () => {
    const text = 'G7 засідала 24 години; зростання склало 2,3 %, а 1500 людей вийшли на вулиці.';
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'У четвер він сказав, що наступного року і 20 січня робота триватиме; закон від 13 червня 2024 року діє до 2027 року.';
    expect(extractDates(text, { vocabulary: uk, reference: null })).toEqual([
      { start: 42, end: 50, text: '20 січня', value: '--01-20', grain: 'day', relative: false },
      { start: 79, end: 98, text: '13 червня 2024 року', value: '2024-06-13', grain: 'day', relative: false },
      { start: 106, end: 115, text: '2027 року', value: '2027', grain: 'year', relative: false },
    ]);
  });
  test('reads a day after a time of day', () => {
    const text = 'Вибухи пролунали о 02:50 6 червня.';
    const start = text.indexOf('о 02:50 6 червня');
    expect(extractDates(text, { vocabulary: uk, reference: '2024-06-14' })).toEqual([
      { start, end: start + 16, text: 'о 02:50 6 червня', value: '2024-06-06', grain: 'day', relative: true },
    ]);
  });
});
