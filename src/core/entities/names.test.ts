import { describe, expect, test } from 'vitest';
import {
  foldName,
  joinedReadings,
  phoneticKey,
  sameGivenAcrossLanguages,
  sameGivenSound,
  sameName,
  sameWord,
} from './names.js';

describe('name folding and matching across scripts and spellings', () => {
  test('folds scripts, diacritics, apostrophes and hyphens to lower-case ASCII words', () => {
    expect(['Зеленський', 'Rütte', 'Maison-Blanche', "O'Neill"].map(foldName)).toEqual([
      'zelenskiy',
      'rutte',
      'maison blanche',
      'oneill',
    ]);
  });

  test('one phonetic key for the spellings of one name', () => {
    const keys = ['Selenskij', 'Zelenskyy', 'Zelensky', 'Зеленський', 'Зеленский'].map(phoneticKey);
    expect(new Set(keys).size).toBe(1);
  });

  test('spellings of one name are the same name', () => {
    expect(sameWord('selenskij', 'zelenskyy')).toBe(true);
    expect(sameWord('kiew', 'kyiv')).toBe(true);
    expect(sameWord('charkow', 'kharkiv')).toBe(true);
    expect(sameWord('prigoschin', 'prigozhin')).toBe(true);
    expect(sameName('Wolodymyr Selenskyj', 'Volodymyr Zelenskyy')).toBe(true);
  });

  test('different names stay different, however close', () => {
    expect(sameWord('rutte', 'ruttgers')).toBe(false);
    expect(sameWord('biden', 'bidet')).toBe(false);
    expect(sameName('Joe Biden', 'Hunter Biden')).toBe(false);
    expect(sameName('Biden', 'Joe Biden')).toBe(false);
  });
});

describe('given names across languages', () => {
  test('renderings of one given name share the start of their phonetic code', () => {
    expect(sameGivenAcrossLanguages('charles', 'karl')).toBe(true);
    expect(sameGivenAcrossLanguages('carlos', 'karol')).toBe(true);
    expect(sameGivenAcrossLanguages('william', 'karl')).toBe(false);
  });

  test('a given name alone must sound like the other in full', () => {
    expect(sameGivenSound('carlo', 'karl')).toBe(true);
    expect(sameGivenSound('charlotte', 'karl')).toBe(false);
  });
});

describe('joinedReadings', () => {
  test('joins one alternative per word, in order, up to the bound', () => {
    const words = [
      ['Wielkiej', 'Wielka'],
      ['Brytanii', 'Brytania'],
    ];
    expect(joinedReadings(words, 16)).toEqual([
      'Wielkiej Brytanii',
      'Wielkiej Brytania',
      'Wielka Brytanii',
      'Wielka Brytania',
    ]);
    expect(joinedReadings(words, 3)).toEqual(['Wielkiej Brytanii', 'Wielkiej Brytania', 'Wielka Brytanii']);
  });
});
