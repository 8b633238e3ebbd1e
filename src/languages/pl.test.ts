import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { allBoilerplateRules } from './index.js';
import { pl } from './pl.js';

const ownReason = (line: string) => pl.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  pl.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  'Strona główna': 'navigation',
  'Strona główna › Kraj › Polityka': 'navigation',
  'Najnowsze wiadomości': 'navigation',
  'Przejdź do treści': 'navigation',
  'Czytaj też': 'related_links',
  'Czytaj także: Sejm przyjął ustawę budżetową': 'related_links',
  'Zobacz także': 'related_links',
  'ZOBACZ TAKŻE: Prezydent podpisał ustawę': 'related_links',
  Polecamy: 'related_links',
  'Zobacz wszystkie': 'related_links',
  Reklama: 'advertisement',
  'Materiał sponsorowany': 'advertisement',
  'Dalsza część artykułu pod reklamą': 'advertisement',
  Udostępnij: 'share_widget',
  'Udostępnij na Facebooku': 'share_widget',
  'Kopiuj link': 'share_widget',
  Komentarze: 'comments_widget',
  'Komentarze (15)': 'comments_widget',
  'Najczęściej czytane': 'comments_widget',
  'Fot. PAP/Leszek Szymański': 'photo_credit',
  'Fot. Jan Kowalski': 'photo_credit',
  'Zdjęcie ilustracyjne': 'photo_credit',
  'Zapisz się do newslettera': 'newsletter',
  'Wesprzyj nas': 'donation',
  'Używamy plików cookies, aby zapewnić najlepsze doświadczenia.': 'cookie_notice',
  'Zaakceptuj wszystkie': 'cookie_notice',
  'Wszelkie prawa zastrzeżone': 'legal',
  'Polityka prywatności': 'legal',
  '13 czerwca 2024': 'dateline',
  '13 czerwca 2024 r., godz. 18:30': 'dateline',
  'Aktualizacja: 13.06.2024 18:30': 'dateline',
  'czwartek, 13 czerwca 2024': 'dateline',
  '2 godziny temu': 'dateline',
  'Dzisiaj, 18:30': 'dateline',
  'Autor: Jan Kowalski': 'byline',
  'Autorka: Anna Nowak, Warszawa': 'byline',
  'Oprac. Piotr Zieliński': 'byline',
  'Udostępnij: Facebook | X | E-mail': 'share_widget',
  'Podziel się: Facebook | X': 'share_widget',
  'Polityka prywatności • Regulamin • © 2025 Gazeta Nadmorska': 'legal',
  'Podobał ci się ten artykuł? Wesprzyj niezależne dziennikarstwo – zostań patronem.': 'donation',
  'Zostań subskrybentem za 9,99 zł miesięcznie.': 'donation',
  'Niezależne dziennikarstwo kosztuje.': 'donation',
  'Zapisz się i otrzymuj najważniejsze informacje prosto na swoją skrzynkę.': 'newsletter',
};

const body = [
  'Czytaj też raport w całości, apelował minister.',
  'Reklama papierosów jest zakazana od lat.',
  'Komentarze premiera wywołały burzę.',
  'Polecamy zachować ostrożność, mówią strażacy.',
  'Udostępnij dane tylko zaufanym firmom, radzą eksperci.',
  '13 czerwca 2024 r. oba kraje podpisały umowę.',
  'Używamy plików cookies? – pytał poseł.',
  'Ponad 2 tys. osób protestowało w sobotę.',
  'Autor projektu Jan Kowalski przedstawił plany.',
  'Autor: nieznany',
  'Wesprzyj zbiórkę na leczenie Ani – wystarczy 10 zł.',
  'Kup prenumeratę gazety dla babci na święta, radzi poradnik.',
  'Dziennikarstwo kosztuje, przyznał wydawca w wywiadzie.',
];

describe('Polish boilerplate rules', () => {
  test('name the reason for typical boilerplate lines', () => {
    const lines = Object.keys(boilerplate);
    expect(Object.fromEntries(lines.map((line) => [line, ownReason(line)]))).toEqual(boilerplate);
  });

  test('keep those reasons when the rules of every language run together', () => {
    const lines = Object.keys(boilerplate);
    expect(Object.fromEntries(lines.map((line) => [line, anyReason(line)]))).toEqual(boilerplate);
  });

  test('leave body sentences with the same words alone', () => {
    expect(body.filter((line) => anyReason(line) !== null)).toEqual([]);
  });

  test('open a teaser block only after a related-links heading', () => {
    const lines = [
      'Czytaj też',
      'Zobacz także',
      'Czytaj także: Sejm przyjął ustawę',
      'Zobacz wszystkie',
      'Najczęściej czytane',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
