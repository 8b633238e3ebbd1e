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
  /**
   * Words that join two days, months or years into a span: ranges ("bis", "do", "al") and
   * alternatives ("oder", "или"), both read as first to last; dashes always join.
   */
  rangeJoins?: readonly string[];
  /** Endings written after a day or year number: "-го" (6-го июня), "th", "º", "er", "-му" (2022-му). */
  numberSuffixes?: readonly string[];
  /** The month may come before the day, as in "August 23 or 24" (chrono reads single days). */
  monthDayOrder?: boolean;
  /** Weekdays, resolved against the reference: the latest such day on or before it unless shifted. */
  weekdays?: WeekdayWords;
  /** Day phrases → offset in days from the reference: "wczoraj" → -1. */
  relativeDays?: WordTable;
  /** Year phrases → offset in years from the reference: "w przyszłym roku" → 1. */
  relativeYears?: WordTable;
}

export interface WeekdayWords {
  /** Weekday forms → 0–6 (Sunday 0): "mittwoch", "среду", "środę". */
  names: WordTable;
  /** Words before a weekday kept in its span and telling nothing of its week: "am", "в", "в ночь на". */
  links?: readonly string[];
  /** A name is a weekday only after a link or a shift word: "в среду" but not "окружающую среду". */
  needsLink?: boolean;
  /**
   * Words before a weekday → its week: -1 the last such day before the reference ("last"),
   * 1 the next one after it ("next"), 0 the one in the reference's week, Monday to Sunday ("this").
   */
  shiftsBefore?: WordTable;
  /** Words after a weekday, as shiftsBefore: "mercredi dernier" → -1. */
  shiftsAfter?: WordTable;
}

/** Maps every form to one number: `forms(3, 'miércoles', 'miercoles')`. */
export function forms(value: number, ...words: string[]): Record<string, number> {
  return Object.fromEntries(words.map((word) => [word, value]));
}
