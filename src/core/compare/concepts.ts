import type { ConceptVocabulary } from '../../languages/concepts/vocabulary.js';

/** Finds the concept a word expresses in one language: "unterzeichneten" → "sign". */
export type ConceptMatcher = (word: string) => string | null;

/** The shortest word part tried as the head of a compound ("Sicherheits|abkommen"). */
const MIN_HEAD = 4;

const matchers = new WeakMap<ConceptVocabulary, ConceptMatcher>();

/**
 * A matcher over a language's concept vocabulary (see ConceptVocabulary for the rules): an exact
 * word first, else the longest stem the word starts with; in compounding languages every word end
 * is read the same way and the head (the match reaching furthest right) wins.
 */
export function conceptMatcher(vocabulary: ConceptVocabulary): ConceptMatcher {
  let matcher = matchers.get(vocabulary);
  if (matcher) return matcher;
  const exact = new Map<string, string>();
  const stems = new Map<string, string>();
  let longest = 0;
  for (const [concept, entries] of Object.entries(vocabulary.concepts)) {
    for (const entry of entries) {
      if (entry.endsWith('*')) {
        const stem = entry.slice(0, -1);
        if (!stems.has(stem)) stems.set(stem, concept);
        longest = Math.max(longest, stem.length);
      } else if (!exact.has(entry)) exact.set(entry, concept);
    }
  }
  /** The longest stem the text starts with, and how many letters it covers. */
  const prefixed = (text: string): [string, number] | null => {
    for (let length = Math.min(longest, text.length); length >= MIN_HEAD; length--) {
      const concept = stems.get(text.slice(0, length));
      if (concept) return [concept, length];
    }
    return null;
  };
  const single = (word: string): string | null => exact.get(word) ?? prefixed(word)?.[0] ?? null;
  /** In a compound the head comes last: the match reaching furthest right wins, the earliest on a tie. */
  const compound = (word: string): string | null => {
    let best: string | null = null;
    let reach = 0;
    for (let at = 0; word.length - at >= MIN_HEAD; at++) {
      const tail = word.slice(at);
      const whole = exact.get(tail);
      const stem = whole ? null : prefixed(tail);
      const end = whole ? word.length : stem ? at + stem[1] : 0;
      if (end > reach) {
        best = whole ?? (stem as [string, number])[0];
        reach = end;
      }
    }
    return best;
  };
  const memo = new Map<string, string | null>();
  matcher = (written: string) => {
    const known = memo.get(written);
    if (known !== undefined) return known;
    // elided articles ("l'accord", "dell'accordo") and ё, which the vocabularies write as е
    const word = written.replace(/^[^'’]*['’]/, '').replace(/ё/g, 'е');
    const concept = vocabulary.compounds ? compound(word) : single(word);
    if (memo.size > 50_000) memo.clear();
    memo.set(written, concept);
    return concept;
  };
  matchers.set(vocabulary, matcher);
  return matcher;
}
