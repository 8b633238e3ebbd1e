import { eld } from 'eld/small';
import { describe, expect, test } from 'vitest';
import { getProfile } from '../../languages/index.js';
import { identifyLanguage } from './language.js';
import { splitSentences } from './sentences.js';

describe('identifyLanguage', () => {
  test('identifies short excerpts in several languages and scripts', () => {
    const texts: Record<string, string> = {
      de: 'Die Fähre geriet am Dienstagabend vor der Küste in Brand, alle Passagiere wurden gerettet.',
      fr: 'Le ferry a pris feu mardi soir au large de la côte, tous les passagers ont été secourus.',
      uk: 'Пором загорівся у вівторок увечері біля узбережжя, усіх пасажирів врятували.',
      es: 'El transbordador se incendió el martes por la noche frente a la costa y todos fueron rescatados.',
    };
    const found = Object.fromEntries(
      Object.entries(texts).map(([k, t]) => [k, identifyLanguage([t], eld).lang]),
    );
    expect(found).toEqual({ de: 'de', fr: 'fr', uk: 'uk', es: 'es' });
  });

  test('gives a mixed page the language of most of its prose', () => {
    const paragraphs = [
      'Share this article with your friends and family.',
      'Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt für das kommende Jahr beschlossen.',
      'Die Opposition kritisierte die geplanten Kürzungen bei Schulen und Schwimmbädern scharf und kündigte Widerstand an.',
    ];
    const guess = identifyLanguage(paragraphs, eld);
    expect(guess.lang).toBe('de');
    expect(guess.confidence).toBeGreaterThan(0.6);
  });

  test('returns no language for text without letters', () => {
    expect(identifyLanguage(['12:30 — 14:45'], eld)).toEqual({ lang: null, confidence: 0 });
  });
});

describe('splitSentences', () => {
  test('splits paragraphs into sentences with offsets, keeping abbreviations and the headline whole', () => {
    const text =
      'Fähre brennt vor Halvik\nDr. Berg sagte, es gelte z. B. bis 2034. Die Rettung dauerte 3 Std.';
    const sentences = splitSentences(text, getProfile('de'), true);
    expect(sentences).toEqual([
      { start: 0, end: 23, text: 'Fähre brennt vor Halvik', paragraph: 0, headline: true },
      { start: 24, end: 64, text: 'Dr. Berg sagte, es gelte z. B. bis 2034.', paragraph: 1, headline: false },
      { start: 65, end: 91, text: 'Die Rettung dauerte 3 Std.', paragraph: 1, headline: false },
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('keeps an ordinal written with a period inside its sentence, where the language writes them so', () => {
    const text =
      'Finnland ist als 31. Mitglied beigetreten. Die Zahl stieg auf 31. Retter suchen weiter. Es war der 2. Versuch.';
    const texts = (lang: string) => splitSentences(text, getProfile(lang), false).map((s) => s.text);
    expect(texts('de')).toEqual([
      'Finnland ist als 31. Mitglied beigetreten.',
      'Die Zahl stieg auf 31.',
      'Retter suchen weiter.',
      'Es war der 2. Versuch.',
    ]);
    expect(texts('en')).toEqual([
      'Finnland ist als 31.',
      'Mitglied beigetreten.',
      'Die Zahl stieg auf 31.',
      'Retter suchen weiter.',
      'Es war der 2.',
      'Versuch.',
    ]);
  });
});
