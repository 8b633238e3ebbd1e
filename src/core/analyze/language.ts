/** A language-identification model: eld, fastText or any other, injected by the caller. */
export interface LanguageModel {
  detect(text: string): { language: string; isReliable(): boolean };
}

export interface LanguageGuess {
  /** ISO 639-1 code, or null when no paragraph could be identified. */
  lang: string | null;
  /** Share of the identified text (by length) that voted for `lang`. */
  confidence: number;
}

/** Paragraphs shorter than this are too short to vote on their own. */
const MIN_VOTE_CHARS = 40;
const MAX_VOTERS = 12;
const MAX_PARAGRAPH_SAMPLE = 600;

/**
 * Identify the language of a text by letting its paragraphs vote, weighted by length,
 * so that a page mixing languages gets the language of most of its prose.
 */
export function identifyLanguage(paragraphs: readonly string[], model: LanguageModel): LanguageGuess {
  const voters = paragraphs.filter((p) => p.length >= MIN_VOTE_CHARS).slice(0, MAX_VOTERS);
  const sample = voters.length > 0 ? voters : [paragraphs.join(' ')];
  const weights = new Map<string, number>();
  let total = 0;
  for (const paragraph of sample) {
    const text = paragraph.slice(0, MAX_PARAGRAPH_SAMPLE);
    if (text.trim() === '') continue;
    const result = model.detect(text);
    if (!result.language) continue;
    const weight = text.length * (result.isReliable() ? 1 : 0.25);
    weights.set(result.language, (weights.get(result.language) ?? 0) + weight);
    total += weight;
  }
  let best: string | null = null;
  let bestWeight = 0;
  for (const [lang, weight] of weights) {
    if (weight > bestWeight) {
      best = lang;
      bestWeight = weight;
    }
  }
  return { lang: best, confidence: total > 0 ? round(bestWeight / total) : 0 };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
