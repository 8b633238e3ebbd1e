import type { Article } from './types.js';

/**
 * The publisher an article speaks for, as people name it: its declared source, else its URL's host,
 * else null (a loose file says nothing about who wrote it).
 * @example sourceName({ source: null, url: 'https://www.reuters.com/world/x' }) // 'reuters.com'
 */
export function sourceName(article: Pick<Article, 'source' | 'url'>): string | null {
  const declared = article.source?.trim();
  if (declared) return declared;
  return hostOf(article.url);
}

/**
 * The host of an address without a leading "www.", or null when there is none or it does not parse.
 * @example hostOf('https://www.reuters.com/world/x') // 'reuters.com'
 */
export function hostOf(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  return new URL(url).hostname.replace(/^www\./, '') || null;
}

/**
 * The independent voice of each article: its source, except that a copy speaks with its original's
 * voice (syndication is one source), and an article of unknown source is a voice of its own.
 */
export function articleVoices(articles: readonly Article[]): Map<string, string> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const voices = new Map<string, string>();
  const voiceOf = (article: Article, depth: number): string => {
    const original = article.duplicateOf ? byId.get(article.duplicateOf) : undefined;
    if (original && depth < 8) return voiceOf(original, depth + 1);
    return ownVoice(article);
  };
  for (const article of articles) voices.set(article.id, voiceOf(article, 0));
  return voices;
}

/**
 * The voice an article speaks with when its original is not at hand: its source name in any case,
 * else its own (or its original's) id.
 */
export function ownVoice(article: Pick<Article, 'id' | 'source' | 'url' | 'duplicateOf'>): string {
  const name = sourceName(article);
  return name === null ? `article:${article.duplicateOf ?? article.id}` : name.toLowerCase();
}
