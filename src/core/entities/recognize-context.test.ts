import { describe, expect, test } from 'vitest';
import { recognize } from './test-helpers.js';

/** The mentions found in a text, as [text, type]. */
function found(lang: string, text: string): [string, string][] {
  return recognize(lang, text).mentions.map((mention) => [mention.text, mention.type]);
}

describe('what the words around a name say about it', () => {
  test('a designator written in capitals is no name of its own; the name after it is an organisation', () => {
    expect(found('ru', 'Бойцы ЧВК Бастион вошли в город. Силы ЧВК уже там.')).toEqual([
      ['Бастион', 'organization'],
    ]);
  });

  test("after a title, a city's name is a person's", () => {
    expect(found('en', 'It lasted longer than the reign of Queen Victoria. He flew to Victoria.')).toEqual([
      ['Victoria', 'person'],
      ['Victoria', 'place'],
    ]);
  });

  test('a city and the river it lies on are one place', () => {
    expect(found('it', 'La nave arrivò a Kazan sul Volga ieri sera.')).toEqual([
      ['Kazan sul Volga', 'place'],
    ]);
  });

  test('a capitalised function word alone names nothing', () => {
    expect(found('en', '"We\'re ready," Smith said.')).toEqual([['Smith', 'person']]);
  });

  test('where nouns are capitalised, only a comma lists an unknown word with places', () => {
    const text =
      'Die Hilfe kam für die USA und Europäer zu spät. Betroffen sind Marokko, Azilal und Chichaoua.';
    expect(found('de', text)).toEqual([
      ['USA', 'place'],
      ['Marokko', 'place'],
      ['Azilal', 'place'],
    ]);
  });

  test('beside a given name, a word ending like a demonym is a surname', () => {
    expect(found('en', 'Passengers:\nPetrov Ivan\nMakarian Evgeniy')).toContainEqual([
      'Makarian Evgeniy',
      'person',
    ]);
  });
});
