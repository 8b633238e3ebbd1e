import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { de } from './de.js';

describe('German dates', () => {
  test('resolves a weekday to the latest such day up to the publication date', () => {
    const text = 'Am Donnerstag sagte die Ministerin, die Hilfen würden steigen.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 0, end: 13, text: 'Am Donnerstag', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range that shares its month and year', () => {
    const text = 'Der Gipfel findet vom 13.–15. Juni 2024 in Bonn statt.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      {
        start: 22,
        end: 39,
        text: '13.–15. Juni 2024',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: false,
      },
    ]);
  });

  test('reads a range written with bis', () => {
    const text = 'Die Messe läuft vom 13. bis 15. Juni.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      {
        start: 20,
        end: 36,
        text: '13. bis 15. Juni',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year against the publication year', () => {
    const text = 'Die Hilfen sollen im nächsten Jahr steigen, im vergangenen Jahr waren sie gesunken.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 18, end: 34, text: 'im nächsten Jahr', value: '2025', grain: 'year', relative: true },
      { start: 44, end: 63, text: 'im vergangenen Jahr', value: '2023', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'Die Preise stiegen im Juli 2023 stark.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 22, end: 31, text: 'Juli 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a lone year after bis as a year', () => {
    const text = 'Das Programm läuft bis 2027.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 23, end: 27, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'Die Wahl ist am 20. Januar.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-12-04' })).toEqual([
      { start: 13, end: 26, text: 'am 20. Januar', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('reads a date with a time of day as that day', () => {
    const text = 'Die Sitzung begann am 12. September 2025 um 11:02 Uhr.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      {
        start: 19,
        end: 53,
        text: 'am 12. September 2025 um 11:02 Uhr',
        value: '2025-09-12',
        grain: 'day',
        relative: false,
      },
    ]);
  });

  test('joins a weekday to the date after it', () => {
    const text = 'Am Freitag, dem 14. Juni 2024, trafen sie sich erneut.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      {
        start: 0,
        end: 29,
        text: 'Am Freitag, dem 14. Juni 2024',
        value: '2024-06-14',
        grain: 'day',
        relative: false,
      },
    ]);
  });

  test('finds no date in counts, durations, percentages and names', () => {
    const text =
      'Die G7 verhandelten 24 Stunden lang; das Wachstum lag bei 2,3 % und 1.500 Menschen demonstrierten.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([]);
  });

  test('does not read am Morgen as tomorrow', () => {
    const text = 'Sie trafen sich am Morgen, morgen reisen sie ab.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 27, end: 33, text: 'morgen', value: '2024-06-15', grain: 'day', relative: true },
    ]);
  });

  test('reads a numeric date', () => {
    const text = 'Das Gesetz gilt seit dem 01.03.2024.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 25, end: 35, text: '01.03.2024', value: '2024-03-01', grain: 'day', relative: false },
    ]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'Am Donnerstag hieß es, im nächsten Jahr und am 20. Januar gehe es weiter; das Gesetz vom 13. Juni 2024 gilt bis 2027.';
    expect(extractDates(text, { vocabulary: de, reference: null })).toEqual([
      { start: 44, end: 57, text: 'am 20. Januar', value: '--01-20', grain: 'day', relative: false },
      { start: 89, end: 102, text: '13. Juni 2024', value: '2024-06-13', grain: 'day', relative: false },
      { start: 112, end: 116, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('reads a range of months whose year is written once', () => {
    const text = 'Die Baustelle ruht von Juni bis August 2024 und von November bis Februar 2025.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      {
        start: 23,
        end: 43,
        text: 'Juni bis August 2024',
        value: '2024-06',
        until: '2024-08',
        grain: 'month',
        relative: false,
      },
      {
        start: 52,
        end: 77,
        text: 'November bis Februar 2025',
        value: '2024-11',
        until: '2025-02',
        grain: 'month',
        relative: false,
      },
    ]);
  });
});
