import type { BoilerplateRule } from './profile.js';
import { labelLike, rule } from './rules.js';

/** The words a language writes dates and times with; each field is a regex alternation. */
export interface DateWords {
  months: string;
  weekdays: string;
  /** "today", "yesterday". */
  days: string;
  /** Whole relative times: "2 hours ago", "vor 5 Minuten". */
  relative: string;
  /** Labels before a date: "Updated", "Stand", "Publié le". */
  labels: string;
  /** After the day number: "th", "er", ".". */
  ordinal?: string;
  /** Between day, month and year: "de", "of". */
  joiner?: string;
  /** After the year: "года", "r.". */
  yearSuffix?: string;
  /** Before a time: "um", "à", "at". */
  timePrefix?: string;
  /** After a time: "Uhr", "h". */
  timeSuffix?: string;
}

/** A labelled date and time with a time zone fits in this; prose lines are longer. */
const MAX_DATELINE = 80;
/** Date lines without a digit ("gestern", "il y a une heure") are short. */
const MAX_WORDY_DATELINE = 40;
const DIGIT = /\d/;
/** Cheap test every date line passes; most prose fails it, sparing the costly pattern. */
function mayBeDateline(line: string): boolean {
  return line.length <= MAX_WORDY_DATELINE || DIGIT.test(line);
}
const CLOCK = String.raw`[0-2]?\d(?:[:.h][0-5]\d(?::[0-5]\d)?|h)`;
const NUMERIC_DATE = String.raw`[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d{2})|\d{4}-[01]\d-[0-3]\d`;
const ISO_DATE_TIME = String.raw`\d{4}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?`;
const ZONE = String.raw`\(?(?:utc|gmt|cet|cest|mez|mesz|eet|eest|wet|west|est|edt|cst|cdt|pst|pdt|bst|et|pt|msk|мск|kyiv time)(?:\s*[+-]\s*\d{1,2}(?::\d{2})?)?\)?`;
const SEPARATOR = String.raw`(?:\s*[,|•·–—/-]\s*|\s+)`;

/**
 * A line that is only a date and/or time, optionally labelled ("Updated: 13 June 2024, 18:30"),
 * possibly followed by a second labelled one ("Publié le …, modifié le …").
 */
export function datelineRule(words: DateWords): BoilerplateRule {
  const opt = (source: string | undefined) => (source ? `(?:${source})` : '(?!)');
  const day = `[0-3]?\\d(?:${words.ordinal ?? '\\.'})?`;
  const join = `(?:${opt(words.joiner)}\\s+)?`;
  const month = `(?:${words.months})\\.?`;
  const year = `(?:\\d{4}|'\\d{2})(?:\\s*${opt(words.yearSuffix)})?`;
  const textDate = [
    `${day}\\s+${join}${month}(?:,?\\s+${join}${year})?`,
    `${month}\\s+${day}(?:,?\\s+${year})?`,
    `${month}\\s+${year}`,
  ].join('|');
  const weekday = `(?:(?:${words.weekdays})\\.?,?\\s+)?`;
  const date = `(?:${weekday}(?:${textDate}|(?:${NUMERIC_DATE})(?:\\s*${opt(words.yearSuffix)})?)|${ISO_DATE_TIME}|${words.days})`;
  const time = [
    `(?:${opt(words.timePrefix)}\\s*)?${CLOCK}`,
    String.raw`(?:\s*[ap]\.?\s?m\.?)?`,
    `(?:\\s*${opt(words.timeSuffix)})?`,
    `(?:\\s*${ZONE})?`,
  ].join('');
  const moment = `(?:${date}(?:${SEPARATOR}${time})?|${time}(?:${SEPARATOR}${date})?|${words.relative})`;
  const labelled = `(?:(?:${words.labels})\\s*:?\\s*)?${moment}`;
  // each labelled part is atomic (lookahead + backreference): once matched it is never re-split,
  // which keeps a failing test linear instead of trying every split of label, date, time and zone
  const atomic = (group: number) => `(?=(${labelled}))\\${group}`;
  const pattern = rule('dateline', `^(?!${CLOCK}$)${atomic(1)}(?:${SEPARATOR}${atomic(2)})?\\.?$`);
  return labelLike({ ...pattern, maxLength: MAX_DATELINE, guard: mayBeDateline });
}
