export { normaliseDate } from './dates.js';
export { extractArticle, MAX_INPUT_CHARS } from './extract.js';
export type { Extraction, ExtractionIssueCode, ExtractOptions } from './types.js';
