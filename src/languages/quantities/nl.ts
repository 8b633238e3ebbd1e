import { toCardinal } from 'n2words/nl-NL';
import { CURRENCY_SYMBOLS, PERCENT_SIGNS } from './generic.js';
import { cardinalWords, forms, hundredWords, type QuantityVocabulary } from './vocabulary.js';

const cardinals = { ...cardinalWords(toCardinal, 0, 100), ...hundredWords(toCardinal) };

/** Dutch. */
export const nl: QuantityVocabulary = {
  locale: 'nl',
  numbers: { ...cardinals, duizend: 1000, dozijn: 12, tiental: 10 },
  articles: ['een'],
  numberJoiners: [],
  scales: {
    ...forms(1e3, 'duizend'),
    ...forms(1e6, 'miljoen', 'miljoenen', 'mln', 'mln.'),
    ...forms(1e9, 'miljard', 'miljarden', 'mld', 'mld.', 'mrd', 'mrd.'),
    ...forms(1e12, 'biljoen', 'biljoenen'),
    ...forms(10, 'tiental', 'tientallen'),
    ...forms(12, 'dozijn'),
  },
  moneyScales: {},
  connectors: [],
  currencySymbols: CURRENCY_SYMBOLS,
  currencies: {
    ...forms('GBP', 'pond', 'ponden', 'pond sterling', 'britse pond'),
    ...forms('EUR', 'euro', "euro's"),
    ...forms('USD', 'dollar', 'dollars', 'amerikaanse dollar', 'amerikaanse dollars'),
    ...forms('CAD', 'canadese dollar', 'canadese dollars'),
    ...forms('JPY', 'yen'),
    ...forms('CNY', 'yuan', 'renminbi'),
    ...forms('RUB', 'roebel', 'roebels'),
    ...forms('UAH', 'hryvnja', "hryvnja's", 'hryvnia'),
    ...forms('PLN', 'zloty', "zloty's"),
    ...forms('CHF', 'zwitserse frank', 'zwitserse franken'),
    ...forms('INR', 'roepie', 'roepies'),
  },
  percent: [...PERCENT_SIGNS, 'procent'],
  percentagePoints: ['procentpunt', 'procentpunten'],
  durations: {
    ...forms('year', 'jaar', 'jaren'),
    ...forms('month', 'maand', 'maanden'),
    ...forms('week', 'week', 'weken'),
    ...forms('day', 'dag', 'dagen'),
    ...forms('hour', 'uur', 'uren'),
    ...forms('minute', 'minuut', 'minuten'),
    ...forms('second', 'seconden'),
    ...forms('decade', 'decennium', 'decennia'),
    ...forms('century', 'eeuw', 'eeuwen'),
  },
  decades: ['decennium'],
  compounds: {
    stems: { ...cardinals, een: 1 },
    units: { jarig: 'year', maands: 'month', weeks: 'week', daags: 'day', urig: 'hour' },
  },
  durationAdjectives: {},
  ordinalSuffixes: ['e', 'ste', 'de'],
  ordinalDot: false,
  ordinalLeads: [],
  months: [
    ...['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september'],
    ...['oktober', 'november', 'december'],
    ...['jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'],
  ],
  dayMonthLinks: [],
  clockWords: [],
  rangeWords: ['tot', 'en', 'of'],
  functionWords: [
    ...['de', 'het', 'een', 'en', 'of', 'maar', 'van', 'in', 'op', 'aan', 'bij', 'met', 'voor', 'na'],
    ...['naar', 'uit', 'over', 'onder', 'tussen', 'tegen', 'door', 'tot', 'sinds', 'om', 'per'],
    ...['zijn', 'is', 'was', 'waren', 'heeft', 'hebben', 'had', 'wordt', 'worden', 'werd', 'werden'],
    ...['die', 'dat', 'deze', 'dit', 'er', 'hij', 'zij', 'ze', 'we', 'wij', 'meer', 'minder'],
    ...['andere', 'keer', 'maal', 'ongeveer', 'bijna', 'nog', 'al', 'ook', 'niet', 'zo'],
  ],
  nonNounEndings: [],
  nounsCapitalized: false,
};
