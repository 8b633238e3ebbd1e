import { parsePage } from '../extract/parse.js';
import { renderLines } from '../extract/render.js';

const MARKUP = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/iu;

/**
 * Lines of a feed field's text: HTML (or text that contains markup) becomes one line per block element,
 * plain text one line per non-blank line; whitespace is collapsed.
 * @example textLines('<p>One.</p><p>Two <b>bold</b>.</p>') // ['One.', 'Two bold.']
 */
export function textLines(value: string | undefined, kind: 'html' | 'text' | 'auto' = 'auto'): string[] {
  if (!value?.trim()) return [];
  if (kind === 'html' || (kind === 'auto' && looksLikeHtml(value))) return htmlLines(value);
  return value
    .split(/\r?\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '');
}

/** Whether a feed field holds markup or character references rather than plain text. */
export function looksLikeHtml(value: string): boolean {
  return MARKUP.test(value);
}

// the extractor's parser caps nesting depth, so hostile markup cannot overflow the stack
function htmlLines(html: string): string[] {
  return renderLines([parsePage(html).root]);
}

/** One line of plain text from a field that may hold markup (titles). */
export function plainLine(value: string | undefined): string | undefined {
  const line = textLines(value).join(' ').trim();
  return line === '' ? undefined : line;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const ZONES: Record<string, string> = {
  GMT: 'Z',
  UT: 'Z',
  UTC: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};
const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/iu;

/**
 * A feed date as ISO 8601: RFC 822 dates ("Thu, 13 Jun 2024 08:00:00 +0200") keep their own offset so that
 * the publisher's calendar day survives; ISO dates and anything unreadable stay as written.
 * @example feedDate('Thu, 13 Jun 2024 23:30:00 +0200') // '2024-06-13T23:30:00+02:00'
 */
export function feedDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const match = RFC822.exec(trimmed);
  if (!match) return trimmed;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1;
  if (month === 0) return trimmed;
  const year =
    yearText?.length === 2 ? 1900 + Number(yearText) + (Number(yearText) < 50 ? 100 : 0) : yearText;
  const offset = zoneOffset(zone);
  if (offset === undefined) return trimmed;
  const two = (n: string | number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${offset}`;
}

function zoneOffset(zone: string | undefined): string | undefined {
  if (zone === undefined) return 'Z';
  const named = ZONES[zone.toUpperCase()];
  if (named) return named;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/u.exec(zone);
  if (!numeric) return undefined;
  return numeric[2] === '00' && numeric[3] === '00' ? 'Z' : `${numeric[1]}${numeric[2]}:${numeric[3]}`;
}
