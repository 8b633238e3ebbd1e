import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { it } from './it.js';

describe('Italian dates', () => {
  test('resolves a weekday to the latest such day up to the publication date', () => {
    const text = 'Il ministro ha parlato giovedì a Berlino.';
    expect(extractDates(text, { vocabulary: it, reference: '2024-06-14' })).toEqual([
      { start: 23, end: 30, text: 'giovedì', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range', () => {
    const text = 'Il vertice si tiene dal 13 al 15 giugno a Bonn.';
    expect(extractDates(text, { vocabulary: it, reference: '2024-06-14' })).toEqual([
      {
        start: 24,
        end: 39,
        text: '13 al 15 giugno',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year against the publication year', () => {
    const text = "I prezzi saliranno l'anno prossimo.";
    expect(extractDates(text, { vocabulary: it, reference: '2024-06-14' })).toEqual([
      { start: 19, end: 34, text: "l'anno prossimo", value: '2025', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = "L'inflazione ha toccato il picco a luglio 2023.";
    expect(extractDates(text, { vocabulary: it, reference: '2024-06-14' })).toEqual([
      { start: 35, end: 46, text: 'luglio 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a lone year after entro il as a year', () => {
    const text = 'I fondi arriveranno entro il 2027.';
    expect(extractDates(text, { vocabulary: it, reference: '2024-06-14' })).toEqual([
      { start: 29, end: 33, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'Il voto è il 20 gennaio.';
    expect(extractDates(text, { vocabulary: it, reference: '2024-12-04' })).toEqual([
      { start: 10, end: 23, text: 'il 20 gennaio', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('reads a full date', () => {
    const text = 'La Corte dei conti aveva avvertito il 12 marzo 2024.';
    expect(extractDates(text, { vocabulary: it, reference: '2024-06-14' })).toEqual([
      { start: 35, end: 51, text: 'il 12 marzo 2024', value: '2024-03-12', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations and percentages', () => {
    const text =
      'Il G7 ha discusso per 24 ore; la crescita è stata del 2,3 % e 1.500 persone hanno manifestato.';
    expect(extractDates(text, { vocabulary: it, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      "Giovedì ha detto che l'anno prossimo e il 20 gennaio il lavoro continuerà; la legge del 13 giugno 2024 vale fino al 2027.";
    expect(extractDates(text, { vocabulary: it, reference: null })).toEqual([
      { start: 39, end: 52, text: 'il 20 gennaio', value: '--01-20', grain: 'day', relative: false },
      { start: 88, end: 102, text: '13 giugno 2024', value: '2024-06-13', grain: 'day', relative: false },
      { start: 116, end: 120, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });
});
