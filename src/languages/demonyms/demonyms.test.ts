import { describe, expect, test } from 'vitest';
import { conceptMatcher } from '../../core/compare/concepts.js';
import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { enDemonyms } from './en.js';
import { demonymVocabularies } from './index.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'];
const ENGLISH_CODES = Object.keys(enDemonyms.concepts).sort();

/** Countries a language has no distinct word for: none so far. */
const WITHOUT_WORD: Record<string, readonly string[]> = {};

const vocabularies = Object.entries(demonymVocabularies);

/** Every entry of a vocabulary with its country code. */
const entries = (vocabulary: ConceptVocabulary) =>
  Object.entries(vocabulary.concepts).flatMap(([code, words]) => words.map((entry) => ({ code, entry })));

describe('demonym vocabularies', () => {
  test('cover the ten supported languages in order, each under its own code', () => {
    expect(Object.keys(demonymVocabularies)).toEqual(LANGUAGES);
    expect(vocabularies.filter(([code, vocabulary]) => vocabulary.code !== code)).toEqual([]);
  });

  test.each(vocabularies)(
    '%s uses only the countries of the English list, each with words',
    (_, vocabulary) => {
      const codes = Object.keys(vocabulary.concepts);
      expect(codes.filter((code) => !ENGLISH_CODES.includes(code))).toEqual([]);
      expect(codes.filter((code) => (vocabulary.concepts[code] ?? []).length === 0)).toEqual([]);
    },
  );

  test.each(vocabularies)('%s covers every country of the English list', (language, vocabulary) => {
    const missing = ENGLISH_CODES.filter((code) => !Object.hasOwn(vocabulary.concepts, code));
    expect(missing).toEqual([...(WITHOUT_WORD[language] ?? [])].sort());
  });

  test.each(vocabularies)(
    '%s entries: one lower-case word, stems of four letters or more',
    (language, vocabulary) => {
      const bad = entries(vocabulary).filter(({ entry }) => {
        const body = entry.endsWith('*') ? entry.slice(0, -1) : entry;
        return (
          !/^[\p{L}\p{M}]+$/u.test(body) ||
          body !== body.toLocaleLowerCase(language) ||
          body.includes('ё') ||
          (entry.endsWith('*') && Array.from(body).length < 4)
        );
      });
      expect(bad).toEqual([]);
    },
  );

  test.each(vocabularies)('%s lists each entry under one country, once', (_, vocabulary) => {
    const seen = new Map<string, string>();
    const twice = entries(vocabulary).filter(({ code, entry }) => {
      const before = seen.get(entry);
      seen.set(entry, code);
      return before !== undefined;
    });
    expect(twice).toEqual([]);
  });

  test.each(vocabularies)("%s: no stem reaches another country's words", (_, vocabulary) => {
    const all = entries(vocabulary);
    const stems = all
      .filter(({ entry }) => entry.endsWith('*'))
      .map(({ code, entry }) => ({ code, stem: entry.slice(0, -1) }));
    const shadowed = all.flatMap(({ code, entry }) =>
      stems
        .filter((stem) => stem.code !== code && entry.replace(/\*$/, '').startsWith(stem.stem))
        .map((stem) => `${stem.stem}* (${stem.code}) reaches ${entry} (${code})`),
    );
    expect(shadowed).toEqual([]);
  });
});

describe('conceptMatcher over the demonyms', () => {
  test.each([
    ['en', 'ukrainian', ['ua']],
    ['en', 'britons', ['gb']],
    ['en', 'ukraine', []],
    ['de', 'ukrainischer', ['ua']],
    ['de', 'franzosen', ['fr']],
    ['de', 'amerikanischen', ['us']],
    ['de', 'deutschland', []],
    ['de', 'ungarn', []],
    ['fr', 'ukrainiennes', ['ua']],
    ['fr', "l'américain", ['us']],
    ['fr', 'allemande', ['de']],
    ['fr', 'suisse', []],
    ['es', 'estadounidenses', ['us']],
    ['es', 'ucranianos', ['ua']],
    ['es', 'alemanas', ['de']],
    ['es', 'india', []],
    ['it', 'ucraini', ['ua']],
    ['it', 'statunitensi', ['us']],
    ['it', "dell'italiano", ['it']],
    ['it', 'ucraina', []],
    ['pt', 'ucranianos', ['ua']],
    ['pt', 'alemães', ['de']],
    ['pt', 'americanos', ['us']],
    ['pt', 'argentina', []],
    ['nl', 'oekraïense', ['ua']],
    ['nl', 'amerikanen', ['us']],
    ['nl', 'duitse', ['de']],
    ['nl', 'polen', []],
    ['nl', 'let', []],
    ['pl', 'ukraińskiego', ['ua']],
    ['pl', 'ukraińców', ['ua']],
    ['pl', 'amerykanie', ['us']],
    ['pl', 'niemcy', []],
    ['pl', 'polska', []],
    ['ru', 'украинского', ['ua']],
    ['ru', 'украинцев', ['ua']],
    ['ru', 'американцы', ['us']],
    ['ru', 'украина', []],
    ['ru', 'хорватия', []],
    ['uk', 'українського', ['ua']],
    ['uk', 'американці', ['us']],
    ['uk', "в'єтнамський", ['vn']],
    ['uk', 'україна', []],
    ['uk', 'румунія', []],
  ] as const)('%s %s → %j', (language, word, countries) => {
    const vocabulary = demonymVocabularies[language];
    expect(vocabulary).toBeDefined();
    expect(conceptMatcher(vocabulary as ConceptVocabulary)(word)).toEqual(countries);
  });
});
