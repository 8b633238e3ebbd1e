import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { ru } from './ru.js';

describe('Russian dates', () => {
  test('resolves в четверг to the Thursday before a Friday publication', () => {
    const text = 'Министр выступил в четверг в Берлине.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([
      { start: 17, end: 26, text: 'в четверг', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range', () => {
    const text = 'Саммит пройдет с 13 по 15 июня в Бонне.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([
      {
        start: 15,
        end: 30,
        text: 'с 13 по 15 июня',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year against the publication year', () => {
    const text = 'Цены вырастут в следующем году.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([
      { start: 14, end: 30, text: 'в следующем году', value: '2025', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'Инфляция достигла пика в июле 2023 года.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([
      { start: 23, end: 39, text: 'в июле 2023 года', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a year before года as a year', () => {
    const text = 'Средства будут выделяться до 2027 года.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([
      { start: 29, end: 38, text: '2027 года', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'Голосование состоится 20 января.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-12-04' })).toEqual([
      { start: 22, end: 31, text: '20 января', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('reads a full date', () => {
    const text = 'Счетная палата предупреждала 12 марта 2024 года.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([
      { start: 29, end: 47, text: '12 марта 2024 года', value: '2024-03-12', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations and percentages', () => {
    const text = 'G7 заседала 24 часа; рост составил 2,3 %, а 1500 человек вышли на улицы.';
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'В четверг он сказал, что в следующем году и 20 января работа продолжится; закон от 13 июня 2024 года действует до 2027 года.';
    expect(extractDates(text, { vocabulary: ru, reference: null })).toEqual([
      { start: 44, end: 53, text: '20 января', value: '--01-20', grain: 'day', relative: false },
      { start: 83, end: 100, text: '13 июня 2024 года', value: '2024-06-13', grain: 'day', relative: false },
      { start: 114, end: 123, text: '2027 года', value: '2027', grain: 'year', relative: false },
    ]);
  });
  test('reads a day after a time of day', () => {
    const text = 'Взрывы прогремели около 02:50 6 июня.';
    const start = text.indexOf('02:50 6 июня');
    expect(extractDates(text, { vocabulary: ru, reference: '2024-06-14' })).toEqual([
      { start, end: start + 12, text: '02:50 6 июня', value: '2024-06-06', grain: 'day', relative: true },
    ]);
  });
});
