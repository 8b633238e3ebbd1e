import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import { fr } from './fr.js';

describe('French dates', () => {
  test('resolves a weekday to the latest such day up to the publication date', () => {
    const text = 'Le ministre a parlé jeudi à Berlin.';
    expect(extractDates(text, { vocabulary: fr, reference: '2024-06-14' })).toEqual([
      { start: 20, end: 25, text: 'jeudi', value: '2024-06-13', grain: 'day', relative: true },
    ]);
  });

  test('reads a day range', () => {
    const text = 'Le sommet se tient du 13 au 15 juin à Bonn.';
    expect(extractDates(text, { vocabulary: fr, reference: '2024-06-14' })).toEqual([
      {
        start: 22,
        end: 35,
        text: '13 au 15 juin',
        value: '2024-06-13',
        until: '2024-06-15',
        grain: 'day',
        relative: true,
      },
    ]);
  });

  test('resolves next year written with a typographic apostrophe', () => {
    const text = "Les prix augmenteront l’année prochaine, après une baisse l'an dernier.";
    expect(extractDates(text, { vocabulary: fr, reference: '2024-06-14' })).toEqual([
      { start: 22, end: 39, text: 'l’année prochaine', value: '2025', grain: 'year', relative: true },
      { start: 58, end: 70, text: "l'an dernier", value: '2023', grain: 'year', relative: true },
    ]);
  });

  test('reads a month with its year', () => {
    const text = 'L’inflation a culminé en juillet 2023.';
    expect(extractDates(text, { vocabulary: fr, reference: '2024-06-14' })).toEqual([
      { start: 25, end: 37, text: 'juillet 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test("reads a lone year after d'ici as a year", () => {
    const text = 'Les crédits seront versés d’ici 2027.';
    expect(extractDates(text, { vocabulary: fr, reference: '2024-06-14' })).toEqual([
      { start: 32, end: 36, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });

  test('puts a year-less date in the year nearest the publication date', () => {
    const text = 'Le vote aura lieu le 20 janvier.';
    expect(extractDates(text, { vocabulary: fr, reference: '2024-12-04' })).toEqual([
      { start: 21, end: 31, text: '20 janvier', value: '2025-01-20', grain: 'day', relative: true },
    ]);
  });

  test('reads a full date', () => {
    const text = 'La Cour des comptes avait averti le 12 mars 2024.';
    expect(extractDates(text, { vocabulary: fr, reference: '2024-06-14' })).toEqual([
      { start: 36, end: 48, text: '12 mars 2024', value: '2024-03-12', grain: 'day', relative: false },
    ]);
  });

  test('finds no date in counts, durations, percentages and names', () => {
    const text =
      'Le G7 a siégé 24 heures ; la croissance était de 2,3 % et 1 500 personnes ont vu la planète Mars.';
    expect(extractDates(text, { vocabulary: fr, reference: '2024-06-14' })).toEqual([]);
  });

  test('keeps absolute dates without a publication date, and a day without a year as yearless', () => {
    const text =
      'Jeudi, il a dit que l’année prochaine et le 20 janvier le travail continuerait ; la loi du 13 juin 2024 s’applique jusqu’en 2027.';
    expect(extractDates(text, { vocabulary: fr, reference: null })).toEqual([
      { start: 44, end: 54, text: '20 janvier', value: '--01-20', grain: 'day', relative: false },
      { start: 91, end: 103, text: '13 juin 2024', value: '2024-06-13', grain: 'day', relative: false },
      { start: 124, end: 128, text: '2027', value: '2027', grain: 'year', relative: false },
    ]);
  });
});
