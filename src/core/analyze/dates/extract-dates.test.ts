import { describe, expect, test } from 'vitest';
import { getDateVocabulary } from '../../../languages/dates/index.js';
import { extractDates } from './index.js';

const de = getDateVocabulary('de');

describe('extractDates', () => {
  test('resolves relative dates against the calendar day the publication timestamp was written on', () => {
    const text = 'Gestern sagte der Minister, er komme morgen.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14T23:30:00-05:00' })).toEqual([
      { start: 0, end: 7, text: 'Gestern', value: '2024-06-13', grain: 'day', relative: true },
      { start: 37, end: 43, text: 'morgen', value: '2024-06-15', grain: 'day', relative: true },
    ]);
  });

  test('skips relative dates without a publication date, keeps absolute ones and marks a day without a year', () => {
    const text =
      'Am Donnerstag, im nächsten Jahr und am 20. Januar: Das Gesetz vom 13. Juni 2024 gilt seit dem 01.03.2024 und bis 2027, die Preise stiegen im Juli 2023.';
    expect(extractDates(text, { vocabulary: de, reference: null })).toEqual([
      { start: 36, end: 49, text: 'am 20. Januar', value: '--01-20', grain: 'day', relative: false },
      { start: 66, end: 79, text: '13. Juni 2024', value: '2024-06-13', grain: 'day', relative: false },
      { start: 94, end: 104, text: '01.03.2024', value: '2024-03-01', grain: 'day', relative: false },
      { start: 113, end: 117, text: '2027', value: '2027', grain: 'year', relative: false },
      { start: 141, end: 150, text: 'Juli 2023', value: '2023-07', grain: 'month', relative: false },
    ]);
  });

  test('treats an unreadable publication date as none', () => {
    const text = 'Am Donnerstag wurde das Gesetz vom 13. Juni 2024 verkündet.';
    expect(extractDates(text, { vocabulary: de, reference: 'vor zwei Tagen' })).toEqual([
      { start: 35, end: 48, text: '13. Juni 2024', value: '2024-06-13', grain: 'day', relative: false },
    ]);
  });

  test('puts a day without a year in the year nearest the publication date', () => {
    const text = 'Am 20. Dezember und am 20. März wurde gewählt.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-02-10' })).toEqual([
      { start: 0, end: 15, text: 'Am 20. Dezember', value: '2023-12-20', grain: 'day', relative: true },
      { start: 20, end: 31, text: 'am 20. März', value: '2024-03-20', grain: 'day', relative: true },
    ]);
  });

  test('puts a month without a year in the nearest year, the publication year on a tie', () => {
    const text = 'Im Dezember und im Januar wird gewählt, im Februar wurde gezählt.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 3, end: 11, text: 'Dezember', value: '2024-12', grain: 'month', relative: true },
      { start: 19, end: 25, text: 'Januar', value: '2024-01', grain: 'month', relative: true },
      { start: 43, end: 50, text: 'Februar', value: '2024-02', grain: 'month', relative: true },
    ]);
  });

  test('joins a weekday to the date right after it', () => {
    const text = 'Am Freitag, dem 14. Juni 2024, und am Montag, 17. Juni, wurde verhandelt.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      {
        start: 0,
        end: 29,
        text: 'Am Freitag, dem 14. Juni 2024',
        value: '2024-06-14',
        grain: 'day',
        relative: false,
      },
      { start: 35, end: 54, text: 'am Montag, 17. Juni', value: '2024-06-17', grain: 'day', relative: true },
    ]);
  });

  test('finds dates in every sentence and paragraph, in text order', () => {
    const text = [
      'Gipfel am 13. Juni',
      'Die Staaten einigten sich am Donnerstag. Ab 2027 gilt das Abkommen. Es wurde im Juli 2023 entworfen.',
      '',
      'Der Vertrag vom 12. März 2024 läuft bis 2030.',
    ].join('\n');
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 7, end: 18, text: 'am 13. Juni', value: '2024-06-13', grain: 'day', relative: true },
      { start: 45, end: 58, text: 'am Donnerstag', value: '2024-06-13', grain: 'day', relative: true },
      { start: 63, end: 67, text: '2027', value: '2027', grain: 'year', relative: false },
      { start: 99, end: 108, text: 'Juli 2023', value: '2023-07', grain: 'month', relative: false },
      { start: 137, end: 150, text: '12. März 2024', value: '2024-03-12', grain: 'day', relative: false },
      { start: 161, end: 165, text: '2030', value: '2030', grain: 'year', relative: false },
    ]);
  });

  test('finds nothing in numbers that are not dates', () => {
    const text =
      'Die G7 tagten 24 Stunden, 2,3 % mehr als 1.500 Teilnehmer, Ergebnis 2:1 bei 3/4 der Stimmen, Artikel 5, 10.000 Euro, Tempo 130.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([]);
  });

  test('ignores chrono matches inside longer words', () => {
    const text = 'Er kommt morgen früh.';
    expect(extractDates(text, { vocabulary: de, reference: '2024-06-14' })).toEqual([
      { start: 9, end: 15, text: 'morgen', value: '2024-06-15', grain: 'day', relative: true },
    ]);
  });

  test('reads ISO and numeric dates in a language without a vocabulary', () => {
    const text = 'Bizottság 2024-06-13 és 28.05.2024 között, csütörtökön.';
    expect(extractDates(text, { vocabulary: getDateVocabulary('hu'), reference: '2024-06-14' })).toEqual([
      { start: 10, end: 20, text: '2024-06-13', value: '2024-06-13', grain: 'day', relative: false },
      { start: 24, end: 34, text: '28.05.2024', value: '2024-05-28', grain: 'day', relative: false },
    ]);
  });

  test('returns offsets that slice back to the mention text in every script', () => {
    const samples: [string, string][] = [
      [
        'fr',
        'Jeudi, il a dit que l’année prochaine\u00a0; la loi du 13\u00a0juin 2024 s’applique jusqu’en 2027.',
      ],
      ['ru', 'В четверг он сказал, что закон от 13 июня 2024 года действует до 2027 года.'],
      ['pl', 'W czwartek powiedział, że ustawa z 13 czerwca 2024 r. obowiązuje w przyszłym roku.'],
      ['en', '😀 On Thursday, emoji 👍 and the law of 13 June 2024 applies until 2027.'],
    ];
    for (const [code, text] of samples) {
      const mentions = extractDates(text, { vocabulary: getDateVocabulary(code), reference: '2024-06-14' });
      expect(mentions.length).toBeGreaterThanOrEqual(3);
      for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  test('gives the same dates whatever the time zone of the machine', () => {
    const text =
      'Am Donnerstag und gestern, im nächsten Jahr, am 20. Januar und vom 13.–15. Juni 2024 wurde verhandelt.';
    const extract = () => extractDates(text, { vocabulary: de, reference: '2024-12-04' });
    const original = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = extract();
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        expect(new Date(Date.UTC(2024, 11, 4, 12)).getTimezoneOffset()).not.toBe(0);
        expect(extract()).toEqual(utc);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
