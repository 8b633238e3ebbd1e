import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { de } from './de.js';
import { allBoilerplateRules } from './index.js';

const ownReason = (line: string) => de.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  de.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Startseite: 'navigation',
  'Startseite › Politik › Ausland': 'navigation',
  'Home > Politik': 'navigation',
  'Politik | Wirtschaft | Sport | Kultur': 'navigation',
  'Neueste Nachrichten': 'navigation',
  'Zum Inhalt springen': 'navigation',
  'Lesen Sie auch': 'related_links',
  'Lesen Sie auch:': 'related_links',
  'Lesen Sie auch: Wie die Koalition um den Haushalt ringt': 'related_links',
  'Mehr zum Thema – Kanzler lehnt Neuwahlen ab': 'related_links',
  'Mehr zum Thema': 'related_links',
  'Auch interessant': 'related_links',
  'Das könnte Sie auch interessieren': 'related_links',
  'Alle anzeigen': 'related_links',
  'Weiterlesen »': 'related_links',
  Anzeige: 'advertisement',
  WERBUNG: 'advertisement',
  'Weiter nach der Anzeige': 'advertisement',
  Teilen: 'share_widget',
  'Artikel teilen': 'share_widget',
  'Auf Facebook teilen': 'share_widget',
  'Per E-Mail teilen': 'share_widget',
  'Link kopieren': 'share_widget',
  Kommentare: 'comments_widget',
  'Kommentare (12)': 'comments_widget',
  '12 Kommentare': 'comments_widget',
  Meistgelesen: 'comments_widget',
  'Foto: dpa': 'photo_credit',
  'Foto: picture alliance / dpa | Kay Nietfeld': 'photo_credit',
  'Bild: picture alliance': 'photo_credit',
  '(Foto: Kay Nietfeld/dpa)': 'photo_credit',
  'Kay Nietfeld/dpa': 'photo_credit',
  '© AFP': 'photo_credit',
  Symbolbild: 'photo_credit',
  'Jetzt Newsletter abonnieren': 'newsletter',
  'Melden Sie sich für unseren täglichen Newsletter an': 'newsletter',
  'Jetzt spenden': 'donation',
  'Unterstützen Sie unabhängigen Journalismus': 'donation',
  'Wir verwenden Cookies, um Ihnen die bestmögliche Nutzererfahrung zu bieten.': 'cookie_notice',
  'Alle akzeptieren': 'cookie_notice',
  'Cookie-Einstellungen': 'cookie_notice',
  'Alle Rechte vorbehalten': 'legal',
  '© 2024 Spiegel Online GmbH': 'legal',
  'Impressum | Datenschutz | AGB': 'navigation',
  Datenschutzerklärung: 'legal',
  'dpa-infocom, dpa:240613-99-123456/2': 'legal',
  '13.06.2024, 18:30 Uhr': 'dateline',
  'Donnerstag, 13. Juni 2024, 18:30 Uhr': 'dateline',
  '13. Juni 2024': 'dateline',
  'Stand: 13.06.2024 18:30 Uhr': 'dateline',
  'Aktualisiert am 13.06.2024 um 18:30 Uhr': 'dateline',
  'vor 2 Stunden': 'dateline',
  'Heute, 18:30 Uhr': 'dateline',
  'Lesezeit: 3 Min.': 'dateline',
  'Von Anna Beispiel, Berlin': 'byline',
  'Von Jonas Keller und Mira Sommer, Korrespondentin in Warschau': 'byline',
  'Text: Lea Brandt, Fotos: Jan Wolter': 'byline',
  '(Mit Material von dpa und AFP)': 'byline',
  'Teilen: Facebook | WhatsApp | E-Mail': 'share_widget',
  'Impressum · Datenschutz · Kontakt · © Rheinbote Verlag GmbH': 'legal',
  '© Nordkurier Mediengruppe 2025 | Impressum | AGB': 'legal',
  '© Hafenblatt 2025. Nachdruck verboten.': 'legal',
  'Unabhängiger Journalismus kostet Geld.': 'donation',
  'Unterstützen Sie den Rheinboten mit einem Digital-Abo ab 1 Euro im ersten Monat.': 'donation',
  'Newsletter: Die wichtigsten Nachrichten am Morgen – jetzt kostenlos abonnieren!': 'newsletter',
  'Bild: kw': 'photo_credit',
  'Bild: Lea Brandt': 'photo_credit',
};

const body = [
  'Die Werbung für Zigaretten wird verboten.',
  'Mehr zum Thema sagte der Minister nichts.',
  'Lesen Sie auch, was der Kanzler dazu sagte.',
  'Teilen Sie diese Einschätzung?',
  'Kommentare des Ministers sorgten für Empörung.',
  'Foto und Video zeigen die Explosion.',
  'Bild: Merz plant eine Steuerreform',
  'Anzeige gegen den Bürgermeister erstattet',
  'Spenden für die Flutopfer wurden gesammelt.',
  'Am 13. Juni 2024 unterzeichneten beide Seiten den Vertrag.',
  'Startseite der Regierung war stundenlang offline.',
  'Stand der Ermittlungen: unklar.',
  'Wir verwenden Cookies nicht, sagte der Sprecher.',
  'Unterstützen Sie die Arbeit der Feuerwehr, sagte der Bürgermeister.',
  'Weiter so, rief die Menge.',
  'Um 18:30 Uhr begann die Sitzung.',
  'Von Berlin aus reiste er weiter nach Kiew.',
  'Von Angela Merkel zu Olaf Scholz: eine Bilanz',
  'VON BERLIN NACH KIEW',
  'Mit Reuters-Daten rechnen die Forscher.',
  'Text: Die Regierung plant eine Reform',
  'Unterstützen Sie den Vorschlag, fragte die Moderatorin.',
  'Journalismus kostet Geld, sagte der Verleger.',
  'Werden Sie Mitglied im Verein für nur 5 Euro im Monat, heißt es auf Plakaten.',
  'Teilen: Warum wir mehr teilen sollten',
  'Newsletter-Abonnenten erhalten die Nachrichten früher.',
];

describe('German boilerplate rules', () => {
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
    const lines = ['Lesen Sie auch', 'Mehr zum Thema:', 'Mehr zum Thema – Kanzler lehnt ab', 'Meistgelesen'];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false]);
  });
});
