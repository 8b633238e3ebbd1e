import type { DateVocabulary, WordTable } from '../../../languages/dates/vocabulary.js';
import { addDays, type CalendarDate, isValidDay, nearestYear, weekdayDate } from './calendar.js';
import type { Candidate } from './candidates.js';
import { tableKey, vocabularyPatterns } from './patterns.js';

type Groups = Partial<Record<string, string>>;
type Found = Omit<Candidate, 'start' | 'end'>;
type Reader = (groups: Groups, words: string, before: string) => Found | null;

/** Stands in for the unknown year of a yearless day, so that 29 February stays a valid day. */
const LEAP_YEAR = 2000;
/** How far back a cue ("im", "bis zum Jahr") may start. */
const CUE_REACH = 24;

/** Dates the vocabulary's word tables find in one sentence; relative ones only with a reference. */
export function patternCandidates(
  vocabulary: DateVocabulary,
  sentence: string,
  offset: number,
  reference: Date | null,
): Candidate[] {
  const patterns = vocabularyPatterns(vocabulary);
  const candidates: Candidate[] = [];
  if (patterns.monthName?.test(sentence)) {
    for (const pattern of [patterns.dayMonth, patterns.monthDay]) {
      _scan(pattern, sentence, offset, candidates, (groups) =>
        dayMonth(vocabulary.months, groups, reference),
      );
    }
    _scan(patterns.monthYear, sentence, offset, candidates, (groups, _, before) =>
      monthYear(vocabulary.months, groups, patterns.monthCue?.test(before) === true, reference),
    );
  }
  _scan(patterns.year, sentence, offset, candidates, (groups, _, before) =>
    year(groups, patterns.yearCue?.test(before) === true),
  );
  // weekday and relative phrases name a date only against a reference
  if (reference && patterns.weekdayName?.test(sentence)) {
    _scan(patterns.weekday, sentence, offset, candidates, (groups) => weekday(vocabulary, groups, reference));
  }
  if (reference) {
    _scan(patterns.phrase, sentence, offset, candidates, (_, words) =>
      phrase(vocabulary, tableKey(words), reference),
    );
  }
  return candidates;
}

function _scan(
  pattern: RegExp | undefined,
  sentence: string,
  offset: number,
  candidates: Candidate[],
  read: Reader,
): void {
  if (!pattern) return;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const before = sentence.slice(Math.max(0, match.index - CUE_REACH), match.index);
    const found = read(match.groups ?? {}, match[0], before);
    if (found) {
      candidates.push({
        ...found,
        start: offset + match.index,
        end: offset + match.index + match[0].length,
      });
    } else {
      // a rejected match ("2023 bis 2027" without a cue) may hide an accepted one inside it ("2027")
      pattern.lastIndex = match.index + 1;
    }
  }
}

function dayMonth(months: WordTable | undefined, groups: Groups, reference: Date | null): Found | null {
  const month = lookup(months, groups.month);
  const day = Number(groups.day);
  const last = groups.until ? Number(groups.until) : day;
  const known = groups.year ? Number(groups.year) : null;
  const yearless = known === null && reference === null;
  const year = known ?? (reference && month ? nearestYear(reference, month, day) : LEAP_YEAR);
  if (!month || (groups.until && last <= day)) return null;
  if (!isValidDay(year, month, day) || !isValidDay(year, month, last)) return null;
  const found: Found = {
    value: { year, month, day },
    relative: known === null && !yearless,
    weekdayOnly: false,
  };
  if (yearless) found.yearless = true;
  if (groups.until) found.until = { year, month, day: last };
  return found;
}

function monthYear(
  months: WordTable | undefined,
  groups: Groups,
  cued: boolean,
  reference: Date | null,
): Found | null {
  const month = lookup(months, groups.month);
  const last = groups.last ? lookup(months, groups.last) : month;
  if (!month || !last || (!groups.year && !cued)) return null;
  const known = groups.year ? Number(groups.year) : null;
  const year = known ?? (reference ? nearestYear(reference, last) : null);
  if (year === null) return null;
  // "November bis Februar 2025" starts in the year before the one written
  const found: Found = {
    value: { year: last < month ? year - 1 : year, month },
    relative: known === null,
    weekdayOnly: false,
  };
  if (groups.last) found.until = { year, month: last };
  return found;
}

function year(groups: Groups, cued: boolean): Found | null {
  const value = Number(groups.year);
  const until = groups.until ? Number(groups.until) : value;
  const plausible = groups.word ? value >= 1000 : value >= 1800 && value < 2200;
  if ((!cued && !groups.word) || !plausible || until < value) return null;
  const found: Found = { value: { year: value }, relative: false, weekdayOnly: false };
  if (groups.until) found.until = { year: until };
  return found;
}

function weekday(vocabulary: DateVocabulary, groups: Groups, reference: Date): Found | null {
  const words = vocabulary.weekdays;
  const day = lookup(words?.names, groups.name);
  if (day === undefined) return null;
  const shift = lookup(words?.shiftsBefore, groups.before) ?? lookup(words?.shiftsAfter, groups.after);
  return { value: weekdayDate(reference, day, shift), relative: true, weekdayOnly: true };
}

function phrase(vocabulary: DateVocabulary, key: string, reference: Date): Found | null {
  const days = vocabulary.relativeDays?.[key];
  const years = vocabulary.relativeYears?.[key];
  let value: CalendarDate | null = null;
  if (days !== undefined) value = addDays(reference, days);
  else if (years !== undefined) value = { year: reference.getUTCFullYear() + years };
  return value && { value, relative: true, weekdayOnly: false };
}

function lookup(table: WordTable | undefined, words: string | undefined): number | undefined {
  return words === undefined ? undefined : table?.[tableKey(words)];
}
