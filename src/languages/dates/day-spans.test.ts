import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import type { DateMention } from '../../core/types.js';
import { getDateVocabulary } from './index.js';

const REFERENCE = '2024-06-14';

function dates(lang: string, text: string): DateMention[] {
  return extractDates(text, { vocabulary: getDateVocabulary(lang), reference: REFERENCE });
}

function span(text: string, fragment: string, value: string, until?: string): DateMention {
  const start = text.indexOf(fragment);
  const mention: DateMention = {
    start,
    end: start + fragment.length,
    text: fragment,
    value,
    grain: 'day',
    relative: true,
  };
  if (until) mention.until = until;
  return mention;
}

describe('two days of one month', () => {
  test('read an alternative as the span from the first day to the last: "23. oder 24. August"', () => {
    const cases: Array<[string, string, string]> = [
      ['de', 'Die Wahl findet am 23. oder 24. August statt.', '23. oder 24. August'],
      ['en', 'The vote is due on 23 or 24 August.', '23 or 24 August'],
      ['en', 'The vote is due on August 23 or 24.', 'August 23 or 24'],
      ['fr', 'Le vote aura lieu le 23 ou le 24 août.', '23 ou le 24 août'],
      ['es', 'La votación será el 23 o el 24 de agosto.', '23 o el 24 de agosto'],
      ['it', 'Il voto si terrà il 23 o il 24 agosto.', '23 o il 24 agosto'],
      ['pt', 'A votação será a 23 ou 24 de agosto.', '23 ou 24 de agosto'],
      ['nl', 'De stemming is op 23 of 24 augustus.', '23 of 24 augustus'],
      ['pl', 'Głosowanie odbędzie się 23 lub 24 sierpnia.', '23 lub 24 sierpnia'],
      ['ru', 'Голосование пройдёт 23 или 24 августа.', '23 или 24 августа'],
      ['uk', 'Голосування відбудеться 23 або 24 серпня.', '23 або 24 серпня'],
    ];
    for (const [lang, text, fragment] of cases) {
      expect(dates(lang, text)).toEqual([span(text, fragment, '2024-08-23', '2024-08-24')]);
    }
  });

  test('read two days joined by "and" as a span: "entre le 23 et le 24 août", "23 i 24 sierpnia"', () => {
    const cases: Array<[string, string, string]> = [
      ['de', 'Am 23. und 24. August tagt der Rat.', '23. und 24. August'],
      ['en', 'The council meets on August 23rd and 24th.', 'August 23rd and 24th'],
      ['fr', 'Le conseil se réunit entre le 23 et le 24 août.', '23 et le 24 août'],
      ['pl', 'Rada obraduje 23 i 24 sierpnia.', '23 i 24 sierpnia'],
      ['ru', 'Совет соберётся 23 и 24 августа.', '23 и 24 августа'],
      ['uk', 'Рада збереться 23 та 24 серпня.', '23 та 24 серпня'],
    ];
    for (const [lang, text, fragment] of cases) {
      expect(dates(lang, text)).toEqual([span(text, fragment, '2024-08-23', '2024-08-24')]);
    }
  });
});

describe('day numbers with an ordinal ending', () => {
  test('read "6-го червня", "6-го июня" and "23rd or 24th August"', () => {
    const uk = '6-го червня відбулося засідання.';
    const ru = 'Заседание прошло 6-го июня.';
    const en = 'It happens on the 23rd or 24th August.';
    expect(dates('uk', uk)).toEqual([span(uk, '6-го червня', '2024-06-06')]);
    expect(dates('ru', ru)).toEqual([span(ru, '6-го июня', '2024-06-06')]);
    expect(dates('en', en)).toEqual([span(en, '23rd or 24th August', '2024-08-23', '2024-08-24')]);
  });

  test('read years with an ordinal ending: "у 2022-му році", "с 2014-го года"', () => {
    const uk = 'Це сталося у 2022-му році.';
    const ru = 'Конфликт идёт с 2014-го года.';
    const year = (text: string, fragment: string, value: string) => ({
      ...span(text, fragment, value),
      grain: 'year',
      relative: false,
    });
    expect(dates('uk', uk)).toEqual([year(uk, '2022-му році', '2022')]);
    expect(dates('ru', ru)).toEqual([year(ru, '2014-го года', '2014')]);
  });
});

describe('every month in the genitive', () => {
  test('reads a day with each month against the publication date, in ru and uk', () => {
    const cases: Array<[string, string, string[]]> = [
      [
        'ru',
        'Атака произошла 6 {m}.',
        [
          'января',
          'февраля',
          'марта',
          'апреля',
          'мая',
          'июня',
          'июля',
          'августа',
          'сентября',
          'октября',
          'ноября',
          'декабря',
        ],
      ],
      [
        'uk',
        'Атака сталася 6 {m}.',
        [
          'січня',
          'лютого',
          'березня',
          'квітня',
          'травня',
          'червня',
          'липня',
          'серпня',
          'вересня',
          'жовтня',
          'листопада',
          'грудня',
        ],
      ],
    ];
    for (const [lang, sentence, months] of cases) {
      months.forEach((month, index) => {
        const text = sentence.replace('{m}', month);
        const value = `2024-${String(index + 1).padStart(2, '0')}-06`;
        expect(dates(lang, text)).toEqual([span(text, `6 ${month}`, value)]);
      });
    }
  });
});
