/**
 * The general news words of one language, grouped by the concept they express: the concept id is
 * English kebab-case and shared by every language ("sign", "agreement", "death-toll"), so the claim
 * matcher can see that "unterzeichneten … Abkommen" and "signed … agreement" state the same kind of
 * fact. Pure data: shared code reads it and never branches on a language code.
 *
 * Matching semantics, for the code that reads these lists:
 * - Every entry is one word (no spaces or apostrophes; a hyphenated word is one, as in `штаб-квартир*`),
 *   lower case, in the language's own script. Russian and Ukrainian entries are written with е, never ё:
 *   fold ё → е before matching. Strip elided articles first (French and Italian "l'accord",
 *   "dell'accordo").
 * - An entry ending in `*` is a stem: it matches every word that starts with it, the bare stem
 *   included (`abkommen*` matches "abkommen", "abkommens"). Stems carry the inflected languages
 *   (de, pl, ru, uk, and the verbs of fr, es, it, pt, nl). A stem has at least four letters before
 *   the `*`, so that it cannot over-match ("arm*" would hit "arm", "army" and "armed").
 * - Any other entry matches the exact word only (English mostly lists its forms: "sign", "signed").
 * - An exact entry wins over a stem; among stems the longest one wins. A word therefore expresses one
 *   concept (a compound two, see below), and within one language an entry is listed under one concept only.
 * - German and Dutch write compounds as one word whose head comes last. For them the matcher also
 *   reads every suffix of four letters or more by the same rules and keeps the match that reaches
 *   furthest to the right, the earliest one on a tie: the compound's head. A stem the word starts with
 *   that ends before the head adds its own concept: "Sicherheitsabkommen" is an `abkommen*` (agreement)
 *   and a `sicherheit*` (security); "Krankenhaus" stays `krankenhaus*` (hospital), not `haus*`.
 *   Their nouns are therefore listed as bare stems without a compound's first part. A matcher may keep
 *   the suffix rule to capitalised German words (nouns), where a verb stem such as `treff*` cannot
 *   fire inside "zutreffend".
 */
export interface ConceptVocabulary {
  /** ISO 639-1 code. */
  code: string;
  /** The language writes compounds as one word: the matcher also reads suffixes (see above). */
  compounds?: boolean;
  /** Concept id → the words (or `stem*`) that express it in this language. */
  concepts: Readonly<Record<string, readonly string[]>>;
}

/**
 * Reads concept tables written one concept a line, `id: word stem* word`, into a record. Blank
 * lines and lines starting with `#` are skipped. Several tables (one per data file) are merged.
 * @throws Error when an id appears twice or a line has no id: data errors, caught by the tests.
 * @example parseConcepts('sign: sign signed signing\n# comment\nagree: agree*').sign // ['sign', 'signed', 'signing']
 */
export function parseConcepts(...tables: readonly string[]): Readonly<Record<string, readonly string[]>> {
  const concepts: Record<string, readonly string[]> = {};
  for (const table of tables) {
    for (const raw of table.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const colon = line.indexOf(':');
      const id = line.slice(0, colon).trim();
      if (colon < 1 || id === '') throw new Error(`concept line without an id: "${line}"`);
      if (Object.hasOwn(concepts, id)) throw new Error(`concept "${id}" listed twice`);
      concepts[id] = line
        .slice(colon + 1)
        .split(/\s+/)
        .filter((entry) => entry !== '');
    }
  }
  return concepts;
}
