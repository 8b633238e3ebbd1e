import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { en } from './en.js';

describe('English dates', () => {
  test('resolves a weekday to the latest such day up to the publication date', () => {
    const text = 'The minister spoke on Thursday in Berlin.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      { start: 19, end: 30, text: 'on Thursday', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range within one month', () => {
    const text = 'The summit runs June 13 to 15 in Bonn.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      {
        start: 16,
        end: 29,
        text: 'June 13 to 15',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('reads a day range opened with from', () => {
    const text = 'Talks are scheduled from June 13 to 15.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      {
        start: 25,
        end: 38,
        text: 'June 13 to 15',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year and last year against the publication year', () => {
    const text = 'Prices will rise next year after falling last year.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      { start: 17, end: 26, text: 'next year', value: '2025', grain: 'year', relative: true },
      { start: 41, end: 50, text: 'last year', value: '2023', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'Inflation peaked in July 2023.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      { start: 20, end: 29, text: 'July 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a lone year after until as a year', () => {
    const text = 'The money will flow until 2027.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      { start: 26, end: 30, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('reads a range of years', () => {
    const text = 'Output grew between 2020 and 2023.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      {
        start: 20,
        end: 33,
        text: '2020 and 2023',
        value: '2020',
        until: '2023',
        grain: 'year',
        relative: false,
      },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'The vote is on 20 January.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-12-04' })).toEqual([
      { start: 12, end: 25, text: 'on 20 January', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('ends a range that crosses New Year in the following year', () => {
    const text = 'The market is open Dec 30 to Jan 2.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      {
        start: 19,
        end: 34,
        text: 'Dec 30 to Jan 2',
        value: '2023-12-30',
        until: '2024-01-02',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('reads a full date', () => {
    const text = 'The audit office warned on 12 March 2024 that costs could spiral.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      { start: 24, end: 40, text: 'on 12 March 2024', value: '2024-03-12', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations, percentages, ratios and names', () => {
    const text = 'The G7 met for 24 hours; growth was 2.3 % and 1,500 people, a ratio of 1/3, marched.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([]);
  });

  test('does not read a surname or a verb as a month', () => {
    const text = 'Theresa May said the plan may march on.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'On Thursday he said that next year and on 20 January work would go on; the law of 13 June 2024 applies until 2027.';
    expect(extractDates(text, { vocabulary: en, reference: null })).toEqual([
      { start: 39, end: 52, text: 'on 20 January', value: '--01-20', grain: 'day', relative: false },
      { start: 82, end: 94, text: '13 June 2024', value: '2024-06-13', grain: 'day', relative: false },
      { start: 109, end: 113, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('drops shifts by hours or weeks but keeps shifts by days and months', () => {
    const text =
      'Talks began last week and end in 24 hours. The deal was drafted 3 days ago; a first draft dates from two months ago.';
    expect(extractDates(text, { vocabulary: en, reference: '2024-06-14' })).toEqual([
      { start: 64, end: 74, text: '3 days ago', value: '2024-06-11', grain: 'day', relative: true },
      { start: 101, end: 115, text: 'two months ago', value: '2024-04', grain: 'month', relative: true },
    ]);
  });

  test('reads a range of months whose year is written once', () => {
    const text = 'Work pauses from June to August 2024.';
    expect(extractDates(text, { vocabulary: en, reference: null })).toEqual([
      {
        start: 17,
        end: 36,
        text: 'June to August 2024',
        value: '2024-06',
        until: '2024-08',
        grain: 'month',
        relative: false,
      },
    ]);
  });
});
