/** Calendar days as numbers (days since 1970-01-01, UTC), for time windows over ISO dates. */

/** The day number of an ISO day, or of the first 10 characters of a timestamp. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** First and last day number of an ISO day or month ("2023-08" spans August). */
export function daySpan(iso: string): [number, number] {
  if (iso.length !== 7) {
    const day = dayNumber(iso);
    return [day, day];
  }
  const first = dayNumber(`${iso}-01`);
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return [first, first + new Date(Date.UTC(year, month, 0)).getUTCDate() - 1];
}

/** The ISO day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Whether a span is exactly one calendar month, as a story dated only by a month has: any day in it is more precise. */
export function isMonthSpan(firstSeen: string, lastSeen: string): boolean {
  if (firstSeen === '' || !firstSeen.endsWith('-01') || firstSeen.slice(0, 7) !== lastSeen.slice(0, 7))
    return false;
  return daySpan(firstSeen.slice(0, 7))[1] === dayNumber(lastSeen);
}
