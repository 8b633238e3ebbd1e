import { describe, expect, test } from 'vitest';
import { getSpeechVocabulary, NAME_PARTICLES } from '../speech/index.js';
import { type EntityVocabulary, genericEntities, getEntityVocabulary } from './index.js';

const CODES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'];
const LISTS = [
  'organizationWords',
  'organizationEndings',
  'placeWords',
  'placePrepositions',
  'notNames',
] as const;
const vocabularies: EntityVocabulary[] = CODES.map(getEntityVocabulary);

/** Every base form the endings give a word, as the recogniser tries them. */
function bases(vocabulary: EntityVocabulary, word: string): string[] {
  return vocabulary.nameEndings
    .filter(([ending]) => word.endsWith(ending))
    .map(([ending, base]) => word.slice(0, word.length - ending.length) + base);
}

function problems(check: (vocabulary: EntityVocabulary) => string[]): string[] {
  return vocabularies.flatMap((vocabulary) =>
    check(vocabulary).map((issue) => `${vocabulary.code}: ${issue}`),
  );
}

describe('getEntityVocabulary', () => {
  test('returns the specific vocabulary of each supported language, region subtags ignored', () => {
    expect(vocabularies.map((vocabulary) => vocabulary.code)).toEqual(CODES);
    expect(['de-AT', 'pt_BR', ' UK '].map((tag) => getEntityVocabulary(tag).code)).toEqual([
      'de',
      'pt',
      'uk',
    ]);
  });

  test('returns the generic vocabulary, which has no words, for other or empty tags', () => {
    expect(getEntityVocabulary('sv')).toBe(genericEntities);
    expect(getEntityVocabulary('')).toBe(genericEntities);
    expect(LISTS.flatMap((list) => genericEntities[list])).toEqual([]);
  });
});

describe('entity vocabularies', () => {
  test('write every entry in lower case, trimmed, once per list', () => {
    const bad = problems((vocabulary) =>
      LISTS.flatMap((list) =>
        vocabulary[list]
          .filter((entry, i, all) => entry !== entry.trim().toLowerCase() || all.indexOf(entry) !== i)
          .map((entry) => `${list} "${entry}"`),
      ),
    );
    expect(bad).toEqual([]);
  });

  test('give every language each kind of word', () => {
    const missing = problems((vocabulary) =>
      (['organizationWords', 'placeWords', 'placePrepositions', 'notNames'] as const)
        .filter((list) => vocabulary[list].length === 0)
        .map((list) => list),
    );
    expect(missing).toEqual([]);
  });

  test('capitalise nouns in German only', () => {
    expect(vocabularies.filter((vocabulary) => vocabulary.capitalizesNouns).map((v) => v.code)).toEqual([
      'de',
    ]);
  });

  test('keep organisation endings long enough not to end common words', () => {
    expect(
      problems((vocabulary) => vocabulary.organizationEndings.filter((ending) => ending.length < 5)),
    ).toEqual([]);
  });

  test('never call a word that is no name an organisation or place word, a particle or a role', () => {
    const clashes = problems((vocabulary) => {
      const named = new Set([
        ...vocabulary.organizationWords,
        ...vocabulary.placeWords,
        ...NAME_PARTICLES,
        ...getSpeechVocabulary(vocabulary.code).roles,
      ]);
      return vocabulary.notNames.filter((word) => named.has(word));
    });
    expect(clashes).toEqual([]);
  });

  test('never list a word as both an organisation and a place word, nor a speech role', () => {
    const clashes = problems((vocabulary) => {
      const roles = new Set(getSpeechVocabulary(vocabulary.code).roles);
      const places = new Set(vocabulary.placeWords);
      return vocabulary.organizationWords.filter((word) => places.has(word) || roles.has(word));
    });
    expect(clashes).toEqual([]);
  });

  test('list name endings longest first, lower case, each pair once, leaving a base', () => {
    const bad = problems((vocabulary) =>
      vocabulary.nameEndings
        .filter(([ending, base], i, all) => {
          const previous = all[i - 1];
          return (
            ending === '' ||
            ending !== ending.toLowerCase() ||
            base !== base.toLowerCase() ||
            (previous !== undefined && previous[0].length < ending.length) ||
            all.findIndex(([e, b]) => e === ending && b === base) !== i
          );
        })
        .map(([ending, base]) => `${ending} → ${base}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('spot checks', () => {
  const vocabulary = (code: string) => getEntityVocabulary(code);

  test('turn inflected names back into the forms seen elsewhere', () => {
    const cases: [string, string, string][] = [
      ['de', 'selenskyjs', 'selenskyj'],
      ['de', 'bundestages', 'bundestag'],
      ['nl', 'poetins', 'poetin'],
      ['pl', 'kaczyńskiego', 'kaczyński'],
      ['pl', 'kowalskiej', 'kowalska'],
      ['pl', 'tuskiem', 'tusk'],
      ['pl', 'tuskowi', 'tusk'],
      ['pl', 'warszawie', 'warszawa'],
      ['pl', 'polsce', 'polska'],
      ['pl', 'kijowie', 'kijów'],
      ['pl', 'białym', 'biały'],
      ['ru', 'зеленского', 'зеленский'],
      ['ru', 'путина', 'путин'],
      ['ru', 'путину', 'путин'],
      ['ru', 'путиным', 'путин'],
      ['ru', 'пригожина', 'пригожин'],
      ['ru', 'москвы', 'москва'],
      ['ru', 'москве', 'москва'],
      ['ru', 'ростове', 'ростов'],
      ['ru', 'кремля', 'кремль'],
      ['ru', 'россии', 'россия'],
      ['ru', 'захаровой', 'захарова'],
      ['uk', 'зеленського', 'зеленський'],
      ['uk', 'зеленським', 'зеленський'],
      ['uk', 'києва', 'київ'],
      ['uk', 'харкові', 'харків'],
      ['uk', 'путіним', 'путін'],
      ['uk', 'україни', 'україна'],
      ['uk', 'росії', 'росія'],
    ];
    const missed = cases.filter(([code, word, base]) => !bases(vocabulary(code), word).includes(base));
    expect(missed).toEqual([]);
  });

  test('leave English, French and the other uninflected names alone', () => {
    expect(['en', 'fr', 'es', 'it', 'pt'].flatMap((code) => vocabulary(code).nameEndings)).toEqual([]);
  });

  test('know the words that head organisations and places in each language', () => {
    const expected: [string, keyof EntityVocabulary, string][] = [
      ['en', 'organizationWords', 'ministry'],
      ['en', 'placeWords', 'oblast'],
      ['de', 'organizationEndings', 'ministerium'],
      ['de', 'organizationWords', 'rat'],
      ['de', 'placeWords', 'abtei'],
      ['fr', 'placeWords', 'région'],
      ['es', 'placeWords', 'provincia'],
      ['it', 'organizationWords', 'partito'],
      ['pt', 'organizationWords', 'ministério'],
      ['nl', 'organizationWords', 'partij'],
      ['pl', 'placeWords', 'obwód'],
      ['pl', 'organizationWords', 'partii'],
      ['ru', 'organizationWords', 'министерства'],
      ['ru', 'placeWords', 'области'],
      ['uk', 'organizationWords', 'партії'],
      ['uk', 'placeWords', 'області'],
    ];
    const missing = expected.filter(
      ([code, list, word]) => !(vocabulary(code)[list] as unknown[]).includes(word),
    );
    expect(missing).toEqual([]);
  });

  test('know sentence openers, weekdays, months and headline words that are no names', () => {
    const expected: [string, string[]][] = [
      ['en', ['however', 'monday', 'january', 'live', 'breaking', 'exclusive']],
      ['de', ['gestern', 'außerdem', 'montag', 'märz', 'liveticker']],
      ['fr', ['hier', 'cependant', 'lundi', 'janvier', 'vidéo']],
      ['pl', ['więcej', 'także', 'środę', 'stycznia']],
      ['ru', ['однако', 'также', 'после', 'пятницу', 'января']],
      ['uk', ['однак', 'також', 'після', 'пʼятницю', 'січня']],
    ];
    const missing = expected.flatMap(([code, words]) =>
      words.filter((word) => !vocabulary(code).notNames.includes(word)).map((word) => `${code}: ${word}`),
    );
    expect(missing).toEqual([]);
  });

  test('keep words that open or are names out of notNames', () => {
    const kept: [string, string[]][] = [
      ['en', ['the', 'may', 'will', 'said']],
      ['de', ['die', 'der', 'von']],
      ['fr', ['le', 'la', 'mars']],
      ['es', ['el', 'los', 'domingo', 'julio']],
      ['pl', ['po', 'kim', 'maja']],
      ['ru', ['ким', 'том', 'марта']],
    ];
    const wrong = kept.flatMap(([code, words]) =>
      words.filter((word) => vocabulary(code).notNames.includes(word)).map((word) => `${code}: ${word}`),
    );
    expect(wrong).toEqual([]);
  });
});
