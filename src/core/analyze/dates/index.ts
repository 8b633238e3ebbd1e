export { isYearless, YEARLESS_PREFIX } from './calendar.js';
export { type ExtractDatesOptions, extractDates } from './extract-dates.js';
