import type { Issue, IssueCode } from '../core/issues.js';

/** Most issues listed one by one in a summary; beyond that only counts by code are kept. */
const MAX_LISTED_ISSUES = 1000;

export interface IngestSummary {
  /** New articles stored. */
  ingested: number;
  /** Stored articles whose input changed and were processed again. */
  updated: number;
  /** Articles whose input was already stored unchanged: nothing to do. */
  unchanged: number;
  /** Of ingested + updated, how many were linked to an earlier copy. */
  duplicates: number;
  /** Inputs or records that could not be ingested. */
  failed: number;
  warnings: number;
  /** Records left out by design (WARC records that hold no page); issueCounts tells why. */
  skipped: number;
  byLanguage: Record<string, number>;
  issueCounts: Partial<Record<IssueCode, number>>;
  /** Errors and warnings, in order, up to a limit (see issueCounts for totals). */
  issues: Issue[];
  bytesRead: number;
}

export function emptySummary(): IngestSummary {
  return {
    ingested: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    failed: 0,
    warnings: 0,
    skipped: 0,
    byLanguage: {},
    issueCounts: {},
    issues: [],
    bytesRead: 0,
  };
}

export function recordIssue(summary: IngestSummary, item: Issue): void {
  summary.issueCounts[item.code] = (summary.issueCounts[item.code] ?? 0) + 1;
  // skipped records are only counted: one listed per image of a crawl would crowd out the real issues
  if (item.severity === 'info') {
    summary.skipped++;
    return;
  }
  if (item.severity === 'error') summary.failed++;
  else summary.warnings++;
  if (summary.issues.length < MAX_LISTED_ISSUES) summary.issues.push(item);
}
