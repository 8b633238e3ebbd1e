import type { DurationUnit, QuantityVocabulary } from '../../../languages/quantities/vocabulary.js';
import {
  alternation,
  DASH,
  HYPHEN,
  normalizeWord,
  numberPattern,
  SPACE,
  separators,
  WORD_CHAR,
  wordMap,
} from './patterns.js';

/**
 * A vocabulary compiled once into lookup tables and regexes. Sticky regexes are read at a position
 * and capture the matched word last; `currency` and `counted` capture a connector first ("de", "d'").
 * Groups are numbered: named groups cost an object per match.
 */
export interface Matchers {
  decimal: string;
  /** Global: digits, number words, compound stems, decade words. */
  anchor: RegExp;
  /** Tested on the text just before digits: it ends with a currency sign ("£", "US$ "). */
  symbolBefore: RegExp;
  /** Last characters of currency signs as written or upper-cased: a cheap test before `symbolBefore`. */
  symbolEnds: Set<string>;
  numbers: Map<string, number>;
  scales: Map<string, number>;
  moneyScales: Map<string, number>;
  currencies: Map<string, string>;
  durations: Map<string, DurationUnit>;
  decades: Set<string>;
  stems: Map<string, number>;
  compoundUnits: Map<string, DurationUnit>;
  adjectives: Map<string, readonly [number, DurationUnit]>;
  percentagePoints: Set<string>;
  /** Words that are never counted nouns: function words and every quantity word. */
  notCounted: Set<string>;
  nonNounEndings: readonly string[];
  nounsCapitalized: boolean;
  ordinalDot: boolean;
  joiner: RegExp;
  scale: RegExp;
  moneyScale: RegExp;
  currency: RegExp;
  percent: RegExp;
  duration: RegExp;
  compound: RegExp;
  ordinal: RegExp;
  clock: RegExp;
  monthAfter: RegExp;
  /** Tested on the text just before a number: it ends with a month name ("June 13"). */
  monthBefore: RegExp;
  counted: RegExp;
  /** Tested on the text between two numbers: it joins them as a range ("5-10", "5 to 10"). */
  rangeLink: RegExp;
}

/** Capture groups of `Matchers.anchor`. */
export const ANCHOR = { num: 1, stem: 2, word: 3, article: 4 } as const;

const cache = new WeakMap<QuantityVocabulary, Matchers>();
/** The end of a word: no letter follows, nor an apostrophe and a letter ("сім'я" is no seven). */
const END = "(?![\\p{L}\\p{M}]|['’ʼ‘`]\\p{L})";
/** Frequent lower-case letters, tested before the slow Unicode class when looking for word starts. */
const COMMON_LETTER = '[a-zß-ÿа-яёіїєґ]';

/** The compiled form of a vocabulary, built on first use and cached for the vocabulary object. */
export function compile(vocabulary: QuantityVocabulary): Matchers {
  let matchers = cache.get(vocabulary);
  if (!matchers) {
    matchers = _compile(vocabulary);
    cache.set(vocabulary, matchers);
  }
  return matchers;
}

function _compile(v: QuantityVocabulary): Matchers {
  const sticky = (source: string) => new RegExp(source, 'iuy');
  const currencyWords = { ...v.currencySymbols, ...v.currencies };
  const stems = Object.keys(v.compounds.stems);
  const unitStems = Object.keys(v.compounds.units);
  const units = alternation(unitStems);
  const connector = alternation(v.connectors.filter((word) => !word.endsWith("'")));
  const elided = alternation(v.connectors.filter((word) => word.endsWith("'")));
  const linked = `(${elided}|${connector}${SPACE}+)`;
  const ordinal = alternation(v.ordinalSuffixes);
  const range = alternation(v.rangeWords);
  const months = alternation(v.months);
  const dayRange = `(?:${SPACE}*(?:${DASH}|${range}${SPACE})${SPACE}*\\d{1,2}${ordinal}?\\.?)?`;
  const anchorWords = [...Object.keys(v.numbers), ...v.decades, ...Object.keys(v.durationAdjectives)];
  const digits = `(?=\\d)(${numberPattern(v.locale)})`;
  const stem = `(${alternation(stems, true)})(?=${HYPHEN}?${alternation(unitStems, true)})`;
  const word = `(${alternation(anchorWords, true)})${END}`;
  const scaled = `${SPACE}+${alternation(Object.keys(v.scales), true)}(?!${WORD_CHAR})`;
  const article = `(${alternation(v.articles, true)})(?=${scaled})`;
  const initials = [...new Set([...stems, ...anchorWords, ...v.articles].flatMap(_initials))].join('');
  const percentWords = [...v.percent, ...v.percentagePoints];
  const quantityWords = [
    ...anchorWords,
    ...v.articles,
    ...Object.keys(v.scales),
    ...Object.keys(currencyWords),
    ...percentWords,
    ...Object.keys(v.durations),
    ...v.months,
    ...v.functionWords,
  ];
  return {
    decimal: separators(v.locale).decimal,
    anchor: new RegExp(
      `${digits}|(?=[${initials}])(?<!${COMMON_LETTER}|${WORD_CHAR})(?:${stem}|${word}|${article})`,
      'gu',
    ),
    symbolBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(${alternation(Object.keys(v.currencySymbols))})${SPACE}?$`,
      'iu',
    ),
    symbolEnds: new Set(
      Object.keys(v.currencySymbols).flatMap((sign) => [sign.slice(-1), sign.slice(-1).toUpperCase()]),
    ),
    numbers: wordMap(v.numbers),
    scales: wordMap(v.scales),
    moneyScales: wordMap(v.moneyScales),
    currencies: wordMap(currencyWords),
    durations: wordMap(v.durations),
    decades: new Set(v.decades.map(normalizeWord)),
    stems: wordMap(v.compounds.stems),
    compoundUnits: wordMap(v.compounds.units),
    adjectives: wordMap(v.durationAdjectives),
    percentagePoints: new Set(v.percentagePoints.map(normalizeWord)),
    notCounted: new Set(quantityWords.map(normalizeWord)),
    nonNounEndings: v.nonNounEndings,
    nounsCapitalized: v.nounsCapitalized,
    ordinalDot: v.ordinalDot,
    joiner: sticky(
      `(?:${SPACE}+${alternation(v.numberJoiners)}${SPACE}+|${SPACE}+|${HYPHEN})(${alternation(Object.keys(v.numbers))})${END}`,
    ),
    scale: sticky(`${SPACE}?(${alternation(Object.keys(v.scales))})(?!${WORD_CHAR})`),
    moneyScale: sticky(`${SPACE}?(${alternation(Object.keys(v.moneyScales))})(?!${WORD_CHAR})`),
    currency: sticky(`(?:${SPACE}|${HYPHEN})?${linked}?(${alternation(Object.keys(currencyWords))})${END}`),
    percent: sticky(`(?:${SPACE}|${HYPHEN})?(${alternation(percentWords)})${END}`),
    duration: sticky(`(?:${SPACE}|${HYPHEN})?(${alternation(Object.keys(v.durations))})${END}`),
    compound: sticky(`${HYPHEN}?(${units})[\\p{L}\\p{M}]*`),
    ordinal: sticky(`${HYPHEN}?(${ordinal})(?!${WORD_CHAR})`),
    clock: sticky(`${SPACE}?${alternation(v.clockWords)}(?!${WORD_CHAR})`),
    monthAfter: sticky(
      `\\.?${dayRange}${SPACE}*(?:${alternation(v.dayMonthLinks)}${SPACE}+)?${months}\\.?${END}`,
    ),
    monthBefore: new RegExp(
      `(?<![\\p{L}\\p{M}])${months}\\.?${SPACE}+(?:\\d{1,2}${ordinal}?\\.?${SPACE}*(?:${DASH}|${range}${SPACE})${SPACE}*)?$`,
      'iu',
    ),
    counted: sticky(`${SPACE}+${linked}?(\\p{L}[\\p{L}\\p{M}]*(?:${HYPHEN}[\\p{L}\\p{M}]+)*)(?!['’ʼ\\p{N}])`),
    rangeLink: new RegExp(`^${SPACE}*(?:${DASH}|${range})${SPACE}*$`, 'iu'),
  };
}

function _initials(word: string): string[] {
  const first = normalizeWord(word).charAt(0);
  return first ? [first, first.toUpperCase()].map((char) => char.replace(/[\\\]^-]/g, '\\$&')) : [];
}
