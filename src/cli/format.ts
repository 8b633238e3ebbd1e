import type { ArticleSummary } from '../core/types.js';
import type { IngestSummary } from '../engine/summary.js';
import { formatIssue, skipCounts } from '../messages/en.js';

export function formatSummary(summary: IngestSummary): string[] {
  const langs = Object.entries(summary.byLanguage)
    .sort((a, b) => b[1] - a[1])
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ');
  const lines = [
    `ingested ${summary.ingested}, updated ${summary.updated}, unchanged ${summary.unchanged}, ` +
      `duplicates ${summary.duplicates}, failed ${summary.failed}` +
      (summary.warnings > 0 ? `, warnings ${summary.warnings}` : '') +
      (summary.skipped > 0 ? `, skipped ${summary.skipped}` : ''),
  ];
  if (langs) lines.push(`languages: ${langs}`);
  if (summary.skipped > 0) lines.push(`skipped: ${skipCounts(summary.issueCounts)}`);
  const failures = summary.issues.filter((i) => i.severity === 'error');
  if (failures.length > 0) {
    lines.push('failed:');
    for (const item of failures.slice(0, 50)) lines.push(`  ${formatIssue(item)}`);
    if (summary.failed > 50) lines.push(`  … and ${summary.failed - 50} more (see --json)`);
  }
  return lines;
}

export function formatArticleRows(
  rows: readonly Pick<ArticleSummary, 'id' | 'lang' | 'title' | 'duplicateOf'>[],
  width = 100,
): string[] {
  const idWidth = Math.min(40, Math.max(2, ...rows.map((r) => r.id.length)));
  const titleWidth = Math.max(20, width - idWidth - 12);
  return rows.map((row) => {
    const title = row.title ?? '(no headline)';
    const dup = row.duplicateOf ? `  = copy of ${row.duplicateOf}` : '';
    return `${pad(row.id, idWidth)}  ${pad(row.lang ?? '??', 3)} ${truncate(title, titleWidth)}${dup}`;
  });
}

export function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  // never cut between the two halves of a surrogate pair
  const end = /[\uD800-\uDBFF]/.test(text.charAt(width - 2)) ? width - 2 : width - 1;
  return `${text.slice(0, end)}…`;
}
