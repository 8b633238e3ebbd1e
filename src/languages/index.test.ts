import { describe, expect, test } from 'vitest';
import { commonRules } from './common-rules.js';
import { allBoilerplateRules, getProfile, listProfiles } from './index.js';

describe('getProfile', () => {
  test('finds the specific profile for any spelling of a language tag', () => {
    const tags = ['de', 'DE', 'de-AT', 'de_CH', 'deu', ' ger '];
    expect(tags.map((tag) => getProfile(tag).name)).toEqual(tags.map(() => 'German'));
  });

  test('builds a generic profile from shared data for other languages, once', () => {
    const swedish = getProfile('sv');
    expect({
      code: swedish.code,
      name: swedish.name,
      stem: ['regeringen', 'regeringens'].map((word) => swedish.stem(word)),
      stopword: swedish.stopwords.has('och'),
      segmentsWords: swedish.segmentsWords,
      cached: getProfile('sv-SE') === swedish,
    }).toEqual({
      code: 'sv',
      name: 'Swedish',
      stem: ['regering', 'regering'],
      stopword: true,
      segmentsWords: false,
      cached: true,
    });
  });

  test('marks languages written without spaces as segmented', () => {
    const codes = ['zh', 'ja', 'th', 'lo', 'km', 'my', 'ko', 'sv'];
    expect(Object.fromEntries(codes.map((code) => [code, getProfile(code).segmentsWords]))).toEqual({
      zh: true,
      ja: true,
      th: true,
      lo: true,
      km: true,
      my: true,
      ko: false,
      sv: false,
    });
  });

  test('maps deprecated and macrolanguage codes to the data that exists for them', () => {
    const profiles = ['iw', 'tl', 'nb'].map(getProfile);
    expect(profiles.map((p) => [p.code, p.stopwords.size > 0, p.stem('husene') !== 'husene'])).toEqual([
      ['he', true, false],
      ['fil', true, false],
      ['nb', true, true],
    ]);
  });

  test('falls back to a neutral profile for empty, malformed or unknown tags', () => {
    const profiles = ['', 'x', '12', 'zz', 'und'].map(getProfile);
    expect(new Set(profiles).size).toBe(1);
    const neutral = profiles[0];
    expect({
      code: neutral?.code,
      name: neutral?.name,
      stem: neutral?.stem('signed'),
      stopwords: neutral?.stopwords.size,
      boilerplate: neutral?.boilerplate,
    }).toEqual({ code: 'und', name: 'Undetermined', stem: 'signed', stopwords: 0, boilerplate: commonRules });
  });
});

describe('specific profiles', () => {
  test('cover the ten languages with specific boilerplate knowledge', () => {
    expect(listProfiles().map((profile) => profile.code)).toEqual([
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

  test('have stopwords including their most common function word', () => {
    const common: Record<string, string> = {
      en: 'the',
      de: 'der',
      fr: 'le',
      es: 'el',
      it: 'il',
      pt: 'o',
      nl: 'de',
      pl: 'i',
      ru: 'и',
      uk: 'і',
    };
    expect(
      Object.fromEntries(listProfiles().map((p) => [p.code, p.stopwords.has(common[p.code] ?? '')])),
    ).toEqual(Object.fromEntries(listProfiles().map((p) => [p.code, true])));
  });

  test('stem inflected forms together where @orama/stemmers has a stemmer', () => {
    const forms: Record<string, [string, string]> = {
      en: ['signed', 'signing'],
      de: ['unterzeichneten', 'unterzeichnet'],
      fr: ['signé', 'signés'],
      es: ['firmaron', 'firmó'],
      it: ['firmato', 'firmata'],
      pt: ['assinaram', 'assinado'],
      nl: ['ondertekend', 'ondertekende'],
      pl: ['podpisali', 'podpisał'],
      ru: ['подписали', 'подписал'],
      uk: ['уряду', 'уряд'],
    };
    const stems = listProfiles().map((p) => [p.code, (forms[p.code] ?? []).map((word) => p.stem(word))]);
    expect(Object.fromEntries(stems)).toEqual({
      en: ['sign', 'sign'],
      de: ['unterzeichnet', 'unterzeichnet'],
      fr: ['sign', 'sign'],
      es: ['firm', 'firm'],
      it: ['firm', 'firm'],
      pt: ['assin', 'assin'],
      nl: ['ondertek', 'ondertek'],
      pl: ['podpisali', 'podpisał'],
      ru: ['подписа', 'подписа'],
      uk: ['уряд', 'уряд'],
    });
  });

  test('leave Ukrainian verb forms apart: the orama Ukrainian stemmer is light', () => {
    expect(['підписали', 'підписав'].map((word) => getProfile('uk').stem(word))).toEqual([
      'підпис',
      'підписа',
    ]);
  });

  test('keep stemming correctly after the stem cache has been cleared', () => {
    const de = getProfile('de');
    for (let i = 0; i < 50_001; i++) de.stem(`wort${i}en`);
    expect(de.stem('unterzeichneten')).toBe('unterzeichnet');
  });
});

describe('boilerplate rules', () => {
  test('are anchored at the start of the line', () => {
    expect(allBoilerplateRules().filter((rule) => !rule.pattern.source.startsWith('^'))).toEqual([]);
  });

  test('combine into one case-insensitive union, as the cleaner prefilters with', () => {
    const sources = listProfiles().flatMap((profile) =>
      profile.boilerplate.map((rule) => rule.pattern.source),
    );
    expect(() => new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'iu')).not.toThrow();
  });

  test('are shared once across profiles', () => {
    const all = allBoilerplateRules();
    const perProfile = listProfiles().reduce((sum, p) => sum + p.boilerplate.length - commonRules.length, 0);
    expect(all.length).toBe(perProfile + commonRules.length);
  });
});
