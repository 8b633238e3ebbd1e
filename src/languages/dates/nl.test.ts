import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { nl } from './nl.js';

describe('Dutch dates', () => {
  test('resolves a weekday to the latest such day up to the publication date', () => {
    const text = 'De minister sprak donderdag in Berlijn.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-06-14' })).toEqual([
      { start: 18, end: 27, text: 'donderdag', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range', () => {
    const text = 'De top duurt van 13 tot 15 juni in Bonn.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-06-14' })).toEqual([
      {
        start: 17,
        end: 31,
        text: '13 tot 15 juni',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year against the publication year', () => {
    const text = 'De prijzen stijgen volgend jaar.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-06-14' })).toEqual([
      { start: 19, end: 31, text: 'volgend jaar', value: '2025', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'De inflatie piekte in juli 2023.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-06-14' })).toEqual([
      { start: 22, end: 31, text: 'juli 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a lone year after tot as a year', () => {
    const text = 'Het geld komt tot 2027 vrij.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-06-14' })).toEqual([
      { start: 18, end: 22, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'De stemming is op 20 januari.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-12-04' })).toEqual([
      { start: 18, end: 28, text: '20 januari', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('reads a full date', () => {
    const text = 'De Rekenkamer waarschuwde op 12 maart 2024.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-06-14' })).toEqual([
      { start: 29, end: 42, text: '12 maart 2024', value: '2024-03-12', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations and percentages', () => {
    const text = 'De G7 vergaderde 24 uur; de groei was 2,3 % en 1.500 mensen demonstreerden.';
    expect(extractDates(text, { vocabulary: nl, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'Donderdag zei hij dat volgend jaar en op 20 januari het werk doorgaat; de wet van 13 juni 2024 geldt tot 2027.';
    expect(extractDates(text, { vocabulary: nl, reference: null })).toEqual([
      { start: 41, end: 51, text: '20 januari', value: '--01-20', grain: 'day', relative: false },
      { start: 82, end: 94, text: '13 juni 2024', value: '2024-06-13', grain: 'day', relative: false },
      { start: 105, end: 109, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });
});
