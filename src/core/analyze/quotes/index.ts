export { extractQuotes } from './extract.js';
