import * as chrono from 'chrono-node';
import { type DateVocabulary, forms } from './vocabulary.js';

export const it: DateVocabulary = {
  code: 'it',
  chrono: chrono.it.casual,
  cue: /gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?<!\p{L})(?:oggi|ieri|domani|settiman[ae]|mes[ei]|ann[oi])(?!\p{L})/iu,
  months: {
    gennaio: 1,
    febbraio: 2,
    marzo: 3,
    aprile: 4,
    maggio: 5,
    giugno: 6,
    luglio: 7,
    agosto: 8,
    settembre: 9,
    ottobre: 10,
    novembre: 11,
    dicembre: 12,
  },
  monthCues: ['a', 'in', 'da', 'entro', 'fino a', 'inizio', 'fine', 'metà'],
  yearCues: [
    'nel',
    'entro il',
    'dal',
    'fino al',
    'prima del',
    'dopo il',
    'anno',
    'tra il',
    'fra il',
    'inizio',
    'fine',
    'metà',
  ],
  rangeJoins: ['al', 'e il', 'e', 'o il', 'o'],
  numberSuffixes: ['º'],
  weekdays: {
    names: {
      domenica: 0,
      ...forms(1, 'lunedì', 'lunedi'),
      ...forms(2, 'martedì', 'martedi'),
      ...forms(3, 'mercoledì', 'mercoledi'),
      ...forms(4, 'giovedì', 'giovedi'),
      ...forms(5, 'venerdì', 'venerdi'),
      sabato: 6,
    },
    shiftsBefore: {
      ...forms(-1, 'lo scorso', 'la scorsa', 'scorso', 'scorsa'),
      ...forms(1, 'il prossimo', 'la prossima', 'prossimo', 'prossima'),
      ...forms(0, 'questo', 'questa'),
    },
    shiftsAfter: {
      ...forms(-1, 'scorso', 'scorsa', 'passato', 'passata'),
      ...forms(1, 'prossimo', 'prossima'),
    },
  },
  relativeYears: {
    "quest'anno": 0,
    "l'anno passato": -1,
  },
};
