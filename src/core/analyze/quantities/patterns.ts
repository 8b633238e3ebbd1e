const APOSTROPHES = /['’ʼ‘`]/g;
const JOINS = /[\s\u2010\u2011\u2012-]+/g;
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** Letters, marks and digits: what a word boundary looks at. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Any space, including no-break and narrow no-break spaces. */
export const SPACE = '\\p{Zs}';
/** Hyphens and the minus-like dashes used inside compounds ("ten-year", "10‑летний"). */
export const HYPHEN = '[\\u2010\\u2011-]';
/** Dashes joining the two ends of a range ("5-10", "13–15"). */
export const DASH = '[\\u2010\\u2011\\u2013\\u2014-]';

const NEEDS_FOLDING = /['’ʼ‘`\s\u2010\u2011\u2012-]/;

/** The lookup key of a word as written: lower-cased, one apostrophe sign, spaces and hyphens as one space. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  return lower.replace(APOSTROPHES, "'").replace(JOINS, ' ').trim();
}

/** A lookup table keyed by normalised words. */
export function wordMap<T>(entries: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(entries).map(([word, value]) => [normalizeWord(word), value]));
}

/**
 * A regex matching any of the words, longest form first, as a trie so the engine dispatches on
 * each character; spaces and hyphens match either, apostrophes match every apostrophe sign.
 * Never matches when there are no words. `cased` spells out the lower, Capitalised and UPPER
 * forms, for regexes without the slow `i` flag.
 */
export function alternation(words: Iterable<string>, cased = false): string {
  const normalized = Array.from(words, normalizeWord).filter(Boolean);
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of cased ? normalized.flatMap(_cases) : normalized) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root.next.size === 0 ? '(?:(?!))' : `(?:${_emit(root)})`;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function _emit(node: TrieNode): string {
  const branches = [...node.next].map(([char, child]) => _token(char) + _emit(child));
  if (branches.length === 0) return '';
  const choice = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  return node.end ? `(?:${choice})?` : choice;
}

function _token(char: string): string {
  if (char === ' ') return `(?:${SPACE}|${HYPHEN})+`;
  if (char === "'") return "['’ʼ‘`]";
  return char.replace(SYNTAX, '\\$&');
}

function _cases(word: string): string[] {
  return [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];
}

/** The group and decimal separators Intl.NumberFormat writes for a locale ("de" → "." and ","). */
export function separators(locale: string): { group: string; decimal: string } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  } catch {
    parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
  }
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  return { group, decimal };
}

/**
 * Digits with the locale's separators: groups of three after the locale's group sign or any space,
 * an optional decimal part, and nothing that makes it part of a code, date, time or version.
 */
export function numberPattern(locale: string): string {
  const { group, decimal } = separators(locale);
  const groupSign = `[${_escapeInClass(group)}${SPACE}]`;
  const integer = `(?:[1-9]\\d{0,2}(?:${groupSign}\\d{3})+|[1-9]\\d*|0)`;
  const fraction = `(?:[${_escapeInClass(decimal)}]\\d+)?`;
  const before = `(?<!${WORD_CHAR}|_|[#№]|\\p{L}${HYPHEN}|\\d[.,:/])`;
  const after = '(?!\\p{N}|[.,:/]\\d)';
  return `${before}${integer}${fraction}${after}`;
}

/** The value of digits written with a decimal sign; every other non-digit is a group sign. */
export function parseDigits(digits: string, decimal: string): number {
  const at = digits.lastIndexOf(decimal);
  const integer = (at < 0 ? digits : digits.slice(0, at)).replace(/\D/g, '');
  const fraction = at < 0 ? '' : digits.slice(at + decimal.length);
  return Number(fraction ? `${integer}.${fraction}` : integer);
}

function _escapeInClass(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&');
}
