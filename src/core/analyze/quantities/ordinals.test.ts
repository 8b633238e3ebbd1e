import { describe, expect, test } from 'vitest';
import { mention, quantities } from './test-helpers.js';

describe('ordinals', () => {
  test('reads "31st member", "31. Mitglied" and "31e membre" as ordinal 31', () => {
    const en = 'Finland became the 31st member of NATO.';
    const de = 'Finnland wurde das 31. Mitglied der NATO.';
    const fr = 'La Finlande est devenue le 31e membre.';
    expect(quantities('en', en)).toEqual([
      mention(en, '31st member', { value: 31, kind: 'ordinal', counted: 'member' }),
    ]);
    expect(quantities('de', de)).toEqual([
      mention(de, '31. Mitglied', { value: 31, kind: 'ordinal', counted: 'Mitglied' }),
    ]);
    expect(quantities('fr', fr)).toEqual([
      mention(fr, '31e membre', { value: 31, kind: 'ordinal', counted: 'membre' }),
    ]);
  });

  test('reads ordinal marks of other languages: "31.ª", "31º", "31-й", "31e"', () => {
    const cases: Array<[string, string, string, string]> = [
      ['es', 'Es la 31.ª edición.', '31.ª edición', 'edición'],
      ['pt', 'É o 31º membro.', '31º membro', 'membro'],
      ['ru', 'Это 31-й член альянса.', '31-й член', 'член'],
      ['nl', 'Het 31e lid.', '31e lid', 'lid'],
    ];
    for (const [lang, text, fragment, counted] of cases) {
      expect(quantities(lang, text)).toEqual([
        mention(text, fragment, { value: 31, kind: 'ordinal', counted }),
      ]);
    }
  });

  test('gives the same value and unit in every language, so "31st member" and "31-м членом" share a key', () => {
    const cases: Array<[string, string, string, string]> = [
      ['en', 'Finland became the 31st member of NATO.', '31st member', 'member'],
      ['ru', 'Финляндия стала 31-м членом НАТО.', '31-м членом', 'членом'],
      ['uk', 'Фінляндія стала 31-м членом НАТО.', '31-м членом', 'членом'],
      ['ru', 'Финляндия стала 31-ю страной альянса.', '31-ю страной', 'страной'],
      ['uk', 'Фінляндія стала 31-ю країною альянсу.', '31-ю країною', 'країною'],
      ['pl', 'Finlandia została 31. członkiem NATO.', '31. członkiem', 'członkiem'],
      ['it', 'La Finlandia è il 31º membro della NATO.', '31º membro', 'membro'],
      ['fr', 'La Finlande est devenue le 31ème membre.', '31ème membre', 'membre'],
      ['nl', 'Finland werd het 31ste lid.', '31ste lid', 'lid'],
    ];
    for (const [lang, text, fragment, counted] of cases) {
      expect(quantities(lang, text)).toEqual([
        mention(text, fragment, { value: 31, kind: 'ordinal', counted }),
      ]);
    }
  });

  test('reads a degree sign as an ordinal mark only before a noun: "31° miembro" but "31°C"', () => {
    const ordinal = 'Es el 31° miembro de la OTAN.';
    const degrees = 'Se alcanzaron 31°C y luego 31° a la sombra.';
    expect(quantities('es', ordinal)).toEqual([
      mention(ordinal, '31° miembro', { value: 31, kind: 'ordinal', counted: 'miembro' }),
    ]);
    expect(quantities('es', degrees)).toEqual([
      mention(degrees, '31', { value: 31, kind: 'count' }),
      mention(degrees, '31', { value: 31, kind: 'count', skip: 1 }),
    ]);
  });

  test('leaves years written as ordinals to the dates: "у 2022-му році", "с 2014-го"', () => {
    expect(quantities('uk', 'Це сталося у 2022-му році.')).toEqual([]);
    expect(quantities('ru', 'Конфликт идёт с 2014-го.')).toEqual([]);
  });

  test('reads a number ending a German sentence as a count, not an ordinal', () => {
    const text = 'Die Zahl stieg auf 31. Danach sank sie.';
    expect(quantities('de', text)).toEqual([mention(text, '31', { value: 31, kind: 'count' })]);
  });
});
