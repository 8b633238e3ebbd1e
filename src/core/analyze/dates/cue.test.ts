import { describe, expect, test } from 'vitest';
import { getDateVocabulary } from '../../../languages/dates/index.js';
import { quickCue } from './cue.js';

const SENTENCES = [
  'The summit opened on Monday in Brussels.',
  'He spoke for an hour; nothing was decided.',
  'Am Donnerstag sagte er, die Gespräche gingen weiter.',
  'Il a parlé aujourd’hui et l’an prochain.',
  'La reunión fue ayer por la mañana.',
  'Spotkanie odbyło się w czwartek, 13 czerwca 2024 r.',
  'Встреча прошла в среду в Москве.',
  'Зустріч відбулася у п’ятницю в Києві.',
  'MAYOR and JANE met in the MONTHLY review.',
  'Nothing here at all.',
];

describe('quickCue', () => {
  test('leads a cue with the letters its matches start with and groups its words by letter', () => {
    expect(quickCue(/may|june|ago(?!\p{L})|(?<!\p{L})jan\.? ?\d/iu).source).toMatchInlineSnapshot(
      `"(?=[mja])(?:m(?:ay)|j(?:une)|a(?:go(?!\\p{L}))|(?<!\\p{L})jan\\.? ?\\d)"`,
    );
  });

  test('matches exactly the sentences the cue of every language matches', () => {
    for (const code of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'und']) {
      const { cue } = getDateVocabulary(code);
      const quick = quickCue(cue);
      for (const sentence of SENTENCES) {
        const plain = sentence.replace(/’/gu, "'");
        expect(quick.test(plain), `${code}: ${sentence}`).toBe(cue.test(plain));
      }
    }
  });

  test('returns a cue it cannot read unchanged', () => {
    const cue = /(?:a|b)?c|\p{L}x/iu;
    expect(quickCue(cue)).toBe(cue);
  });
});
