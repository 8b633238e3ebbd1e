import { articleTime } from '../stories/features.js';
import type { Article } from '../types.js';

/** Who reported the story: one row per independent source. */
export interface SourceCoverage {
  /** Display name: the declared source or host; for a file of unknown source, its article id. */
  source: string;
  languages: string[];
  articles: number;
  /** Earliest publication day of its articles (else ingest time), ISO. */
  firstSeen: string;
}

export interface Coverage {
  articles: number;
  sources: SourceCoverage[];
  /** Articles per language, most first. */
  languages: Record<string, number>;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Which sources and languages reported the story, when each first did, and how many articles. */
export function buildCoverage(
  articles: readonly Article[],
  voices: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): Coverage {
  const rows = new Map<string, SourceCoverage>();
  const languages = new Map<string, number>();
  const times: string[] = [];
  for (const article of articles) {
    const voice = voices.get(article.id) ?? article.id;
    const time = articleTime(article) ?? article.ingestedAt;
    times.push(time);
    const lang = article.lang ?? 'und';
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
    let row = rows.get(voice);
    if (!row) {
      row = { source: names.get(voice) ?? voice, languages: [], articles: 0, firstSeen: time };
      rows.set(voice, row);
    }
    row.articles++;
    if (!row.languages.includes(lang)) row.languages.push(lang);
    if (time < row.firstSeen) row.firstSeen = time;
  }
  times.sort();
  return {
    articles: articles.length,
    sources: [...rows.values()].sort(
      (a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.source.localeCompare(b.source),
    ),
    languages: Object.fromEntries([...languages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    firstSeen: times[0] ?? null,
    lastSeen: times.at(-1) ?? null,
  };
}
