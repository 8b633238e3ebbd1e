import type { StoryReport } from '../../core/compare/index.js';
import { truncate } from '../format.js';

/** Shared claims shown in the demo's comparison before "and N more". */
const SHOWN = 3;

/** A few lines on what the sources of a story agree on, for the demo; `parallax story` gives the whole report. */
export function formatComparison(report: StoryReport, width: number): string[] {
  const count = (label: string) => report.claims.filter((claim) => claim.label === label).length;
  const shared = report.claims
    .filter((claim) => claim.label === 'shared')
    .sort((a, b) => b.sources.length - a.sources.length);
  const lines = [
    `Compared claim by claim: "${report.title ?? report.id}" (parallax story ${report.id}):`,
    `  ${shared.length} shared, ${count('single-source')} single-source, ${count('conflicting')} conflicting`,
  ];
  for (const claim of shared.slice(0, SHOWN)) {
    const unit = claim.units[0];
    if (!unit) continue;
    const source = report.articleSources[unit.article] ?? unit.article;
    const prefix = `  - ${claim.sources.length} sources: `;
    const room = Math.max(40, width - prefix.length - source.length - 3);
    lines.push(`${prefix}${truncate(unit.text, room)} (${source})`);
  }
  if (shared.length > SHOWN) lines.push(`  … and ${shared.length - SHOWN} more shared claims`);
  return [...lines, ''];
}
