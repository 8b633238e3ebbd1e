import type { Matchers } from './compile.js';
import type { Draft } from './read-anchor.js';

const PHONE = String.raw`(?:\+\d{1,3}|\(0\d{1,5}\)|(?<![\d.,])0\d{1,5})(?:[\p{Zs}./-]?\(?\d{2,}\)?){1,5}`;
const ISO_DATE = String.raw`(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)`;
const CLOCK_TIME = String.raw`(?<![\d.,])\d{1,2}\p{Zs}?h\p{Zs}?\d{2}(?!\d)`;
/**
 * Phone numbers, ISO dates and times like "14 h 30": digits in them are never quantities. Each
 * starts with a digit, "+" or "(": the lookahead lets the engine skip other positions at once.
 */
const NOT_QUANTITY = new RegExp(`(?=[+(\\d])(?:${PHONE}|${ISO_DATE}|${CLOCK_TIME})`, 'gu');

/** Spans of the text whose digits are phone numbers, ISO dates or clock times. */
export function maskedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  NOT_QUANTITY.lastIndex = 0;
  for (let match = NOT_QUANTITY.exec(text); match; match = NOT_QUANTITY.exec(text)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Whether a position lies inside one of the spans. */
export function isMasked(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  return spans.some(([start, end]) => at >= start && at < end);
}

/** Longest text between the two ends of a range (" and ", " bis "). */
const MAX_LINK = 8;

/**
 * Lets the two ends of a range share what only one of them says: "5-10%", "5 to 6 billion
 * dollars", "$5-6bn", "10 to 15 countries".
 */
export function joinRanges(drafts: Draft[], text: string, m: Matchers): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const first = drafts[i] as Draft;
    const second = drafts[i + 1] as Draft;
    if (first.kind === 'ordinal' || second.kind === 'ordinal' || second.start - first.end > MAX_LINK)
      continue;
    if (!m.rangeLink.test(text.slice(first.end, second.start))) continue;
    if (first.open && first.scale === 1 && first.raw <= second.raw) first.scale = second.scale;
    if (first.open && first.kind === 'count') {
      first.kind = second.kind;
      first.unit = second.unit;
      first.counted = second.counted;
    }
    if (second.kind === 'count' && second.counted === null && first.kind === 'money') {
      second.kind = 'money';
      second.unit = first.unit;
    }
  }
}
