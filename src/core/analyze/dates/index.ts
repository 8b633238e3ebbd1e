export { type ExtractDatesOptions, extractDates } from './extract-dates.js';
