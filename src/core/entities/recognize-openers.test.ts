import { describe, expect, test } from 'vitest';
import { recognize } from './test-helpers.js';

/** The mentions found in a text, as [text, type]. */
function found(lang: string, text: string): [string, string][] {
  return recognize(lang, text).mentions.map((mention) => [mention.text, mention.type]);
}

/** The lone words left for the archive to confirm. */
function candidates(lang: string, text: string): string[] {
  return recognize(lang, text).candidates.map((candidate) => candidate.text);
}

describe('words that open a sentence', () => {
  test('a common noun the article also writes in lower case, in another case, is no name', () => {
    const text = 'Вертолет Airbus упал в озеро. Обломки вертолета нашли утром. Вертолет летел из Казани.';
    expect(found('ru', text)).toEqual([
      ['Airbus', 'organization'],
      ['Казани', 'place'],
    ]);
    const left = candidates('ru', 'Вертолет Sikorsky упал. Обломки вертолета нашли.');
    expect(left).toContain('Sikorsky');
    expect(left).not.toContain('Вертолет');
  });

  test('a given name opening a sentence stays part of the name, though also a common word', () => {
    const text = 'Mark Hollis said it first. The scores mark a record.';
    expect(found('en', text)).toContainEqual(['Mark Hollis', 'person']);
  });

  test('an adverb opening a sentence is no part of the name after it', () => {
    const text = 'Ganó Julián Ortega. Finalmente Ortega levantó la copa.';
    expect(found('es', text)).toEqual([
      ['Julián Ortega', 'person'],
      ['Ortega', 'person'],
    ]);
  });

  test('the first word of a quotation after a speech verb is no speaker', () => {
    expect(found('uk', 'Він розповів: "Прийшов час діяти".')).toEqual([]);
    expect(found('uk', 'Про це розповів Кравчук.')).toEqual([['Кравчук', 'person']]);
  });
});

describe('what the words before a name say about it', () => {
  test('a name after a word for a nickname is a person', () => {
    expect(found('pl', 'Zginął Piotr Nowak, pseudonim „Sokół”, dowódca oddziału.')).toEqual([
      ['Piotr Nowak', 'person'],
      ['Sokół', 'person'],
    ]);
  });

  test('a surname ending in -i is no demonym unless the rest is a country', () => {
    expect(found('it', 'Ha segnato Luca Franchi. Poi Franchi è uscito.')).toEqual([
      ['Luca Franchi', 'person'],
      ['Franchi', 'person'],
    ]);
    expect(found('en', 'Iraqi officials met in Baghdad.')).toEqual([['Baghdad', 'place']]);
  });
});
