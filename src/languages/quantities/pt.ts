import { toCardinal } from 'n2words/pt-PT';
import { CURRENCY_SYMBOLS, PERCENT_SIGNS } from './generic.js';
import { cardinalWords, forms, hundredWords, type QuantityVocabulary } from './vocabulary.js';

const { um: _one, ...cardinals } = cardinalWords(toCardinal, 0, 100);
const hundreds = hundredWords(toCardinal);
const feminineHundreds = Object.fromEntries(
  Object.entries(hundreds).map(([word, value]) => [word.replace(/entos$/, 'entas'), value]),
);

/** Portuguese (European and Brazilian). */
export const pt: QuantityVocabulary = {
  locale: 'pt',
  numbers: {
    ...cardinals,
    ...hundreds,
    ...feminineHundreds,
    duas: 2,
    ...forms(16, 'dezesseis'),
    ...forms(17, 'dezessete'),
    ...forms(19, 'dezenove'),
    cento: 100,
    mil: 1000,
    dezena: 10,
    dúzia: 12,
    centena: 100,
  },
  articles: ['um', 'uma'],
  numberJoiners: ['e'],
  scales: {
    ...forms(1e3, 'mil'),
    ...forms(1e6, 'milhão', 'milhões'),
    ...forms(1e9, 'mil milhões', 'bilhão', 'bilhões'),
    ...forms(1e12, 'bilião', 'biliões', 'trilhão', 'trilhões'),
    ...forms(10, 'dezena', 'dezenas'),
    ...forms(12, 'dúzia', 'dúzias'),
    ...forms(100, 'centena', 'centenas'),
  },
  moneyScales: { mi: 1e6, bi: 1e9 },
  connectors: ['de'],
  currencySymbols: CURRENCY_SYMBOLS,
  currencies: {
    ...forms('GBP', 'libra', 'libras', 'libra esterlina', 'libras esterlinas'),
    ...forms('EUR', 'euro', 'euros'),
    ...forms('USD', 'dólar', 'dólares', 'dólares americanos', 'dólares norte-americanos'),
    ...forms('CAD', 'dólares canadianos', 'dólares canadenses'),
    ...forms('JPY', 'iene', 'ienes'),
    ...forms('CNY', 'yuan', 'iuane', 'iuanes'),
    ...forms('RUB', 'rublo', 'rublos'),
    ...forms('UAH', 'hryvnia', 'hryvnias', 'grívnia', 'grívnias'),
    ...forms('PLN', 'zlóti', 'zlótis', 'zloty', 'zlotys'),
    ...forms('CHF', 'franco suíço', 'francos suíços'),
    ...forms('BRL', 'real', 'reais'),
    ...forms('INR', 'rupia', 'rupias'),
  },
  percent: [...PERCENT_SIGNS, 'por cento'],
  percentagePoints: ['ponto percentual', 'pontos percentuais'],
  durations: {
    ...forms('year', 'ano', 'anos'),
    ...forms('month', 'mês', 'meses'),
    ...forms('week', 'semana', 'semanas'),
    ...forms('day', 'dia', 'dias'),
    ...forms('hour', 'hora', 'horas'),
    ...forms('minute', 'minuto', 'minutos'),
    ...forms('second', 'segundos'),
    ...forms('decade', 'década', 'décadas', 'decénio', 'decénios', 'decênio', 'decênios'),
    ...forms('century', 'século', 'séculos'),
  },
  decades: ['década', 'decénio', 'decênio'],
  compounds: { stems: {}, units: {} },
  durationAdjectives: {
    ...forms([10, 'year'] as const, 'decenal', 'decenais'),
    ...forms([5, 'year'] as const, 'quinquenal', 'quinquenais'),
  },
  ordinalSuffixes: ['º', 'ª', '.º', '.ª', '°', '.°'],
  ordinalDot: false,
  ordinalLeads: [],
  months: [
    ...['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro'],
    ...['outubro', 'novembro', 'dezembro'],
  ],
  dayMonthLinks: ['de'],
  clockWords: ['h'],
  rangeWords: ['a', 'e', 'ou'],
  functionWords: [
    ...['de', 'do', 'da', 'dos', 'das', 'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'e', 'ou'],
    ...['mas', 'em', 'no', 'na', 'nos', 'nas', 'por', 'pelo', 'pela', 'para', 'com', 'sem', 'sobre'],
    ...['entre', 'contra', 'desde', 'até', 'durante', 'que', 'se', 'seu', 'sua', 'seus', 'suas', 'é'],
    ...['são', 'foi', 'foram', 'tem', 'têm', 'há', 'mais', 'menos', 'outros', 'outras', 'vezes'],
    ...['cerca', 'quase', 'só', 'apenas', 'já', 'também', 'não'],
  ],
  nonNounEndings: ['aram', 'eram', 'iram'],
  nounsCapitalized: false,
};
