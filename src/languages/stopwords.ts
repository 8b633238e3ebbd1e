import lists from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const ALIASES = new Map([
  ['nb', 'no'],
  ['nn', 'no'],
  ['fil', 'tl'],
]);
const byCode = new Map<string, readonly string[]>(Object.entries(lists as Record<string, string[]>));

/** Stopwords of stopwords-iso for an ISO 639-1 code, lower-cased; empty when the language has none. */
export function stopwordsFor(code: string): ReadonlySet<string> {
  const words = byCode.get(code) ?? byCode.get(ALIASES.get(code) ?? '') ?? [];
  return new Set(words.map((word) => word.toLowerCase()));
}
