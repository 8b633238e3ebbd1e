export { DEFAULT_MAX_DOCUMENT_BYTES, type FileSourceOptions, openFileSources } from './files.js';
