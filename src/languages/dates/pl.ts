import { numericChrono } from './generic.js';
import type { DateVocabulary } from './vocabulary.js';

/** Nominative, genitive and locative: czerwiec, czerwca, czerwcu. */
const MONTHS: readonly (readonly string[])[] = [
  ['styczeń', 'stycznia', 'styczniu'],
  ['luty', 'lutego', 'lutym'],
  ['marzec', 'marca', 'marcu'],
  ['kwiecień', 'kwietnia', 'kwietniu'],
  ['maj', 'maja', 'maju'],
  ['czerwiec', 'czerwca', 'czerwcu'],
  ['lipiec', 'lipca', 'lipcu'],
  ['sierpień', 'sierpnia', 'sierpniu'],
  ['wrzesień', 'września', 'wrześniu'],
  ['październik', 'października', 'październiku'],
  ['listopad', 'listopada', 'listopadzie'],
  ['grudzień', 'grudnia', 'grudniu'],
];

/** Chrono has no Polish locale: numeric dates come from chrono, words from these tables. */
export const pl: DateVocabulary = {
  code: 'pl',
  chrono: numericChrono,
  cue: /(?<!\p{L})(?:stycz|lut|marz|marc|kwie|maj|czerw|lip|sierp|wrze|październik|listopad|grud|poniedział|wtor|środ|czwart|piąt|sobot|niedziel|wczoraj|przedwczoraj|dziś|dzisiaj|jutro|pojutrze|rok|roku)/iu,
  months: Object.fromEntries(MONTHS.flatMap((forms, index) => forms.map((form) => [form, index + 1]))),
  monthCues: ['w', 'we', 'od', 'do', 'na początku', 'pod koniec', 'w połowie'],
  yearCues: ['w', 'we', 'do', 'od', 'po', 'przed', 'roku', 'rok'],
  yearWords: ['roku', 'rok', 'rokiem', 'r.'],
  rangeJoins: ['do'],
  weekdays: {
    'w poniedziałek': 1,
    'we wtorek': 2,
    'w środę': 3,
    'w czwartek': 4,
    'w piątek': 5,
    'w sobotę': 6,
    'w niedzielę': 0,
  },
  relativeDays: {
    przedwczoraj: -2,
    wczoraj: -1,
    dziś: 0,
    dzisiaj: 0,
    jutro: 1,
    pojutrze: 2,
  },
  relativeYears: {
    'w przyszłym roku': 1,
    'w tym roku': 0,
    'w bieżącym roku': 0,
    'w zeszłym roku': -1,
    'w ubiegłym roku': -1,
    'w poprzednim roku': -1,
    'rok temu': -1,
    'za rok': 1,
  },
};
