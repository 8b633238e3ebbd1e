import { describe, expect, test } from 'vitest';
import { getQuantityVocabulary } from '../../../languages/quantities/index.js';
import { extractQuantities } from './index.js';

const ARTICLES: Array<[string, string]> = [
  [
    'en',
    'London pledged £6bn over the next decade for 1,500 schools in fifteen regions; prices rose 2.3% within 24 hours.',
  ],
  ['de', 'Berlin sagte 6 Milliarden Pfund und ein zehnjähriges Abkommen zu, 1.500 Schulen in 15 Ländern.'],
  [
    'fr',
    'Paris promet 2,4 milliards d’euros, soit 2,3\u00a0% du budget, pour quinze pays et 1\u202f500 écoles.',
  ],
  ['es', 'Madrid destina 2.400 millones de euros a 1.500 escuelas durante diez años.'],
  ['uk', 'Київ отримає 640 млн євро; десятирічна угода охоплює 1\u00a0500 шкіл.'],
  ['ru', 'Москва выделит 6 млрд долларов в течение 24 часов.'],
];

describe('extractQuantities', () => {
  test('gives offsets that slice the text back to each mention, in text order', () => {
    for (const [lang, text] of ARTICLES) {
      const mentions = extractQuantities(text, getQuantityVocabulary(lang));
      expect(mentions.length).toBeGreaterThan(1);
      for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      const starts = mentions.map((mention) => mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  test('counts offsets in UTF-16 code units after astral characters', () => {
    const text = '🇺🇦 Україна отримає 640 млн євро.';
    const fragment = '640 млн євро';
    const start = text.indexOf(fragment);
    expect(start).toBe(21);
    expect(extractQuantities(text, getQuantityVocabulary('uk'))).toEqual([
      { start, end: 33, text: fragment, value: 6.4e8, kind: 'money', unit: 'EUR', counted: null },
    ]);
  });

  test('returns the same mentions on repeated calls with a cached vocabulary', () => {
    const [lang, text] = ARTICLES[0] as [string, string];
    const vocabulary = getQuantityVocabulary(lang);
    expect(extractQuantities(text, vocabulary)).toEqual(extractQuantities(text, vocabulary));
  });

  test('returns nothing for a text without numbers', () => {
    expect(extractQuantities('Nothing to count here.', getQuantityVocabulary('en'))).toEqual([]);
    expect(extractQuantities('', getQuantityVocabulary('de'))).toEqual([]);
  });
});
