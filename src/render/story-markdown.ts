import type { StoryReportView, SupportView } from '../contract/story-report-view.js';
import {
  citation,
  day,
  MENTIONS_PER_DATE,
  plural,
  reportSections,
  slotLabel,
  timelineWhen,
} from './story-sections.js';

/** The story report as Markdown: headline, summary, coverage, shared claims, conflicts, single-source claims, timeline, entities. */
export function renderStoryMarkdown(report: StoryReportView): string {
  const sections = reportSections(report);
  const out: string[] = [
    `# ${inline(sections.headline)}`,
    '',
    `_${sections.facts.map(inline).join(' · ')}_`,
    '',
  ];

  out.push('## Summary', '');
  if (report.summary.length === 0) out.push('_No sentence to summarise._');
  for (const sentence of report.summary) {
    const support = sentence.support > 1 ? `, ${sentence.support} sources` : '';
    out.push(`- ${inline(sentence.text)} (${inline(citation(sentence))}${support})`);
  }

  out.push(
    '',
    '## Coverage',
    '',
    '| source | languages | articles | first seen |',
    '| --- | --- | --- | --- |',
  );
  for (const row of report.coverage.sources)
    out.push(
      `| ${inline(row.source)} | ${row.languages.join(', ')} | ${row.articles} | ${day(row.first_seen)} |`,
    );

  out.push('', `## Shared claims (${sections.shared.length})`, '');
  if (sections.shared.length === 0) out.push('_No claim is stated by two independent sources._');
  for (const claim of sections.shared) {
    out.push(`- **${claim.sources} ${plural(claim.sources, 'source')}**`);
    for (const support of claim.support) out.push(`  - ${quote(support)}`);
  }

  out.push('', `## Conflicts (${sections.conflicts.length})`, '');
  if (sections.conflicts.length === 0) out.push('_No conflicting values found._');
  for (const claim of sections.conflicts) {
    out.push(`- **${inline(slotLabel(claim.conflict?.slot ?? ''))}**`);
    for (const side of claim.conflict?.sides ?? []) {
      out.push(`  - ${inline(side.text || side.value)}:`);
      for (const support of side.support) out.push(`    - ${quote(support)}`);
    }
  }

  out.push('', '## Single-source claims', '');
  if (sections.singles.length === 0) out.push('_Every claim has more than one source._');
  for (const group of sections.singles) {
    out.push(`### ${inline(group.source)}`, '');
    for (const claim of group.claims) out.push(`- ${inline((claim.support[0] as SupportView).text)}`);
    if (group.more > 0) out.push(`- _and ${group.more} more (see --json)_`);
    out.push('');
  }

  out.push('## Timeline', '');
  if (report.timeline.length === 0) out.push('_No dates mentioned._');
  for (const entry of report.timeline) {
    const when = timelineWhen(entry);
    const shown = entry.mentions.slice(0, MENTIONS_PER_DATE).map(quote);
    const more = entry.mentions.length - shown.length;
    out.push(`- **${when}**: ${shown.join('; ')}${more > 0 ? ` (+${more} more)` : ''}`);
  }

  out.push('', '## Entities', '');
  if (report.entities.length === 0) out.push('_No linked entities._');
  for (const entity of report.entities)
    out.push(
      `- ${inline(entity.name)} (${entity.type}, ${entity.articles} ${plural(entity.articles, 'article')}) \`${entity.id}\``,
    );
  return `${out.join('\n').trimEnd()}\n`;
}

function quote(support: SupportView): string {
  return `“${inline(support.text)}” (${inline(citation(support))})`;
}

/** Article text is untrusted: Markdown and HTML syntax in it is shown as written, never interpreted. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}
