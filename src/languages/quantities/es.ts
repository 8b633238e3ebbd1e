import { toCardinal } from 'n2words/es-ES';
import { CURRENCY_SYMBOLS, PERCENT_SIGNS } from './generic.js';
import { cardinalWords, forms, hundredWords, type QuantityVocabulary } from './vocabulary.js';

const hundreds = hundredWords(toCardinal);
const feminineHundreds = Object.fromEntries(
  Object.entries(hundreds).map(([word, value]) => [word.replace(/ientos$/, 'ientas'), value]),
);

/** Spanish. */
export const es: QuantityVocabulary = {
  locale: 'es',
  numbers: {
    ...cardinalWords(toCardinal, 0, 100),
    ...hundreds,
    ...feminineHundreds,
    dieciséis: 16,
    ...forms(21, 'veintiún', 'veintiuna'),
    ciento: 100,
    mil: 1000,
    decena: 10,
    docena: 12,
    centenar: 100,
  },
  articles: ['un', 'una'],
  numberJoiners: ['y'],
  scales: {
    ...forms(1e3, 'mil'),
    ...forms(1e6, 'millón', 'millones', 'mill.'),
    ...forms(1e9, 'mil millones', 'millardo', 'millardos'),
    ...forms(1e12, 'billón', 'billones'),
    ...forms(10, 'decena', 'decenas'),
    ...forms(12, 'docena', 'docenas'),
    ...forms(100, 'centenar', 'centenares'),
  },
  moneyScales: { m: 1e6 },
  connectors: ['de'],
  currencySymbols: CURRENCY_SYMBOLS,
  currencies: {
    ...forms('GBP', 'libra', 'libras', 'libra esterlina', 'libras esterlinas'),
    ...forms('EUR', 'euro', 'euros'),
    ...forms('USD', 'dólar', 'dólares', 'dolar', 'dolares', 'dólares estadounidenses'),
    ...forms('CAD', 'dólares canadienses'),
    ...forms('JPY', 'yen', 'yenes'),
    ...forms('CNY', 'yuan', 'yuanes'),
    ...forms('RUB', 'rublo', 'rublos'),
    ...forms('UAH', 'grivna', 'grivnas', 'hryvnia', 'hryvnias'),
    ...forms('PLN', 'esloti', 'eslotis', 'zloty', 'zlotys'),
    ...forms('CHF', 'franco suizo', 'francos suizos'),
    ...forms('INR', 'rupia', 'rupias'),
  },
  percent: [...PERCENT_SIGNS, 'por ciento', 'por cien'],
  percentagePoints: ['punto porcentual', 'puntos porcentuales'],
  durations: {
    ...forms('year', 'año', 'años'),
    ...forms('month', 'mes', 'meses'),
    ...forms('week', 'semana', 'semanas'),
    ...forms('day', 'día', 'días', 'dia', 'dias'),
    ...forms('hour', 'hora', 'horas'),
    ...forms('minute', 'minuto', 'minutos'),
    ...forms('second', 'segundos'),
    ...forms('decade', 'década', 'décadas', 'decenio', 'decenios'),
    ...forms('century', 'siglo', 'siglos'),
  },
  decades: ['década', 'decenio'],
  compounds: { stems: {}, units: {} },
  durationAdjectives: {
    ...forms([10, 'year'] as const, 'decenal', 'decenales'),
    ...forms([5, 'year'] as const, 'quinquenal', 'quinquenales'),
  },
  ordinalSuffixes: ['º', 'ª', '.º', '.ª', '°', '.°'],
  ordinalDot: false,
  ordinalLeads: [],
  months: [
    ...['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre'],
    ...['setiembre', 'octubre', 'noviembre', 'diciembre'],
  ],
  dayMonthLinks: ['de'],
  clockWords: ['h'],
  rangeWords: ['a', 'al', 'y', 'o', 'y el', 'o el'],
  functionWords: [
    ...['de', 'del', 'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u'],
    ...['pero', 'en', 'a', 'al', 'por', 'para', 'con', 'sin', 'sobre', 'entre', 'contra', 'desde'],
    ...['hasta', 'hacia', 'según', 'durante', 'que', 'se', 'su', 'sus', 'es', 'son', 'fue', 'fueron'],
    ...['ha', 'han', 'había', 'habían', 'será', 'serán', 'más', 'menos', 'otros', 'otras', 'veces'],
    ...['cerca', 'casi', 'solo', 'sólo', 'ya', 'también', 'no', 'muy', 'este', 'esta', 'estos'],
    ...['estas', 'ese', 'esa', 'esos', 'esas'],
  ],
  nonNounEndings: ['aron', 'ieron', 'aban', 'ían'],
  nounsCapitalized: false,
};
