import type { DateMention } from '../../types.js';
import { type CalendarDate, formatDate, grainOf } from './calendar.js';

/** A resolved date found at offsets of the article text, before overlaps are settled. */
export interface Candidate {
  start: number;
  end: number;
  value: CalendarDate;
  until?: CalendarDate;
  relative: boolean;
  /** A bare weekday ("am Freitag"), which a date right after it ("14. Juni") absorbs. */
  weekdayOnly: boolean;
  /** A day and month written without a year, with no publication date to take one from. */
  yearless?: boolean;
}

/** At most a comma and one short word ("dem", "le") between a weekday and the date it names. */
const WEEKDAY_GAP = /^[\s,]*(?:\p{L}{1,4}\s+)?$/u;
const TRAILING = /[\s,;:]+$/u;
const LEADING = /^\s+/u;

/** Trim edge punctuation, settle overlaps (the longer span wins) and join weekdays to their dates. */
export function settleCandidates(text: string, candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates
    .map((candidate) => trim(text, candidate))
    .filter((candidate) => candidate.end > candidate.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (!last) {
      kept.push(candidate);
    } else if (candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
    } else if (absorbs(text, last, candidate)) {
      kept[kept.length - 1] = { ...candidate, start: last.start };
    } else {
      kept.push(candidate);
    }
  }
  return kept;
}

function absorbs(text: string, weekday: Candidate, date: Candidate): boolean {
  return (
    weekday.weekdayOnly &&
    !date.weekdayOnly &&
    grainOf(date.value) === 'day' &&
    WEEKDAY_GAP.test(text.slice(weekday.end, date.start))
  );
}

function trim(text: string, candidate: Candidate): Candidate {
  const slice = text.slice(candidate.start, candidate.end);
  const start = candidate.start + (LEADING.exec(slice)?.[0].length ?? 0);
  const end = candidate.end - (TRAILING.exec(slice)?.[0].length ?? 0);
  return { ...candidate, start, end: Math.max(start, end) };
}

export function toMention(text: string, candidate: Candidate): DateMention {
  const yearless = candidate.yearless === true;
  const value = formatDate(candidate.value, yearless);
  const mention: DateMention = {
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    value,
    grain: grainOf(candidate.value),
    relative: candidate.relative,
  };
  const until = candidate.until && formatDate(candidate.until, yearless);
  if (until && until !== value) mention.until = until;
  return mention;
}
