import type { DateVocabulary, WeekdayWords } from '../../../languages/dates/vocabulary.js';
import { quickCue } from './cue.js';

/** Regular expressions built once per vocabulary from its word tables (absent when the table is). */
export interface VocabularyPatterns {
  /** "13 czerwca 2024", "13.–15. Juni", "13 al 15 de junio": groups day, until, month, year. */
  dayMonth?: RegExp;
  /** "August 23 or 24, 2024" (the day after the month, only as a span): groups month, day, until, year. */
  monthDay?: RegExp;
  /** "Juli 2023", "Juni bis August 2024", "Mai" (kept only after a month cue): groups month, last, year. */
  monthYear?: RegExp;
  /** "2027", "2027 года", "2020 bis 2023" (kept only after a year cue or with a year word): groups year, until, word. */
  year?: RegExp;
  /** "am Mittwoch", "в прошлую среду", "mercredi dernier": groups before, name, after. */
  weekday?: RegExp;
  /** Relative-day and relative-year phrases. */
  phrase?: RegExp;
  /** Tested on a sentence before the scans that need a month name in it. */
  monthName?: RegExp;
  /** Tested on a sentence before the weekday scan. */
  weekdayName?: RegExp;
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
  const suffix = optional(vocabulary.numberSuffixes, '');
  const yearWord = optional(vocabulary.yearWords, '', String.raw`\s+`);
  if (vocabulary.months) {
    const months = choice(Object.keys(vocabulary.months));
    const month = `(?<month>${months})`;
    patterns.monthName = quickCue(new RegExp(months, 'iu'));
    const year = String.raw`(?:,?\s+${link}(?<year>\d{4})${yearWord})?`;
    const day = (name: string) => String.raw`(?<${name}>\d{1,2})${suffix}`;
    patterns.dayMonth = global(
      String.raw`${day('day')}\.?(?:${join}${day('until')}\.?)?\s+${link}${month}${year}`,
      '',
      DIGIT,
    );
    const first = initials(Object.keys(vocabulary.months));
    if (vocabulary.monthDayOrder) {
      patterns.monthDay = global(
        String.raw`${month}\s+${day('day')}${join}${day('until')}${year}`,
        '',
        first,
      );
    }
    patterns.monthYear = global(`${month}(?:${join}(?<last>${months}))?${year}`, '', first);
  }
  if (vocabulary.yearCues?.length || vocabulary.yearWords?.length) {
    const word = vocabulary.yearWords?.length
      ? String.raw`(?:\s*(?<word>${choice(vocabulary.yearWords)}))?`
      : '';
    patterns.year = global(
      String.raw`(?<year>\d{4})${suffix}(?:${join}(?<until>\d{4})${suffix})?${word}`,
      String.raw`(?!\s*[%‰€$£¥])`,
      DIGIT,
    );
  }
  if (vocabulary.weekdays) {
    patterns.weekday = weekdayPattern(vocabulary.weekdays);
    patterns.weekdayName = quickCue(new RegExp(choice(Object.keys(vocabulary.weekdays.names)), 'iu'));
  }
  const phrases = [vocabulary.relativeDays, vocabulary.relativeYears].flatMap((table) =>
    Object.keys(table ?? {}),
  );
  if (phrases.length > 0) patterns.phrase = global(choice(phrases), '', initials(phrases));
  if (vocabulary.monthCues?.length) patterns.monthCue = endsWith(vocabulary.monthCues);
  if (vocabulary.yearCues?.length) patterns.yearCue = endsWith(vocabulary.yearCues);
  return patterns;
}

/** An optional link and shift word (with needsLink, one of them), the name, an optional shift word. */
function weekdayPattern(words: WeekdayWords): RegExp {
  const links = words.links ?? [];
  const before = Object.keys(words.shiftsBefore ?? {});
  const after = Object.keys(words.shiftsAfter ?? {});
  const names = Object.keys(words.names);
  const link = links.length ? String.raw`(?:(?:${choice(links)})\s+)?` : '';
  const shift = before.length ? String.raw`(?:(?<before>${choice(before)})\s+)?` : '';
  const tail = after.length ? String.raw`(?:\s+(?<after>${choice(after)}))?` : '';
  const body = `${link}${shift}(?<name>${choice(names)})${tail}`;
  if (!words.needsLink) return global(body, '', initials([...links, ...before, ...names]));
  const leads = [...links, ...before];
  return global(String.raw`(?=(?:${choice(leads)})\s)${body}`, '', initials(leads));
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
