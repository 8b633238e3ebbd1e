import type { DateVocabulary } from '../../../languages/dates/vocabulary.js';

/** Regular expressions built once per vocabulary from its word tables (absent when the table is). */
export interface VocabularyPatterns {
  /** "13 czerwca 2024", "13.–15. Juni", "13 al 15 de junio": groups day, until, month, year. */
  dayMonth?: RegExp;
  /** "Juli 2023", "Juni bis August 2024", "Mai" (kept only after a month cue): groups month, last, year. */
  monthYear?: RegExp;
  /** "2027", "2027 года", "2020 bis 2023" (kept only after a year cue or with a year word): groups year, until, word. */
  year?: RegExp;
  /** Weekday, relative-day and relative-year phrases. */
  phrase?: RegExp;
  /** Tested on the text just before a bare month ("im "). */
  monthCue?: RegExp;
  /** Tested on the text just before a bare year ("bis "). */
  yearCue?: RegExp;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const DIGIT = String.raw`\d`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const cache = new WeakMap<DateVocabulary, VocabularyPatterns>();

export function vocabularyPatterns(vocabulary: DateVocabulary): VocabularyPatterns {
  let patterns = cache.get(vocabulary);
  if (!patterns) {
    patterns = compile(vocabulary);
    cache.set(vocabulary, patterns);
  }
  return patterns;
}

/** The table key for words as written: lower-case, single spaces. */
export function tableKey(words: string): string {
  return words.toLowerCase().replace(/\s+/gu, ' ');
}

function compile(vocabulary: DateVocabulary): VocabularyPatterns {
  const patterns: VocabularyPatterns = {};
  const link = optional(vocabulary.links, String.raw`\s+`);
  const joins = vocabulary.rangeJoins?.length ? String.raw`|\s+(?:${choice(vocabulary.rangeJoins)})\s+` : '';
  const join = String.raw`(?:\s*[-–—]\s*${joins})`;
  const yearWord = optional(vocabulary.yearWords, '', String.raw`\s+`);
  if (vocabulary.months) {
    const months = choice(Object.keys(vocabulary.months));
    const month = `(?<month>${months})`;
    const year = String.raw`(?:,?\s+${link}(?<year>\d{4})${yearWord})?`;
    patterns.dayMonth = global(
      String.raw`(?<day>\d{1,2})\.?(?:${join}(?<until>\d{1,2})\.?)?\s+${link}${month}${year}`,
      '',
      DIGIT,
    );
    patterns.monthYear = global(
      `${month}(?:${join}(?<last>${months}))?${year}`,
      '',
      initials(Object.keys(vocabulary.months)),
    );
  }
  if (vocabulary.yearCues?.length || vocabulary.yearWords?.length) {
    const word = vocabulary.yearWords?.length
      ? String.raw`(?:\s*(?<word>${choice(vocabulary.yearWords)}))?`
      : '';
    patterns.year = global(
      String.raw`(?<year>\d{4})(?:${join}(?<until>\d{4}))?${word}`,
      String.raw`(?!\s*[%‰€$£¥])`,
      DIGIT,
    );
  }
  const phrases = [vocabulary.weekdays, vocabulary.relativeDays, vocabulary.relativeYears].flatMap((table) =>
    Object.keys(table ?? {}),
  );
  if (phrases.length > 0) patterns.phrase = global(choice(phrases), '', initials(phrases));
  if (vocabulary.monthCues?.length) patterns.monthCue = endsWith(vocabulary.monthCues);
  if (vocabulary.yearCues?.length) patterns.yearCue = endsWith(vocabulary.yearCues);
  return patterns;
}

/**
 * The pattern as a global regex. `first` is a class of the characters every match starts with:
 * an unoptimised regex (see quickCue) then skips other positions at once.
 */
function global(body: string, tail: string, first: string): RegExp {
  return new RegExp(`(?=${first})${BEFORE}${body}${AFTER}${tail}`, 'giu');
}

/** A class of the first characters of the words (matched case-insensitively, like the words). */
function initials(words: readonly string[]): string {
  const firsts = new Set(words.map((word) => [...word][0] ?? ''));
  if (firsts.size === 0 || firsts.has('')) return '(?:)';
  return `[${[...firsts].join('').replace(/[\\\]^-]/gu, '\\$&')}]`;
}

/** Text that ends with one of the words and a space or a hyphen ("mid-2025"). */
function endsWith(words: readonly string[]): RegExp {
  return new RegExp(String.raw`${BEFORE}(?:${choice(words)})(?:\s+|-)$`, 'iu');
}

/** One of the words, longest first, spaces matching any run of white space. */
function choice(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, String.raw`\s+`))
    .join('|');
}

/** An optional word from the list, followed by `after`, preceded by `before`. */
function optional(words: readonly string[] | undefined, after: string, before = ''): string {
  return words?.length ? `(?:${before}(?:${choice(words)})${after})?` : '';
}
