import { describe, expect, test } from 'vitest';
import { parseReference, weekdayDate } from './calendar.js';

describe('weekdayDate', () => {
  // Friday 14 June 2024
  const friday = parseReference('2024-06-14') as Date;
  const WEDNESDAY = 3;
  const FRIDAY = 5;
  const SUNDAY = 0;

  test('takes the latest such day on or before the reference when no shift is given', () => {
    expect(weekdayDate(friday, WEDNESDAY)).toEqual({ year: 2024, month: 6, day: 12 });
    expect(weekdayDate(friday, FRIDAY)).toEqual({ year: 2024, month: 6, day: 14 });
    expect(weekdayDate(friday, SUNDAY)).toEqual({ year: 2024, month: 6, day: 9 });
  });

  test('takes the latest such day before the reference for -1 ("last Friday")', () => {
    expect(weekdayDate(friday, WEDNESDAY, -1)).toEqual({ year: 2024, month: 6, day: 12 });
    expect(weekdayDate(friday, FRIDAY, -1)).toEqual({ year: 2024, month: 6, day: 7 });
  });

  test('takes the first such day after the reference for 1 ("next Friday")', () => {
    expect(weekdayDate(friday, WEDNESDAY, 1)).toEqual({ year: 2024, month: 6, day: 19 });
    expect(weekdayDate(friday, FRIDAY, 1)).toEqual({ year: 2024, month: 6, day: 21 });
  });

  test('takes the day of the reference\'s week, Monday to Sunday, for 0 ("this Sunday")', () => {
    expect(weekdayDate(friday, WEDNESDAY, 0)).toEqual({ year: 2024, month: 6, day: 12 });
    expect(weekdayDate(friday, SUNDAY, 0)).toEqual({ year: 2024, month: 6, day: 16 });
  });
});
