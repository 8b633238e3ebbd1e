export { extractQuantities } from './extract.js';
