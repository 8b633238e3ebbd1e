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
/** Short paragraphs are pooled into chunks of at least this size (each model call has a fixed cost); longer ones vote alone. */
const CHUNK_CHARS = 200;
const MAX_PARAGRAPH_CHARS = 500;
/** Enough text to vote on: cost grows with the sample, accuracy stops growing long before. */
const MAX_SAMPLE_CHARS = 1000;
const STOP_AFTER_AGREEING = 2;

/**
 * Identify the language of a text by letting chunks of its paragraphs vote, weighted by length,
 * so that a page mixing languages gets the language of most of its prose.
 */
export function identifyLanguage(paragraphs: readonly string[], model: LanguageModel): LanguageGuess {
  const weights = new Map<string, number>();
  let total = 0;
  let agreeing = 0;
  let previous: string | null = null;
  for (const chunk of chunks(paragraphs)) {
    const result = model.detect(chunk);
    if (!result.language) continue;
    const reliable = result.isReliable();
    const weight = chunk.length * (reliable ? 1 : 0.25);
    weights.set(result.language, (weights.get(result.language) ?? 0) + weight);
    total += weight;
    agreeing = reliable && result.language === previous ? agreeing + 1 : reliable ? 1 : 0;
    previous = result.language;
    // two reliable votes in a row for one language settle it: a mixed page shows itself by disagreeing
    if (agreeing >= STOP_AFTER_AGREEING && weights.size === 1) break;
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

function chunks(paragraphs: readonly string[]): string[] {
  const voters = paragraphs.filter((p) => p.length >= MIN_VOTE_CHARS);
  const source = voters.length > 0 ? voters : [paragraphs.join(' ')];
  const out: string[] = [];
  let current = '';
  let sampled = 0;
  for (const paragraph of source) {
    if (sampled >= MAX_SAMPLE_CHARS) break;
    const text = paragraph.slice(0, MAX_PARAGRAPH_CHARS).trim();
    if (text === '') continue;
    sampled += text.length;
    if (text.length >= CHUNK_CHARS) {
      out.push(text);
      continue;
    }
    current = current ? `${current}\n${text}` : text;
    if (current.length >= CHUNK_CHARS) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
