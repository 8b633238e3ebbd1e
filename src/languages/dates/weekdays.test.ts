import { describe, expect, test } from 'vitest';
import { extractDates } from '../../core/analyze/dates/index.js';
import type { DateMention } from '../../core/types.js';
import { getDateVocabulary } from './index.js';

/** Friday 14 June 2024: the Wednesday before is the 12th, the one after the 19th. */
const FRIDAY = '2024-06-14';

function dates(lang: string, text: string, reference: string | null = FRIDAY): DateMention[] {
  return extractDates(text, { vocabulary: getDateVocabulary(lang), reference });
}

function weekday(text: string, fragment: string, value: string): DateMention {
  const start = text.indexOf(fragment);
  return { start, end: start + fragment.length, text: fragment, value, grain: 'day', relative: true };
}

describe('weekdays in every language', () => {
  test('resolve to the latest such day on or before the publication date: news report past days', () => {
    const cases: Array<[string, string, string]> = [
      ['en', 'The minister spoke on Wednesday.', 'on Wednesday'],
      ['de', 'Der Minister sprach am Mittwoch.', 'am Mittwoch'],
      ['fr', 'Le ministre a parlé mercredi.', 'mercredi'],
      ['es', 'El ministro habló el miércoles.', 'el miércoles'],
      ['it', 'Il ministro ha parlato mercoledì.', 'mercoledì'],
      ['pt', 'O ministro falou na quarta-feira.', 'na quarta-feira'],
      ['nl', 'De minister sprak woensdag.', 'woensdag'],
      ['pl', 'Minister przemawiał w środę.', 'w środę'],
      ['ru', 'Министр выступил в среду.', 'в среду'],
      ['uk', 'Міністр виступив у середу.', 'у середу'],
    ];
    for (const [lang, text, fragment] of cases) {
      expect(dates(lang, text)).toEqual([weekday(text, fragment, '2024-06-12')]);
    }
  });

  test('take the publication day itself, the day after it as tomorrow, and any other from the week before', () => {
    const text = 'He spoke on Friday and Thursday and will speak on Saturday, not Sunday.';
    expect(dates('en', text)).toEqual([
      weekday(text, 'on Friday', '2024-06-14'),
      weekday(text, 'Thursday', '2024-06-13'),
      weekday(text, 'on Saturday', '2024-06-15'),
      weekday(text, 'Sunday', '2024-06-09'),
    ]);
  });

  test('move to the week a shift word names: last, next, this', () => {
    const cases: Array<[string, string, string, string]> = [
      ['en', 'He will speak next Wednesday.', 'next Wednesday', '2024-06-19'],
      ['en', 'He spoke last Friday.', 'last Friday', '2024-06-07'],
      ['en', 'He will speak this Sunday.', 'this Sunday', '2024-06-16'],
      ['de', 'Er spricht am kommenden Mittwoch.', 'am kommenden Mittwoch', '2024-06-19'],
      ['de', 'Er sprach am vergangenen Freitag.', 'am vergangenen Freitag', '2024-06-07'],
      ['fr', 'Il parlera mercredi prochain.', 'mercredi prochain', '2024-06-19'],
      ['fr', 'Il a parlé vendredi dernier.', 'vendredi dernier', '2024-06-07'],
      ['es', 'Hablará el próximo miércoles.', 'el próximo miércoles', '2024-06-19'],
      ['es', 'Habló el viernes pasado.', 'el viernes pasado', '2024-06-07'],
      ['it', 'Parlerà mercoledì prossimo.', 'mercoledì prossimo', '2024-06-19'],
      ['pt', 'Falará na próxima quarta-feira.', 'na próxima quarta-feira', '2024-06-19'],
      ['pt', 'Falou nesta quarta-feira.', 'nesta quarta-feira', '2024-06-12'],
      ['nl', 'Hij spreekt volgende woensdag.', 'volgende woensdag', '2024-06-19'],
      ['pl', 'Przemówi w przyszłą środę.', 'w przyszłą środę', '2024-06-19'],
      ['ru', 'Выступит в следующую среду.', 'в следующую среду', '2024-06-19'],
      ['ru', 'Выступил в прошлую пятницу.', 'в прошлую пятницу', '2024-06-07'],
      ['uk', 'Виступить наступної середи.', 'наступної середи', '2024-06-19'],
      ['uk', 'Виступив минулої п’ятниці.', 'минулої п’ятниці', '2024-06-07'],
    ];
    for (const [lang, text, fragment, value] of cases) {
      expect(dates(lang, text)).toEqual([weekday(text, fragment, value)]);
    }
  });

  test('read the night before a day as that day: "в ночь на субботу"', () => {
    const text = 'Удар нанесли в ночь на четверг.';
    expect(dates('ru', text)).toEqual([weekday(text, 'в ночь на четверг', '2024-06-13')]);
  });

  test('need a link where the word has another meaning: "окружающую среду", "a segunda maior", "Plácido Domingo"', () => {
    expect(dates('ru', 'Выбросы загрязняют окружающую среду.')).toEqual([]);
    expect(dates('pt', 'É a segunda maior empresa e a quarta do setor.')).toEqual([]);
    expect(dates('es', 'Cantó Plácido Domingo.')).toEqual([]);
  });

  test('are skipped without a publication date', () => {
    expect(dates('de', 'Der Minister sprach am Mittwoch.', null)).toEqual([]);
  });
});
