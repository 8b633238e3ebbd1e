import { describe, expect, test } from 'vitest';
import { generic } from './generic.js';
import { getDateVocabulary } from './index.js';

describe('getDateVocabulary', () => {
  test('finds the vocabulary of each language Parallax knows by its primary subtag', () => {
    const codes = ['en', 'de-AT', 'fr_CA', 'ES', 'it', 'pt-BR', 'nl', 'pl', 'ru', 'uk'];
    expect(codes.map((code) => getDateVocabulary(code).code)).toEqual([
      'en',
      'de',
      'fr',
      'es',
      'it',
      'pt',
      'nl',
      'pl',
      'ru',
      'uk',
    ]);
  });

  test('falls back to the generic vocabulary for other and unknown languages', () => {
    expect(getDateVocabulary('hu')).toBe(generic);
    expect(getDateVocabulary('')).toBe(generic);
    expect(getDateVocabulary('und')).toBe(generic);
  });
});
