export { createFetcher, type FetcherOptions, PROJECT_URL, userAgentFor } from './fetcher.js';
