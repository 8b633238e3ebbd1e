import type { ConceptVocabulary } from '../../languages/concepts/vocabulary.js';

/**
 * The concepts a word expresses in one language: "unterzeichneten" → ["sign"]; a compound gives its
 * head, then its first part when that names another concept ("Sicherheitsabkommen" → ["agreement",
 * "security"]); an unknown word gives [].
 */
export type ConceptMatcher = (word: string) => readonly string[];

const NONE: readonly string[] = [];
/** An elided article or preposition before an apostrophe: at most five letters. */
const ELISION = /^[^'’ʼ]{1,5}['’ʼ]/;

/** The shortest word part tried as the head of a compound ("Sicherheits|abkommen"). */
const MIN_HEAD = 4;

const matchers = new WeakMap<ConceptVocabulary, ConceptMatcher>();
const exactMatchers = new WeakMap<ConceptVocabulary, ConceptMatcher>();

/** A vocabulary's whole words and stems, each to its concept (the first listing wins), read once. */
interface Entries {
  exact: Map<string, string>;
  stems: Map<string, string>;
  longest: number;
}

const compiled = new WeakMap<ConceptVocabulary, Entries>();

function entriesOf(vocabulary: ConceptVocabulary): Entries {
  let entries = compiled.get(vocabulary);
  if (entries) return entries;
  entries = { exact: new Map(), stems: new Map(), longest: 0 };
  for (const [concept, listed] of Object.entries(vocabulary.concepts)) {
    for (const entry of listed) {
      if (entry.endsWith('*')) {
        const stem = entry.slice(0, -1);
        if (!entries.stems.has(stem)) entries.stems.set(stem, concept);
        entries.longest = Math.max(entries.longest, stem.length);
      } else if (!entries.exact.has(entry)) entries.exact.set(entry, concept);
    }
  }
  compiled.set(vocabulary, entries);
  return entries;
}

/** A written word as the vocabularies list it: elided articles ("l'accord", "dell'accordo", "вʼєтнамський") off, not possessives ("Ukrainian's"), and ё as е. */
function listedForm(written: string): string {
  return written.replace(ELISION, '').replace(/ё/g, 'е');
}

/**
 * A matcher over a language's concept vocabulary (see ConceptVocabulary for the rules): an exact
 * word first, else the longest stem the word starts with; in compounding languages every word end
 * is read the same way and the head (the match reaching furthest right) wins, and a first part
 * that ends before the head ("Sicherheits|abkommen") adds its own concept.
 */
export function conceptMatcher(vocabulary: ConceptVocabulary): ConceptMatcher {
  let matcher = matchers.get(vocabulary);
  if (matcher) return matcher;
  const { exact, stems, longest } = entriesOf(vocabulary);
  /** The longest stem the text starts with, and how many letters it covers. */
  const prefixed = (text: string): [string, number] | null => {
    for (let length = Math.min(longest, text.length); length >= MIN_HEAD; length--) {
      const concept = stems.get(text.slice(0, length));
      if (concept) return [concept, length];
    }
    return null;
  };
  const single = (word: string): readonly string[] => {
    const concept = exact.get(word) ?? prefixed(word)?.[0];
    return concept ? [concept] : NONE;
  };
  /** In a compound the head comes last: the match reaching furthest right wins, the earliest on a tie. */
  const compound = (word: string): readonly string[] => {
    let head: string | null = null;
    let from = 0;
    let reach = 0;
    for (let at = 0; word.length - at >= MIN_HEAD; at++) {
      const tail = word.slice(at);
      const whole = exact.get(tail);
      const stem = whole ? null : prefixed(tail);
      const end = whole ? word.length : stem ? at + stem[1] : 0;
      if (end > reach) {
        head = whole ?? (stem as [string, number])[0];
        from = at;
        reach = end;
      }
    }
    if (head === null) return NONE;
    const first = from > 0 ? prefixed(word) : null;
    return first && first[1] <= from && first[0] !== head ? [head, first[0]] : [head];
  };
  const memo = new Map<string, readonly string[]>();
  matcher = (written: string) => {
    const known = memo.get(written);
    if (known !== undefined) return known;
    const word = listedForm(written);
    const concept = vocabulary.compounds ? compound(word) : single(word);
    if (memo.size > 50_000) memo.clear();
    memo.set(written, concept);
    return concept;
  };
  matchers.set(vocabulary, matcher);
  return matcher;
}

/**
 * Like conceptMatcher, but only for words the vocabulary lists whole: no stems, no compound parts.
 * For words a stopword list also holds ("member", "members"), where a stem or a word end would
 * read a function word as news ("namelijk" is no `lijk*`, "avions" no `avion*`).
 */
export function exactConceptMatcher(vocabulary: ConceptVocabulary): ConceptMatcher {
  let matcher = exactMatchers.get(vocabulary);
  if (matcher) return matcher;
  const { exact } = entriesOf(vocabulary);
  matcher = (written: string) => {
    const concept = exact.get(listedForm(written));
    return concept ? [concept] : NONE;
  };
  exactMatchers.set(vocabulary, matcher);
  return matcher;
}
