import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { es } from './es.js';

describe('Spanish dates', () => {
  test('resolves a weekday to the latest such day up to the publication date', () => {
    const text = 'El ministro habló el jueves en Berlín.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-06-14' })).toEqual([
      { start: 18, end: 27, text: 'el jueves', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range that chrono reads as hours', () => {
    const text = 'La cumbre se celebra del 13 al 15 de junio en Bonn.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-06-14' })).toEqual([
      {
        start: 25,
        end: 42,
        text: '13 al 15 de junio',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year and last year against the publication year', () => {
    const text = 'Los precios subirán el próximo año tras caer el año pasado.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-06-14' })).toEqual([
      { start: 20, end: 34, text: 'el próximo año', value: '2025', grain: 'year', relative: true },
      { start: 45, end: 58, text: 'el año pasado', value: '2023', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'La inflación tocó techo en julio de 2023.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-06-14' })).toEqual([
      { start: 27, end: 40, text: 'julio de 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a lone year after hasta as a year', () => {
    const text = 'El dinero llegará hasta 2027.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-06-14' })).toEqual([
      { start: 24, end: 28, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'La votación será el 20 de enero.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-12-04' })).toEqual([
      { start: 20, end: 31, text: '20 de enero', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('reads a full date', () => {
    const text = 'El tribunal advirtió el 12 de marzo de 2024.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-06-14' })).toEqual([
      { start: 24, end: 43, text: '12 de marzo de 2024', value: '2024-03-12', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations and percentages', () => {
    const text = 'El G7 se reunió 24 horas; el crecimiento fue del 2,3 % y 1.500 personas protestaron.';
    expect(extractDates(text, { vocabulary: es, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'El jueves dijo que el próximo año y el 20 de enero seguiría el trabajo; la ley del 13 de junio de 2024 rige hasta 2027.';
    expect(extractDates(text, { vocabulary: es, reference: null })).toEqual([
      { start: 39, end: 50, text: '20 de enero', value: '--01-20', grain: 'day', relative: false },
      {
        start: 83,
        end: 102,
        text: '13 de junio de 2024',
        value: '2024-06-13',
        grain: 'day',
        relative: false,
      },
      { start: 114, end: 118, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });
});
