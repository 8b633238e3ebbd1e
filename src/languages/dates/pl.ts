import { numericChrono } from './generic.js';
import { type DateVocabulary, forms } from './vocabulary.js';

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
  rangeJoins: ['do', 'i', 'lub', 'albo', 'a'],
  weekdays: {
    names: {
      niedzielę: 0,
      poniedziałek: 1,
      wtorek: 2,
      środę: 3,
      czwartek: 4,
      piątek: 5,
      sobotę: 6,
    },
    links: ['w', 'we'],
    needsLink: true,
    shiftsBefore: {
      ...forms(-1, 'zeszłą', 'zeszły', 'ubiegłą', 'ubiegły', 'ostatnią', 'ostatni'),
      ...forms(1, 'przyszłą', 'przyszły', 'najbliższą', 'najbliższy'),
      ...forms(0, 'tę', 'tą', 'ten'),
    },
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
