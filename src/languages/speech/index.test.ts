import { describe, expect, test } from 'vitest';
import { genericSpeech, getSpeechVocabulary, type SpeechVocabulary } from './index.js';

const CODES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'];
const LISTS = [
  'verbs',
  'sources',
  'roles',
  'roleSuffixes',
  'determiners',
  'notNames',
  'particles',
  'pronouns',
] as const;

describe('getSpeechVocabulary', () => {
  test('returns the specific vocabulary of each supported language, region subtags ignored', () => {
    expect(CODES.map((code) => getSpeechVocabulary(code).code)).toEqual(CODES);
    expect(['de-AT', 'pt_BR', ' EN-gb '].map((tag) => getSpeechVocabulary(tag).code)).toEqual([
      'de',
      'pt',
      'en',
    ]);
  });

  test('returns the generic vocabulary, which has no verbs, for other or empty tags', () => {
    expect(getSpeechVocabulary('sv')).toBe(genericSpeech);
    expect(getSpeechVocabulary('')).toBe(genericSpeech);
    expect(genericSpeech.verbs).toEqual([]);
  });
});

describe('speech vocabularies', () => {
  const vocabularies: SpeechVocabulary[] = CODES.map(getSpeechVocabulary);

  test('write every entry in lower case without surrounding spaces', () => {
    const bad = vocabularies.flatMap((vocabulary) =>
      LISTS.flatMap((list) =>
        vocabulary[list]
          .filter((entry) => entry !== entry.trim() || entry !== entry.toLowerCase() || entry === '')
          .map((entry) => `${vocabulary.code}.${list}: "${entry}"`),
      ),
    );
    expect(bad).toEqual([]);
  });

  test('give every language speech verbs, source words and pronouns', () => {
    const missing = vocabularies.flatMap((vocabulary) =>
      (['verbs', 'sources', 'pronouns'] as const)
        .filter((list) => vocabulary[list].length === 0)
        .map((list) => `${vocabulary.code}.${list}`),
    );
    expect(missing).toEqual([]);
  });

  test('never list a word both as a role and as a word that cannot start a name', () => {
    const clashes = vocabularies.flatMap((vocabulary) => {
      const notNames = new Set(vocabulary.notNames);
      return vocabulary.roles
        .filter((role) => notNames.has(role))
        .map((role) => `${vocabulary.code}: ${role}`);
    });
    expect(clashes).toEqual([]);
  });
});
