import { isYearless } from '../analyze/dates/index.js';
import { sourceName } from '../sources.js';
import type { Article, DateMention } from '../types.js';

/** A sentence of an article, as the report cites it. */
export interface Citation {
  article: string;
  source: string | null;
  lang: string | null;
  text: string;
  start: number;
  end: number;
}

/** One date the story's articles mention, with every sentence that mentions it. */
export interface TimelineEntry {
  date: string;
  until: string | null;
  grain: DateMention['grain'];
  mentions: Citation[];
}

/** The event dates the articles mention, earliest first (days of unknown year last), each with the sentences that mention it (once per article). */
export function buildTimeline(articles: readonly Article[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const article of articles) {
    const cited = new Set<string>();
    for (const date of article.analysis.dates) {
      const key = `${date.value}/${date.until ?? ''}`;
      if (cited.has(key)) continue;
      const citation = citeAt(article, date.start);
      if (!citation) continue;
      cited.add(key);
      let entry = entries.get(key);
      if (!entry) {
        entry = { date: date.value, until: date.until ?? null, grain: date.grain, mentions: [] };
        entries.set(key, entry);
      }
      entry.mentions.push(citation);
    }
  }
  // a day of unknown year ("--06-13") is the story's dated day of that month and day when there is
  // exactly one; else it cannot be placed among dated ones and comes last
  for (const [key, entry] of entries) {
    if (!isYearless(entry.date)) continue;
    const dated = [...entries.values()].filter((other) => sameDayOfYear(other, entry));
    if (dated.length !== 1) continue;
    const [day] = dated as [TimelineEntry];
    for (const mention of entry.mentions)
      if (!day.mentions.some((m) => m.article === mention.article)) day.mentions.push(mention);
    entries.delete(key);
  }
  return [...entries.values()].sort(
    (a, b) =>
      Number(isYearless(a.date)) - Number(isYearless(b.date)) ||
      a.date.localeCompare(b.date) ||
      (a.until ?? '').localeCompare(b.until ?? ''),
  );
}

/** A dated day (or span of days) with the month and day of a yearless one: "2024-06-13" and "--06-13". */
function sameDayOfYear(dated: TimelineEntry, yearless: TimelineEntry): boolean {
  const monthDay = (value: string | null) => value?.slice(-5) ?? null;
  return (
    !isYearless(dated.date) &&
    dated.grain === 'day' &&
    monthDay(dated.date) === monthDay(yearless.date) &&
    monthDay(dated.until) === monthDay(yearless.until)
  );
}

/** The sentence of the article that contains the offset, as a citation. */
export function citeAt(article: Article, offset: number): Citation | null {
  const sentence = article.sentences.find((s) => offset >= s.start && offset < s.end);
  if (!sentence) return null;
  return {
    article: article.id,
    source: sourceName(article),
    lang: article.lang,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
  };
}
