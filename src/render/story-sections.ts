import type { ClaimView, StoryReportView, SupportView } from '../contract/story-report-view.js';
import { isYearless, YEARLESS_PREFIX } from '../core/analyze/dates/index.js';

/** Single-source claims shown per source before "and N more" (the JSON form keeps all). */
export const SINGLE_PER_SOURCE = 6;
/** Timeline mentions shown per date. */
export const MENTIONS_PER_DATE = 2;

/** The parts of a story report in reading order, shared by the Markdown and HTML renderers. */
export interface ReportSections {
  headline: string;
  facts: string[];
  shared: ClaimView[];
  conflicts: ClaimView[];
  singles: Array<{ source: string; claims: ClaimView[]; more: number }>;
}

export function reportSections(report: StoryReportView): ReportSections {
  const { coverage } = report;
  const languages = Object.entries(coverage.languages)
    .map(([lang, count]) => `${lang} ${count}`)
    .join(', ');
  const span =
    coverage.first_seen && coverage.last_seen
      ? coverage.first_seen === coverage.last_seen
        ? day(coverage.first_seen)
        : `${day(coverage.first_seen)} to ${day(coverage.last_seen)}`
      : null;
  const facts = [
    `story ${report.id}`,
    `${coverage.articles} ${plural(coverage.articles, 'article')}`,
    `${coverage.sources.length} ${plural(coverage.sources.length, 'source')}`,
    `languages ${languages || 'unknown'}`,
    ...(span ? [span] : []),
  ];
  const bySource = new Map<string, ClaimView[]>();
  for (const claim of report.claims) {
    if (claim.label !== 'single-source') continue;
    const name = sourceLabel(claim.support[0] as SupportView);
    const list = bySource.get(name) ?? [];
    list.push(claim);
    bySource.set(name, list);
  }
  return {
    headline: report.title ?? report.summary[0]?.text ?? `Story ${report.id}`,
    facts,
    shared: report.claims.filter((claim) => claim.label === 'shared').sort((a, b) => b.sources - a.sources),
    conflicts: report.claims.filter((claim) => claim.label === 'conflicting'),
    singles: [...bySource].map(([source, claims]) => ({
      source,
      claims: claims.slice(0, SINGLE_PER_SOURCE),
      more: Math.max(0, claims.length - SINGLE_PER_SOURCE),
    })),
  };
}

/** How a supporting sentence's source is named: the source, else the article id. */
export function sourceLabel(support: SupportView): string {
  return support.source ?? support.article;
}

/** "reuters.com, en" */
export function citation(support: SupportView): string {
  return support.lang ? `${sourceLabel(support)}, ${support.lang}` : sourceLabel(support);
}

export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** A timeline entry's dates as a reader says them: "2024-06-13 to 2024-06-15", "06-13 (year not stated)". */
export function timelineWhen(entry: { date: string; until: string | null }): string {
  const yearless = isYearless(entry.date);
  const show = (iso: string) => (yearless ? iso.slice(YEARLESS_PREFIX.length) : iso);
  const when = entry.until ? `${show(entry.date)} to ${show(entry.until)}` : show(entry.date);
  return yearless ? `${when} (year not stated)` : when;
}

export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** "q:duration:hour" → "duration (hour)", "q:count:people" → "count", "d:day" → "date". */
export function slotLabel(slot: string): string {
  const [kind, what, unit] = slot.split(':');
  if (kind === 'd') return 'date';
  return unit && what !== 'count' ? `${what} (${unit})` : (what ?? slot);
}
