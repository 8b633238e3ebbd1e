import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { allBoilerplateRules } from './index.js';
import { it } from './it.js';

const ownReason = (line: string) => it.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  it.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Home: 'navigation',
  'Home › Politica › Esteri': 'navigation',
  'Ultime notizie': 'navigation',
  "Ultim'ora": 'navigation',
  'Vai al contenuto principale': 'navigation',
  'Leggi anche': 'related_links',
  'LEGGI ANCHE: Il governo approva la manovra': 'related_links',
  'Potrebbe interessarti': 'related_links',
  'Articoli correlati': 'related_links',
  'Leggi di più': 'related_links',
  Pubblicità: 'advertisement',
  'Contenuto sponsorizzato': 'advertisement',
  Condividi: 'share_widget',
  'Condividi su Facebook': 'share_widget',
  'Copia link': 'share_widget',
  Commenti: 'comments_widget',
  'Commenti (8)': 'comments_widget',
  'I più letti': 'comments_widget',
  'Foto: ANSA': 'photo_credit',
  '(Foto ANSA)': 'photo_credit',
  "Foto d'archivio": 'photo_credit',
  'Iscriviti alla nostra newsletter': 'newsletter',
  Sostienici: 'donation',
  'Fai una donazione': 'donation',
  'Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.': 'cookie_notice',
  'Accetta tutti': 'cookie_notice',
  'Tutti i diritti riservati': 'legal',
  '© Riproduzione riservata': 'legal',
  'P.IVA 01234567890': 'legal',
  '13 giugno 2024': 'dateline',
  'giovedì 13 giugno 2024, ore 18:30': 'dateline',
  'Aggiornato il 13/06/2024 alle 18:30': 'dateline',
  '2 ore fa': 'dateline',
  'Tempo di lettura: 3 minuti': 'dateline',
  'Di Marco Rossi, inviato a Kiev': 'byline',
  'A cura di Giulia Neri e Paolo Conti': 'byline',
  '(con ANSA)': 'byline',
  'Condividi: Facebook | X | WhatsApp | E-mail': 'share_widget',
  '© 2025 Il Corriere del Lago | Privacy | Contatti': 'legal',
  '© Kestrel Wire 2025. Riproduzione riservata.': 'legal',
  'Ti è piaciuto questo articolo? Sostieni il giornalismo indipendente: abbonati a 1 euro al mese.':
    'donation',
  'Il giornalismo indipendente ha un costo.': 'donation',
  'Ricevi ogni mattina le notizie del giorno nella tua casella di posta.': 'newsletter',
  'Ph: Mario Bianchi': 'photo_credit',
};

const body = [
  'Leggi anche il rapporto completo, ha detto il ministro.',
  'Condividi le tue idee con noi, ha scritto il sindaco.',
  'La pubblicità del gioco d’azzardo è vietata dal 2019.',
  'I commenti del premier hanno suscitato polemiche.',
  'Foto e video mostrano l’esplosione.',
  'La Stampa ha pubblicato l’intervista per prima.',
  'Il 13 giugno 2024 i due Paesi hanno firmato l’accordo.',
  'Utilizziamo cookie, ha ammesso l’azienda.',
  'Più di 2.000 persone hanno manifestato sabato.',
  'Di Maio e Conte si sono incontrati a Roma.',
  'Di fronte alla crisi, il governo ha reagito.',
  'Con ANSA e Reuters sul posto, le notizie arrivano presto.',
  'Diventa socio del club per 50 euro al mese, dice il presidente.',
  'Il giornalismo costa fatica, disse il direttore.',
  'Sostieni che la riforma sia giusta?',
];

describe('Italian boilerplate rules', () => {
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
      'Leggi anche',
      'Articoli correlati',
      'Leggi anche: Il governo approva',
      'Leggi di più',
      'I più letti',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
