import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { allBoilerplateRules } from './index.js';
import { nl } from './nl.js';

const ownReason = (line: string) => nl.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  nl.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Home: 'navigation',
  'Home › Binnenland › Politiek': 'navigation',
  'Laatste nieuws': 'navigation',
  'Naar de inhoud': 'navigation',
  'Lees ook': 'related_links',
  'Lees ook: Kabinet presenteert nieuwe begroting': 'related_links',
  'Lees ook | Kabinet presenteert nieuwe begroting': 'related_links',
  'Gerelateerde artikelen': 'related_links',
  'Bekijk alles': 'related_links',
  Advertentie: 'advertisement',
  'Lees verder na de advertentie': 'advertisement',
  Delen: 'share_widget',
  'Deel dit artikel': 'share_widget',
  'Delen op WhatsApp': 'share_widget',
  Reacties: 'comments_widget',
  'Reacties (23)': 'comments_widget',
  'Meest gelezen': 'comments_widget',
  'Foto: ANP': 'photo_credit',
  'Beeld ANP': 'photo_credit',
  'Beeld: Getty Images': 'photo_credit',
  'Schrijf je in voor onze dagelijkse nieuwsbrief': 'newsletter',
  Nieuwsbrief: 'newsletter',
  'Steun ons': 'donation',
  'Word lid': 'donation',
  'Wij gebruiken cookies om je ervaring op onze website te verbeteren.': 'cookie_notice',
  'Alles accepteren': 'cookie_notice',
  'Alle rechten voorbehouden': 'legal',
  Privacybeleid: 'legal',
  '13 juni 2024': 'dateline',
  'donderdag 13 juni 2024, 18:30': 'dateline',
  'Bijgewerkt: 13 juni 2024 om 18:30': 'dateline',
  '2 uur geleden': 'dateline',
  'Gisteren om 18:30': 'dateline',
  'Leestijd 3 minuten': 'dateline',
  'Door Jan de Vries': 'byline',
  'Door Els van der Berg': 'byline',
  'Door Sanne Bakker en Pieter van Dijk, correspondent in Brussel': 'byline',
  'Tekst: Eva Smit': 'byline',
  'Delen: Facebook | X | WhatsApp | E-mail': 'share_widget',
  '© 2025 Het Noorderblad | Privacy | Colofon': 'legal',
  'Vond je dit artikel interessant? Steun onafhankelijke journalistiek en word abonnee.': 'donation',
  'Word abonnee voor € 1 per maand.': 'donation',
  'Goede journalistiek kost geld.': 'donation',
  'Ontvang elke ochtend het belangrijkste nieuws in je inbox.': 'newsletter',
};

const body = [
  'Lees ook het volledige rapport, zei de minister.',
  'Delen van de stad zijn nog zonder stroom.',
  'Deel 2',
  'De advertentie werd na klachten verwijderd.',
  'Reacties van de oppositie waren fel.',
  'Foto en video tonen de explosie.',
  'Beeld van de dag: een overstroomde straat.',
  'Op 13 juni 2024 ondertekenden beide landen het akkoord.',
  'Wij gebruiken cookies niet, zei de woordvoerder.',
  'Meer dan 2000 mensen demonstreerden zaterdag.',
  'Door het lint ging de trainer na de nederlaag.',
  'Door Jan de Vries werd het plan afgewezen.',
  'Steun voor onafhankelijke journalistiek neemt af.',
  'Word lid van de vakbond voor 10 euro per maand.',
  'Goede journalistiek kost geld, zegt de hoofdredacteur.',
  'Delen: een nieuwe start',
];

describe('Dutch boilerplate rules', () => {
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
      'Lees ook',
      'Gerelateerde artikelen',
      'Lees ook: Kabinet presenteert begroting',
      'Bekijk alles',
      'Meest gelezen',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
