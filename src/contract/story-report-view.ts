import type { ClaimGroup, ClaimLabel, ClaimUnit, StoryReport } from '../core/compare/index.js';

/** A sentence (or clause) of an article that supports a claim. */
export interface SupportView {
  article: string;
  /** Display name of the source (declared source or host); null when the input does not say. */
  source: string | null;
  lang: string | null;
  text: string;
  /** Offsets into the article's cleaned text (`parallax show <article>`). */
  start: number;
  end: number;
}

export interface ClaimView {
  id: string;
  label: ClaimLabel;
  /** Number of independent sources (copies count once). */
  sources: number;
  support: SupportView[];
  /** For conflicting claims: what the sources disagree on, and each side's value and support. */
  conflict: { slot: string; sides: Array<{ value: string; text: string; support: SupportView[] }> } | null;
  /** The evidence the units share (entity ids, quantities, dates, concepts, words). */
  evidence: string[];
}

/** The stable JSON form of `parallax story <id> --json`, shared by the CLI, the HTTP API and the web UI. */
export interface StoryReportView {
  id: string;
  title: string | null;
  lang: string | null;
  summary: Array<{ claim: string; support: number } & SupportView>;
  coverage: {
    articles: number;
    first_seen: string | null;
    last_seen: string | null;
    languages: Record<string, number>;
    sources: Array<{ source: string; languages: string[]; articles: number; first_seen: string }>;
  };
  claims: ClaimView[];
  timeline: Array<{ date: string; until: string | null; grain: string; mentions: SupportView[] }>;
  entities: Array<{ id: string; name: string; type: string; articles: number }>;
}

export function toStoryReportView(report: StoryReport): StoryReportView {
  const support = (unit: ClaimUnit): SupportView => ({
    article: unit.article,
    source: report.articleSources[unit.article] ?? null,
    lang: unit.lang,
    text: unit.text,
    start: unit.start,
    end: unit.end,
  });
  return {
    id: report.id,
    title: report.title,
    lang: report.lang,
    summary: report.summary.map(({ claim, unit, support: count }) => ({
      claim,
      support: count,
      ...support(unit),
    })),
    coverage: {
      articles: report.coverage.articles,
      first_seen: report.coverage.firstSeen,
      last_seen: report.coverage.lastSeen,
      languages: { ...report.coverage.languages },
      sources: report.coverage.sources.map((row) => ({
        source: row.source,
        languages: [...row.languages],
        articles: row.articles,
        first_seen: row.firstSeen,
      })),
    },
    claims: report.claims.map((claim) => claimView(claim, support)),
    timeline: report.timeline.map((entry) => ({
      date: entry.date,
      until: entry.until,
      grain: entry.grain,
      mentions: entry.mentions.map((m) => ({ ...m })),
    })),
    entities: report.entities.map((entity) => ({ ...entity })),
  };
}

function claimView(claim: ClaimGroup, support: (unit: ClaimUnit) => SupportView): ClaimView {
  const evidence = new Set<string>();
  for (const link of claim.links) for (const key of link.shared) evidence.add(key);
  return {
    id: claim.id,
    label: claim.label,
    sources: claim.sources.length,
    support: claim.units.map(support),
    conflict: claim.conflict
      ? {
          slot: claim.conflict.slot,
          sides: claim.conflict.sides.map((side) => ({
            value: side.value,
            text: side.text,
            support: side.units.map(support),
          })),
        }
      : null,
    evidence: [...evidence],
  };
}
