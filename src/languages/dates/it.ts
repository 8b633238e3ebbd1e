import * as chrono from 'chrono-node';
import type { DateVocabulary } from './vocabulary.js';

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
  rangeJoins: ['al', 'e il', 'e'],
  relativeYears: {
    "quest'anno": 0,
    "l'anno passato": -1,
  },
};
