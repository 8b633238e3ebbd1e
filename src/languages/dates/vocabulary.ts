import type { Chrono } from 'chrono-node';

/** Lower-case words or phrases mapped to a number (a month 1–12, a weekday 0–6 from Sunday, an offset). */
export type WordTable = Readonly<Record<string, number>>;

/**
 * How one language writes dates. Chrono does most of the work; the word tables fill in what its
 * locale misses ("Juli 2023", "bis 2027", "el próximo año") or stand in for a missing locale (Polish).
 * Shared code reads these properties and never branches on `code`.
 */
export interface DateVocabulary {
  /** ISO 639-1 code; 'und' for the generic vocabulary. */
  code: string;
  /** The chrono parser run on every candidate sentence, e.g. `chrono.de.casual` or a clone with extra refiners. */
  chrono: Chrono;
  /**
   * Cheap pre-filter, matched without word boundaries: a sentence without a date-like number is parsed
   * only when it matches (month, weekday and relative words). Must not use the `g` or `y` flag.
   */
  cue: RegExp;
  /** Month word forms (all cases, abbreviations) → 1–12: "13 czerwca 2024", "Juli 2023", "13–15 czerwca". */
  months?: WordTable;
  /** Words allowed between a day and its month or a month and its year: "de" (13 de junio de 2024). */
  links?: readonly string[];
  /** Words that make a bare month a date: "im" (im Mai), "w" (w czerwcu). */
  monthCues?: readonly string[];
  /** Words that make a bare four-digit number a year: "bis" (bis 2027), "since". */
  yearCues?: readonly string[];
  /** Words after a year that mark it as one: "года", "roku", "r.". */
  yearWords?: readonly string[];
  /** Words that join the two ends of a range ("bis", "do", "al"); dashes always do. */
  rangeJoins?: readonly string[];
  /** Weekday phrases → 0–6 (Sunday 0), resolved to the nearest such day: "w czwartek". */
  weekdays?: WordTable;
  /** Day phrases → offset in days from the reference: "wczoraj" → -1. */
  relativeDays?: WordTable;
  /** Year phrases → offset in years from the reference: "w przyszłym roku" → 1. */
  relativeYears?: WordTable;
}
