import { isYearless } from '../analyze/dates/index.js';
import type { Article } from '../types.js';

/** Numbers too common to tell events apart: small counts ("two leaders", "3 days"). */
const MIN_BARE_COUNT = 5;

/**
 * The language-independent evidence an article gives about its event, as feature counts:
 * linked entities ("e:person:mark-rutte"), normalised quantities ("q:24:hour", "q:6000000000:GBP")
 * and event days it mentions ("d:2024-06-13"). The same event in German and English gives the same keys.
 */
export function articleFeatures(article: Article): Map<string, number> {
  const features = new Map<string, number>();
  const add = (key: string) => features.set(key, (features.get(key) ?? 0) + 1);
  for (const mention of article.analysis.entities) if (mention.entity) add(`e:${mention.entity}`);
  for (const quantity of article.analysis.quantities) {
    if (quantity.unit === null && quantity.value < MIN_BARE_COUNT) continue;
    add(`q:${quantity.value}:${quantity.unit ?? ''}`);
  }
  // a day without its year ("June 13") recurs every year: it tells no event apart
  for (const date of article.analysis.dates) {
    if (date.grain === 'day' && !isYearless(date.value)) add(`d:${date.value}`);
  }
  return features;
}

/**
 * When the article appeared, as its publication date (ISO day or month), else null: then only its
 * features decide. Days the text mentions are not used: articles recall past events too.
 */
export function articleTime(article: Article): string | null {
  const published = article.published?.trim();
  if (!published) return null;
  const iso = ISO_DATE.exec(published);
  if (iso) return iso[0];
  // "Thu, 13 Mar 2025 16:42:00 GMT" (feeds) and other forms Date understands; a bare year is too vague
  if (/^\d{4}$/.test(published)) return null;
  const time = Date.parse(published);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null;
}

/** An ISO day or month at the start of a date or timestamp: "2024-06-13", "2023-08", "2024-06-13T09:15:00Z". */
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d-])/;
