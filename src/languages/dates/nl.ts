import * as chrono from 'chrono-node';
import { type DateVocabulary, forms } from './vocabulary.js';

export const nl: DateVocabulary = {
  code: 'nl',
  chrono: chrono.nl.casual,
  cue: /januari|februari|maart|april|mei(?!\p{L})|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|gisteren|morgen|week|maand|jaar/iu,
  months: {
    januari: 1,
    februari: 2,
    maart: 3,
    april: 4,
    mei: 5,
    juni: 6,
    juli: 7,
    augustus: 8,
    september: 9,
    oktober: 10,
    november: 11,
    december: 12,
  },
  monthCues: ['in', 'sinds', 'tot', 'vanaf', 'begin', 'eind', 'medio', 'half'],
  yearCues: ['in', 'tot', 'sinds', 'vanaf', 'begin', 'eind', 'medio', 'halverwege', 'jaar', 'tussen'],
  rangeJoins: ['tot', 'en', 't/m', 'tot en met', 'of'],
  weekdays: {
    names: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
    links: ['op'],
    shiftsBefore: {
      ...forms(-1, 'afgelopen', 'vorige'),
      ...forms(1, 'komende', 'volgende', 'aanstaande'),
      deze: 0,
    },
    shiftsAfter: { aanstaande: 1, jongstleden: -1 },
  },
  relativeYears: {
    'dit jaar': 0,
    'komend jaar': 1,
    'volgend jaar': 1,
    'vorig jaar': -1,
    'afgelopen jaar': -1,
  },
};
