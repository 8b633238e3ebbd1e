export { isYearless } from './calendar.js';
export { type ExtractDatesOptions, extractDates } from './extract-dates.js';
