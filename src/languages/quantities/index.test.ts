import { describe, expect, test } from 'vitest';
import { en } from './en.js';
import { getQuantityVocabulary, listQuantityLanguages } from './index.js';
import type { QuantityVocabulary } from './vocabulary.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'];

function words(vocabulary: QuantityVocabulary): string[] {
  return [
    ...Object.keys(vocabulary.numbers),
    ...vocabulary.articles,
    ...Object.keys(vocabulary.scales),
    ...Object.keys(vocabulary.currencies),
    ...vocabulary.percent,
    ...Object.keys(vocabulary.durations),
    ...vocabulary.decades,
    ...Object.keys(vocabulary.compounds.stems),
    ...Object.keys(vocabulary.compounds.units),
    ...vocabulary.months,
    ...vocabulary.functionWords,
  ];
}

describe('getQuantityVocabulary', () => {
  test('has a specific vocabulary for each of the ten core languages', () => {
    expect(listQuantityLanguages()).toEqual(LANGUAGES);
  });

  test('finds the vocabulary of a regional tag by its language', () => {
    expect(getQuantityVocabulary('en-GB')).toBe(en);
    expect(getQuantityVocabulary('de_AT').locale).toBe('de');
  });

  test('builds a generic vocabulary once for other languages, with their locale', () => {
    const sv = getQuantityVocabulary('sv');
    expect(sv.locale).toBe('sv');
    expect(sv.numbers).toEqual({});
    expect(sv.percent).toEqual(['%']);
    expect(getQuantityVocabulary('sv-FI')).toBe(sv);
  });

  test('falls back to the undetermined locale for a malformed tag', () => {
    expect(getQuantityVocabulary('not a tag!').locale).toBe('und');
  });
});

describe('quantity vocabularies', () => {
  test('spell out every cardinal from 0 to 100', () => {
    for (const lang of LANGUAGES) {
      const values = new Set(Object.values(getQuantityVocabulary(lang).numbers));
      const missing = Array.from({ length: 101 }, (_, n) => n).filter((n) => n > 1 && !values.has(n));
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });

  test('write every word in lower case', () => {
    for (const lang of LANGUAGES) {
      const upper = words(getQuantityVocabulary(lang)).filter((word) => word !== word.toLowerCase());
      expect({ lang, upper }).toEqual({ lang, upper: [] });
    }
  });

  test('write Russian and Ukrainian words in Cyrillic only', () => {
    for (const lang of ['ru', 'uk']) {
      const latin = words(getQuantityVocabulary(lang)).filter((word) => /[a-z]/.test(word));
      expect({ lang, latin }).toEqual({ lang, latin: [] });
    }
  });

  test('map every currency to an ISO 4217 code', () => {
    for (const lang of LANGUAGES) {
      const vocabulary = getQuantityVocabulary(lang);
      const codes = Object.values({ ...vocabulary.currencies, ...vocabulary.currencySymbols });
      expect(codes.filter((code) => !/^[A-Z]{3}$/.test(code))).toEqual([]);
    }
  });
});
