import type { ClaimView, StoryReportView, SupportView } from '../contract/story-report-view.js';
import {
  citation,
  day,
  MENTIONS_PER_DATE,
  plural,
  reportSections,
  slotLabel,
  timelineWhen,
} from './story-sections.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem;margin-bottom:.2rem}.facts{color:#555;margin-top:0}
section{margin-top:1.6rem}blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccd}
cite{color:#555;font-style:normal;font-size:.9em}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
.conflict{border-left:3px solid #c33;padding-left:.6rem}.more{color:#777}code{font-size:.85em;color:#555}`;

/**
 * The story report as one self-contained HTML page (no scripts, no external resources). Article text
 * is untrusted: every piece of it goes through `escapeHtml`.
 */
export function renderStoryHtml(report: StoryReportView): string {
  const sections = reportSections(report);
  const parts: string[] = [
    '<!doctype html>',
    `<html lang="${escapeHtml(report.lang ?? 'und')}"><head><meta charset="utf-8">`,
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${escapeHtml(sections.headline)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(sections.headline)}</h1>`,
    `<p class="facts">${sections.facts.map(escapeHtml).join(' · ')}</p>`,
    section(
      'Summary',
      report.summary.length === 0
        ? '<p>No sentence to summarise.</p>'
        : `<ul>${report.summary
            .map(
              (s) =>
                `<li>${escapeHtml(s.text)} <cite>(${escapeHtml(citation(s))}${s.support > 1 ? `, ${s.support} sources` : ''})</cite></li>`,
            )
            .join('')}</ul>`,
    ),
    section(
      'Coverage',
      `<table><thead><tr><th>source</th><th>languages</th><th>articles</th><th>first seen</th></tr></thead><tbody>${report.coverage.sources
        .map(
          (row) =>
            `<tr><td>${escapeHtml(row.source)}</td><td>${escapeHtml(row.languages.join(', '))}</td><td>${row.articles}</td><td>${escapeHtml(day(row.first_seen))}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    ),
    section(
      `Shared claims (${sections.shared.length})`,
      sections.shared.length === 0
        ? '<p>No claim is stated by two independent sources.</p>'
        : sections.shared.map(sharedClaim).join(''),
    ),
    section(
      `Conflicts (${sections.conflicts.length})`,
      sections.conflicts.length === 0
        ? '<p>No conflicting values found.</p>'
        : sections.conflicts.map(conflict).join(''),
    ),
    section(
      'Single-source claims',
      sections.singles.length === 0
        ? '<p>Every claim has more than one source.</p>'
        : sections.singles
            .map(
              (group) =>
                `<h3>${escapeHtml(group.source)}</h3><ul>${group.claims
                  .map((claim) => `<li>${escapeHtml((claim.support[0] as SupportView).text)}</li>`)
                  .join('')}${group.more > 0 ? `<li class="more">and ${group.more} more</li>` : ''}</ul>`,
            )
            .join(''),
    ),
    section(
      'Timeline',
      report.timeline.length === 0
        ? '<p>No dates mentioned.</p>'
        : `<ul>${report.timeline
            .map((entry) => {
              const when = timelineWhen(entry);
              const shown = entry.mentions.slice(0, MENTIONS_PER_DATE);
              const more = entry.mentions.length - shown.length;
              return `<li><strong>${escapeHtml(when)}</strong>${shown.map(quote).join('')}${more > 0 ? `<span class="more">+${more} more</span>` : ''}</li>`;
            })
            .join('')}</ul>`,
    ),
    section(
      'Entities',
      report.entities.length === 0
        ? '<p>No linked entities.</p>'
        : `<ul>${report.entities
            .map(
              (e) =>
                `<li>${escapeHtml(e.name)} <cite>(${escapeHtml(e.type)}, ${e.articles} ${plural(e.articles, 'article')})</cite> <code>${escapeHtml(e.id)}</code></li>`,
            )
            .join('')}</ul>`,
    ),
    '</body></html>',
  ];
  return `${parts.join('\n')}\n`;
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function sharedClaim(claim: ClaimView): string {
  return `<div class="claim"><p><strong>${claim.sources} ${plural(claim.sources, 'source')}</strong></p>${claim.support.map(quote).join('')}</div>`;
}

function conflict(claim: ClaimView): string {
  const sides = (claim.conflict?.sides ?? [])
    .map(
      (side) =>
        `<p><strong>${escapeHtml(side.text || side.value)}</strong></p>${side.support.map(quote).join('')}`,
    )
    .join('');
  return `<div class="conflict"><p>${escapeHtml(slotLabel(claim.conflict?.slot ?? ''))}</p>${sides}</div>`;
}

function quote(support: SupportView): string {
  return `<blockquote lang="${escapeHtml(support.lang ?? 'und')}">${escapeHtml(support.text)} <cite>(${escapeHtml(citation(support))})</cite></blockquote>`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML that shows it literally, in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
