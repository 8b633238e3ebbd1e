import * as chrono from 'chrono-node';
import type { DateVocabulary } from './vocabulary.js';

/** A month name alone is a date only after one of these ("in May"), else a name or a verb ("Theresa May"). */
const BEFORE_MONTH =
  /(?:^|\s)(?:in|since|until|till|by|from|of|during|through|last|next|this|early|late|mid|end|before|after|between|and|to|or)[\s-]+$/iu;

const parser = chrono.en.casual.clone();
parser.refiners.push({
  refine: (context, results) =>
    results.filter(
      (result) =>
        Boolean(result.end) ||
        result.start.isCertain('day') ||
        result.start.isCertain('year') ||
        !result.start.isCertain('month') ||
        BEFORE_MONTH.test(context.text.slice(Math.max(0, result.index - 12), result.index)),
    ),
});

export const en: DateVocabulary = {
  code: 'en',
  chrono: parser,
  cue: /january|february|march|april|may|june|july|august|september|october|november|december|(?<!\p{L})(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? ?\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week|month|year|ago(?!\p{L})/iu,
  months: {
    january: 1,
    'jan.': 1,
    february: 2,
    'feb.': 2,
    march: 3,
    april: 4,
    'apr.': 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    'aug.': 8,
    september: 9,
    'sept.': 9,
    'sep.': 9,
    october: 10,
    'oct.': 10,
    november: 11,
    'nov.': 11,
    december: 12,
    'dec.': 12,
  },
  links: ['of'],
  yearCues: [
    'in',
    'by',
    'until',
    'till',
    'since',
    'from',
    'before',
    'after',
    'through',
    'between',
    'early',
    'late',
    'mid',
    'end of',
    'start of',
    'spring',
    'summer',
    'autumn',
    'fall',
    'winter',
    'year',
  ],
  rangeJoins: ['to', 'until', 'through', 'and', 'or'],
  numberSuffixes: ['st', 'nd', 'rd', 'th'],
  monthDayOrder: true,
  weekdays: {
    names: {
      sunday: 0,
      monday: 1,
      tuesday: 2,
      wednesday: 3,
      thursday: 4,
      friday: 5,
      saturday: 6,
    },
    links: ['on'],
    shiftsBefore: { last: -1, 'this past': -1, next: 1, coming: 1, 'this coming': 1, this: 0 },
  },
};
