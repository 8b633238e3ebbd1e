import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import { joinTexts, partOf } from './batch.js';
import { type CalendarDate, formatDate, isAfter, nearestYear } from './calendar.js';
import type { Candidate } from './candidates.js';
import type { Piece } from './sentences.js';

/** Parsing again with a reference this far from any news date tells relative results from absolute ones. */
const ALTERNATE = { instant: new Date(Date.UTC(1950, 0, 4, 12)), timezone: 0 };
/** Stands in for a missing publication date; results that depend on it are dropped (a day and month without a year is kept as yearless). */
const PLACEHOLDER = { instant: new Date(Date.UTC(1960, 6, 21, 12)), timezone: 0 };
const LETTER = /\p{L}/u;
const DIGIT = /\d/u;

interface Read {
  date: CalendarDate;
  yearKnown: boolean;
  weekdayOnly: boolean;
}

interface Found {
  result: ParsedResult;
  start: number;
  read: Read;
  /** The end of a range, whose year may be the only one written ("June to August 2024"). */
  end: Read | null;
  yearKnown: boolean;
}

/**
 * Chrono's dates in the sentences, resolved against the reference (noon UTC); without one, relative
 * dates are dropped and a written day and month without a year ("June 13") is kept as yearless.
 */
export function chronoCandidates(
  chrono: Chrono,
  pieces: readonly Piece[],
  reference: Date | null,
): Candidate[] {
  if (pieces.length === 0) return [];
  const batch = joinTexts(pieces.map((piece) => piece.text));
  const found: Found[] = [];
  for (const result of chrono.parse(
    batch.text,
    reference ? { instant: reference, timezone: 0 } : PLACEHOLDER,
  )) {
    const end = result.index + result.text.length;
    const part = partOf(batch, result.index, end);
    const piece = pieces[part];
    const item = piece && toFound(result, piece.start + result.index - (batch.starts[part] ?? 0));
    if (!item || !onWordBoundaries(batch.text, result.index, end) || !namesDate(result)) continue;
    // "1/3", "2:1": bare numbers without a year are ratios and scores more often than dates
    if (!item.read.yearKnown && !LETTER.test(result.text)) continue;
    found.push(item);
  }
  const moved = movedByReference(
    chrono,
    found.filter((item) => item.yearKnown),
  );
  const candidates: Candidate[] = [];
  for (const item of found) {
    const relative = !item.yearKnown || moved.has(item);
    if (reference || !relative) candidates.push(resolve(item, relative, reference));
    else if (writtenDayMonth(item)) candidates.push({ ...resolve(item, false, null), yearless: true });
  }
  return candidates;
}

/** "June 13", "13. Juni": a day and month in figures and words, no year, nothing relative. */
function writtenDayMonth({ result, read, end }: Found): boolean {
  const day = read.date.day !== undefined && !read.weekdayOnly && !read.yearKnown;
  return day && !end?.yearKnown && !result.tags().has('result/relativeDate') && DIGIT.test(result.text);
}

function toFound(result: ParsedResult, start: number): Found | null {
  const read = readComponents(result.start);
  const end = result.end ? readComponents(result.end) : null;
  return read && { result, start, read, end, yearKnown: read.yearKnown || end?.yearKnown === true };
}

/** Shifts by hours ("in 24 Stunden") or weeks ("last week") name no calendar day, month or year. */
function namesDate(result: ParsedResult): boolean {
  const tags = result.tags();
  if (tags.has('result/relativeDateAndTime')) return false;
  const byWeeks = result.start.isCertain('day') && !result.start.isCertain('weekday');
  return !(tags.has('result/relativeDate') && byWeeks);
}

function resolve({ result, start, read, end }: Found, relative: boolean, reference: Date | null): Candidate {
  const value = { ...read.date };
  const until = end ? { ...end.date } : undefined;
  if (!read.yearKnown && !read.weekdayOnly && value.month !== undefined) {
    if (end?.yearKnown && until) {
      value.year = until.year - (isAfter({ ...value, year: until.year }, until) ? 1 : 0);
    } else if (reference) {
      value.year = nearestYear(reference, value.month, value.day);
    }
  }
  if (until && end && !end.yearKnown && !end.weekdayOnly) {
    until.year = value.year + (isAfter(value, { ...until, year: value.year }) ? 1 : 0);
  }
  const weekdayOnly = read.weekdayOnly && !end;
  const candidate: Candidate = { start, end: start + result.text.length, value, relative, weekdayOnly };
  if (until) candidate.until = until;
  return candidate;
}

/** The date at the finest grain chrono is sure of; null for times of day. */
function readComponents(components: ParsedComponents): Read | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return null;
  const known = (name: 'year' | 'month' | 'day' | 'weekday') => components.isCertain(name);
  const yearKnown = known('year');
  if (known('day') || known('weekday')) {
    return { date: { year, month, day }, yearKnown, weekdayOnly: !known('day') && !known('month') };
  }
  if (known('month')) return { date: { year, month }, yearKnown, weekdayOnly: false };
  return yearKnown ? { date: { year }, yearKnown, weekdayOnly: false } : null;
}

/** The results whose words mean another date when said on another day ("gestern", "next year"). */
function movedByReference(chrono: Chrono, items: readonly Found[]): Set<Found> {
  const moved = new Set<Found>(items);
  if (items.length === 0) return moved;
  const batch = joinTexts(items.map((item) => item.result.text));
  for (const again of chrono.parse(batch.text, ALTERNATE)) {
    const item = items[partOf(batch, again.index, again.index + again.text.length)];
    const other = toFound(again, 0);
    if (item && other && writtenAs(other) === writtenAs(item)) moved.delete(item);
  }
  return moved;
}

/** The dates as the text writes them, before any year is taken from the reference. */
function writtenAs(item: Found): string {
  const { value, until } = resolve(item, false, null);
  return until ? `${formatDate(value)}/${formatDate(until)}` : formatDate(value);
}

/** Chrono's \b is ASCII-only: "fr" (Freitag) inside "früh" must not count. */
function onWordBoundaries(text: string, start: number, end: number): boolean {
  return !LETTER.test(text.charAt(start - 1)) && !LETTER.test(text.charAt(end));
}
