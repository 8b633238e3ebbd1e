import type { QuantityKind } from '../../types.js';
import { ANCHOR, type Matchers } from './compile.js';
import { normalizeWord, parseDigits } from './patterns.js';
import { lastWord, readTail, stick } from './read-tail.js';

/** A mention being built: the number as read, its scale, and what follows it. */
export interface Draft {
  start: number;
  end: number;
  raw: number;
  scale: number;
  kind: QuantityKind;
  unit: string | null;
  counted: string | null;
  /** Nothing after the number belongs to it, so the far end of a range may lend it a unit. */
  open: boolean;
}

const MINUS = new Set(['-', '−']);
const SPACES = /\p{Zs}/u;
const LETTER = /[\p{L}\p{M}]/u;
/** The first year of a season or fiscal year: "2020-21". */
const SEASON = /^\d{4}[\u2010\u2011\u2013-]$/u;
/** A word number starting a hyphenated word that is no quantity: "two-thirds", "one-off". */
const HYPHENATED = /^[\u2010\u2011-]\p{L}/u;

/** A mention anchored on digits, possibly after a currency sign; null when it is no quantity. */
export function readDigits(text: string, match: RegExpExecArray, m: Matchers): Draft | null {
  const digits = match[ANCHOR.num] ?? '';
  const numStart = match.index;
  const numEnd = numStart + digits.length;
  const before = _symbolBefore(text, numStart, m);
  const sym = before?.[1];
  const plain = /^\d+$/.test(digits);
  if (
    plain &&
    (digits.length >= 7 || (digits.length === 2 && SEASON.test(text.slice(numStart - 5, numStart))))
  ) {
    return null;
  }
  const value = parseDigits(digits, m.decimal);
  const currency = sym === undefined ? null : (m.currencies.get(normalizeWord(sym)) ?? null);
  const day = currency === null && plain && value >= 1 && value <= 31;
  const tail = readTail(text, numEnd, m, { currency, digits: true, day });
  if (!tail || (tail.end === numEnd && LETTER.test(text[numEnd] ?? ''))) return null;
  const bare = tail.scale === 1 && currency === null && (tail.unit === null || tail.unit === 'year');
  const yearLike = bare && plain && digits.length === 4;
  if (yearLike && value >= 1900 && value <= 2100) return null;
  let start = before ? numStart - before[0].length : numStart;
  const dated = (day || yearLike) && bare && tail.kind !== 'duration';
  if (dated && m.monthBefore.test(text.slice(Math.max(0, start - 40), start))) return null;
  const negative =
    sym === undefined && MINUS.has(text[numStart - 1] ?? '') && /^[\s(]?$/.test(text[numStart - 2] ?? '');
  if (negative) start -= 1;
  return { start, ...tail, raw: negative ? -value : value, open: tail.end === numEnd };
}

/** A mention anchored on a word: a number word, an article before a scale, a compound or a decade. */
export function readWords(text: string, match: RegExpExecArray, m: Matchers): Draft | null {
  const start = match.index;
  const end = start + match[0].length;
  const stem = match[ANCHOR.stem];
  if (stem !== undefined) {
    const compound = stick(m.compound, text, end);
    const unit = compound && m.compoundUnits.get(lastWord(compound));
    const value = m.stems.get(normalizeWord(stem));
    if (!compound || !unit || value === undefined) return null;
    return _fixed(start, end + compound[0].length, value, unit);
  }
  const article = match[ANCHOR.article] !== undefined;
  const key = normalizeWord(match[ANCHOR.word] ?? '');
  const adjective = m.adjectives.get(key);
  if (adjective) return _fixed(start, end, adjective[0], adjective[1]);
  if (m.decades.has(key)) return _fixed(start, end, 1, 'decade');
  let value = article ? 1 : m.numbers.get(key);
  if (value === undefined) return null;
  let numEnd = end;
  for (let joined = stick(m.joiner, text, end); joined && !article; joined = stick(m.joiner, text, numEnd)) {
    const next = m.numbers.get(lastWord(joined));
    if (next === undefined || !_adds(value, next)) break;
    value += next;
    numEnd += joined[0].length;
  }
  const tail = readTail(text, numEnd, m, { currency: null, digits: false, day: false });
  if (!tail) return null;
  const weak = value === 1 && tail.scale === 1 && tail.kind === 'count';
  const open = tail.end === numEnd;
  if ((article && tail.scale === 1) || weak || (open && HYPHENATED.test(text.slice(numEnd, numEnd + 2))))
    return null;
  return { start, ...tail, raw: value, open };
}

function _symbolBefore(text: string, at: number, m: Matchers): RegExpExecArray | null {
  const last = SPACES.test(text[at - 1] ?? '') ? text[at - 2] : text[at - 1];
  if (last === undefined || !m.symbolEnds.has(last)) return null;
  return m.symbolBefore.exec(text.slice(Math.max(0, at - 8), at));
}

function _fixed(start: number, end: number, raw: number, unit: string): Draft {
  return { start, end, raw, scale: 1, kind: 'duration', unit, counted: null, open: false };
}

/** Whether a smaller number word completes a bigger one: "hundred (and) five", "двадцати пяти". */
function _adds(value: number, next: number): boolean {
  if (value >= 100 && value < 1000 && value % 100 === 0) return next > 0 && next < 100;
  return value >= 20 && value < 100 && value % 10 === 0 && next > 0 && next < 10;
}
