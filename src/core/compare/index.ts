export { compareArticles, DEFAULT_CLAIM_THRESHOLD, type StoryComparison } from './compare.js';
export type { Coverage, SourceCoverage } from './coverage.js';
export {
  buildStoryReport,
  type ReportEntity,
  type ReportOptions,
  type StoryInfo,
  type StoryReport,
  type SummarySentence,
} from './report.js';
export type { Citation, TimelineEntry } from './timeline.js';
export type {
  ClaimGroup,
  ClaimLabel,
  ClaimLink,
  ClaimUnit,
  CompareOptions,
  ConflictSide,
  UnitValue,
} from './types.js';
export { claimUnits, type SourcedArticle } from './units.js';
