import type { QuantityVocabulary } from './vocabulary.js';

/** Currency signs and ISO codes, read the same way in every language. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  '£': 'GBP',
  GBP: 'GBP',
  '€': 'EUR',
  EUR: 'EUR',
  '¥': 'JPY',
  JPY: 'JPY',
  CNY: 'CNY',
  '₴': 'UAH',
  UAH: 'UAH',
  '₽': 'RUB',
  RUB: 'RUB',
  PLN: 'PLN',
  CHF: 'CHF',
  C$: 'CAD',
  CAD: 'CAD',
  A$: 'AUD',
  AUD: 'AUD',
  HK$: 'HKD',
  R$: 'BRL',
  '₹': 'INR',
  INR: 'INR',
  '₺': 'TRY',
  '₩': 'KRW',
};

/** The percent sign, common to all languages. */
export const PERCENT_SIGNS: readonly string[] = ['%'];

/**
 * The vocabulary of a language without specific number words: digits read with the
 * locale's separators, currency signs and codes, and the percent sign.
 */
export function createGenericVocabulary(locale: string): QuantityVocabulary {
  return {
    locale,
    numbers: {},
    articles: [],
    numberJoiners: [],
    scales: {},
    moneyScales: {},
    connectors: [],
    currencySymbols: CURRENCY_SYMBOLS,
    currencies: {},
    percent: PERCENT_SIGNS,
    percentagePoints: [],
    durations: {},
    decades: [],
    compounds: { stems: {}, units: {} },
    durationAdjectives: {},
    ordinalSuffixes: [],
    ordinalDot: false,
    ordinalLeads: [],
    months: [],
    dayMonthLinks: [],
    clockWords: [],
    rangeWords: [],
    functionWords: [],
    nonNounEndings: [],
    nounsCapitalized: false,
  };
}
