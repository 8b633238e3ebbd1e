import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { pt } from './pt.js';

describe('Portuguese dates', () => {
  test('resolves a weekday to the latest such day up to the publication date', () => {
    const text = 'O ministro falou na quinta-feira em Berlim.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-06-14' })).toEqual([
      { start: 17, end: 32, text: 'na quinta-feira', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range', () => {
    const text = 'A cimeira decorre de 13 a 15 de junho em Bona.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-06-14' })).toEqual([
      {
        start: 21,
        end: 37,
        text: '13 a 15 de junho',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year and last year against the publication year', () => {
    const text = 'Os preços vão subir no próximo ano, depois de caírem no ano passado.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-06-14' })).toEqual([
      { start: 20, end: 34, text: 'no próximo ano', value: '2025', grain: 'year', relative: true },
      { start: 53, end: 67, text: 'no ano passado', value: '2023', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'A inflação atingiu o pico em julho de 2023.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-06-14' })).toEqual([
      { start: 29, end: 42, text: 'julho de 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('reads a lone year after até as a year', () => {
    const text = 'O dinheiro chegará até 2027.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-06-14' })).toEqual([
      { start: 23, end: 27, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'A votação será em 20 de janeiro.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-12-04' })).toEqual([
      { start: 18, end: 31, text: '20 de janeiro', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('reads a full date', () => {
    const text = 'O tribunal alertou em 12 de março de 2024.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-06-14' })).toEqual([
      { start: 22, end: 41, text: '12 de março de 2024', value: '2024-03-12', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations and percentages', () => {
    const text = 'O G7 reuniu-se durante 24 horas; o crescimento foi de 2,3 % e 1.500 pessoas protestaram.';
    expect(extractDates(text, { vocabulary: pt, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'Na quinta-feira disse que no próximo ano e em 20 de janeiro o trabalho continuará; a lei de 13 de junho de 2024 vale até 2027.';
    expect(extractDates(text, { vocabulary: pt, reference: null })).toEqual([
      { start: 46, end: 59, text: '20 de janeiro', value: '--01-20', grain: 'day', relative: false },
      {
        start: 92,
        end: 111,
        text: '13 de junho de 2024',
        value: '2024-06-13',
        grain: 'day',
        relative: false,
      },
      { start: 121, end: 125, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });
});
