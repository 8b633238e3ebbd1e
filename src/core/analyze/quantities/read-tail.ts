import type { QuantityKind } from '../../types.js';
import type { Matchers } from './compile.js';
import { normalizeWord } from './patterns.js';

const SIGN = /\p{S}$/u;

/** What follows a number and belongs to it: scale, unit and counted noun. */
export interface Tail {
  end: number;
  scale: number;
  kind: QuantityKind;
  /** ISO code for money, a unit for the rest (decades and centuries still unconverted). */
  unit: string | null;
  counted: string | null;
}

export interface TailContext {
  /** ISO code of a currency sign written before the number. */
  currency: string | null;
  /** The number was written in digits (ordinal suffixes and dots apply). */
  digits: boolean;
  /** The number could be a day of the month (an integer 1–31 in digits). */
  day: boolean;
}

/** Reads what belongs to the number ending at `at`; null when it is no quantity (a day of a date, a time). */
export function readTail(text: string, at: number, m: Matchers, context: TailContext): Tail | null {
  const { currency } = context;
  if (currency === null) {
    const compound = stick(m.compound, text, at);
    const unit = compound && m.compoundUnits.get(lastWord(compound));
    if (compound && unit) return _tail(at + compound[0].length, 'duration', unit);
  }
  if (context.digits && currency === null) {
    if (stick(m.clock, text, at)) return null;
    const suffix = stick(m.ordinal, text, at);
    if (suffix) {
      const end = at + suffix[0].length;
      if (context.day && stick(m.monthAfter, text, end)) return null;
      const ordinal = _withCounted(text, _tail(end, 'ordinal', null), m);
      // "31°" is more often degrees: the sign makes an ordinal only before a noun ("31° miembro")
      if (ordinal.counted !== null || !SIGN.test(lastWord(suffix))) return ordinal;
    }
  }
  let end = at;
  let scale = 1;
  const scaleWord = stick(m.scale, text, at);
  if (scaleWord) {
    scale = m.scales.get(lastWord(scaleWord)) ?? 1;
    end += scaleWord[0].length;
  } else {
    const moneyScale = stick(m.moneyScale, text, at);
    const scaled = moneyScale ? at + moneyScale[0].length : at;
    if (moneyScale && (currency !== null || _readCurrency(text, scaled, m, true))) {
      scale = m.moneyScales.get(lastWord(moneyScale)) ?? 1;
      end = scaled;
    }
  }
  if (currency !== null) return { ..._tail(end, 'money', currency), scale };
  const money = _readCurrency(text, end, m, scale !== 1);
  if (money) return { ..._tail(money.end, 'money', money.code), scale };
  const percent = stick(m.percent, text, end);
  if (percent) {
    const unit = m.percentagePoints.has(lastWord(percent)) ? 'percentage_point' : 'percent';
    return { ..._tail(end + percent[0].length, 'percent', unit), scale };
  }
  const duration = stick(m.duration, text, end);
  const unit = duration && m.durations.get(lastWord(duration));
  if (duration && unit) return { ..._tail(end + duration[0].length, 'duration', unit), scale };
  if (scale === 1 && context.day && stick(m.monthAfter, text, end)) return null;
  if (scale === 1 && context.digits && m.ordinalDot && text[end] === '.') {
    const noun = readCounted(text, end + 1, m, false);
    if (noun) return { ..._tail(noun.end, 'ordinal', null), counted: noun.word };
    return _tail(end, 'count', null);
  }
  return _withCounted(text, { ..._tail(end, 'count', null), scale }, m);
}

/** The noun-like word right after `at`, skipping a connector only after a scale word. */
export function readCounted(
  text: string,
  at: number,
  m: Matchers,
  connector: boolean,
): { word: string; end: number } | null {
  const match = stick(m.counted, text, at);
  const noun = match?.[2];
  if (!match || noun === undefined || noun.length < 2 || (match[1] && !connector)) return null;
  const key = normalizeWord(noun);
  if (m.notCounted.has(key)) return null;
  if (m.nounsCapitalized && !/^\p{Lu}/u.test(noun)) return null;
  if (m.nonNounEndings.some((ending) => key.endsWith(ending))) return null;
  return { word: noun, end: at + match[0].length };
}

/** Runs a sticky regex at a position. */
export function stick(regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at;
  return regex.exec(text);
}

function _withCounted(text: string, base: Tail, m: Matchers): Tail {
  const noun = readCounted(text, base.end, m, base.scale !== 1);
  return noun ? { ...base, end: noun.end, counted: noun.word } : base;
}

function _tail(end: number, kind: QuantityKind, unit: string | null): Tail {
  return { end, scale: 1, kind, unit, counted: null };
}

/** The normalised word a sticky regex captured last. */
export function lastWord(match: RegExpExecArray): string {
  return normalizeWord(match[match.length - 1] ?? '');
}

function _readCurrency(text: string, at: number, m: Matchers, connector: boolean) {
  const match = stick(m.currency, text, at);
  const code = match && m.currencies.get(lastWord(match));
  if (!match || !code || (match[1] && !connector)) return null;
  return { code, end: at + match[0].length };
}
