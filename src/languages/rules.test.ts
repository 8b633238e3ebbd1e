import { describe, expect, test } from 'vitest';
import { caseless } from './rules.js';

describe('caseless', () => {
  test('matches fixed words in any case but leaves escapes and classes working', () => {
    const pattern = new RegExp(`^(?:${caseless(String.raw`by|autor(?:in)?|l['’]x\s\p{Lu}`)})$`, 'u');
    const lines = ['by', 'BY', 'By', 'Autorin', 'AUTOR', 'L’x A', "l'X Ä", 'l’x a', 'bye'];
    expect(lines.filter((line) => pattern.test(line))).toEqual([
      'by',
      'BY',
      'By',
      'Autorin',
      'AUTOR',
      'L’x A',
      "l'X Ä",
    ]);
  });
});
