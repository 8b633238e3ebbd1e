/** A calendar date at its grain: a year, a month of a year, or a day. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export type Grain = 'day' | 'month' | 'year';

const DAY_MS = 86_400_000;

export function grainOf(date: CalendarDate): Grain {
  if (date.day !== undefined) return 'day';
  return date.month === undefined ? 'year' : 'month';
}

/** A day written without a year in an article without a publication date: "--06-13" (ISO 8601). */
export const YEARLESS_PREFIX = '--';

/** "--06-13" for a day whose year neither the text nor a publication date gives. */
export function isYearless(value: string): boolean {
  return value.startsWith(YEARLESS_PREFIX);
}

/** "2024-06-13", "2024-06" or "2024"; "--06-13" when the year is unknown. */
export function formatDate(date: CalendarDate, yearless = false): string {
  // ISO 8601 leaves the year's place empty: "-" and the separator make the "--" of "--06-13"
  const parts = [yearless ? YEARLESS_PREFIX.slice(1) : String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

/** Noon UTC of the calendar day an ISO date or timestamp starts with, or null. */
export function parseReference(iso: string | null): Date | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? new Date(Date.UTC(year, month - 1, day, 12)) : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a comes after b (comparing only the parts both have). */
export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return sortKey(a, b) > sortKey(b, a);
}

function sortKey(date: CalendarDate, other: CalendarDate): number {
  const month = other.month === undefined ? 0 : (date.month ?? 0);
  const day = other.day === undefined ? 0 : (date.day ?? 0);
  return date.year * 10_000 + month * 100 + day;
}

/** The year that puts a month (and day) nearest to the reference; ties keep the reference's year. */
export function nearestYear(reference: Date, month: number, day?: number): number {
  const year = reference.getUTCFullYear();
  let best = year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of [year, year - 1, year + 1]) {
    if (day !== undefined && !isValidDay(candidate, month, day)) continue;
    const distance =
      day === undefined
        ? Math.abs(candidate * 12 + month - (year * 12 + reference.getUTCMonth() + 1))
        : Math.abs(Date.UTC(candidate, month - 1, day, 12) - reference.getTime());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function addDays(reference: Date, days: number): CalendarDate {
  const date = new Date(reference.getTime() + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The day that falls on a weekday (0 = Sunday) in the week a shift names: undefined for the latest
 * such day on or before the reference, or the day after it (a Friday article's "Saturday" is
 * tomorrow, not six days ago), -1 for the latest before it, 1 for the first after it, 0 for the one
 * in the reference's week (Monday to Sunday).
 */
export function weekdayDate(reference: Date, weekday: number, shift?: number): CalendarDate {
  const today = reference.getUTCDay();
  const back = (today - weekday + 7) % 7;
  if (shift === undefined) return addDays(reference, back === 6 ? 1 : -back);
  if (shift < 0) return addDays(reference, -(back || 7));
  if (shift > 0) return addDays(reference, (weekday - today + 7) % 7 || 7);
  return addDays(reference, ((weekday + 6) % 7) - ((today + 6) % 7));
}
