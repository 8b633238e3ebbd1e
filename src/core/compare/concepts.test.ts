import { describe, expect, test } from 'vitest';
import type { ConceptVocabulary } from '../../languages/concepts/vocabulary.js';
import { conceptMatcher } from './concepts.js';

const german: ConceptVocabulary = {
  code: 'de',
  compounds: true,
  concepts: {
    agreement: ['abkommen*', 'vertrag*'],
    security: ['sicherheit*'],
    hospital: ['krankenhaus*'],
    house: ['haus*'],
    sign: ['unterzeichn*'],
  },
};
const french: ConceptVocabulary = {
  code: 'fr',
  concepts: { agreement: ['accord*'], sign: ['sign*', 'signé'] },
};
const russian: ConceptVocabulary = { code: 'ru', concepts: { sign: ['подпис*'], attack: ['атак*'] } };
const countries: ConceptVocabulary = { code: 'uk', concepts: { ua: ['ukrainian*'], vn: ['єтнамськ*'] } };

describe('conceptMatcher', () => {
  test.each([
    [german, 'unterzeichneten', ['sign']],
    [german, 'sicherheitsabkommen', ['agreement', 'security']],
    [german, 'friedensvertrag', ['agreement']],
    [german, 'krankenhaus', ['hospital']],
    [german, 'sicherheit', ['security']],
    [german, 'zeitung', []],
    [french, "l'accord", ['agreement']],
    [french, 'signé', ['sign']],
    [french, 'consigné', []],
    [russian, 'подписали', ['sign']],
    [russian, 'атакё', ['attack']],
    [countries, "ukrainian's", ['ua']],
    [countries, 'вʼєтнамський', ['vn']],
  ])('%#: "%s" expresses %j', (vocabulary, word, concepts) => {
    expect(conceptMatcher(vocabulary)(word as string)).toEqual(concepts);
  });
});
