import { quickCue } from './cue.js';

/** A sentence that may hold a date, as chrono and the word tables read it (same length, same offsets). */
export interface Piece {
  start: number;
  text: string;
  /** It has a cue word or a numeric date, so chrono runs on it; otherwise it only has a year-like number. */
  worded: boolean;
}

/**
 * Sentence ends: not after a digit ("13. Juni"), and only before a capital or an opening quote.
 * Regexes here lead with the characters a match starts with: see quickCue for why.
 */
const BREAK = /(?=[.!?…\n])(?:(?<![\d\s])[.!?…]+["'»”)\]]*\s+(?=[\p{Lu}"'„«“])|\n+)/gu;
/** Dates written in digits only: "13.06.2024", "13.6.", "28/05/2024", "2024-06-13". */
const NUMERIC_DATE = /\d(?:\.\d{1,2}\.|\/\d|\d{3}-\d\d)/u;
/** A number that may be a year: 1800–2199, not part of a longer number. */
const YEAR = /(?=[12])(?<![\d.,])(?:1[89]|2[01])\d\d(?![\d]|[.,]\d)/u;
/** Typographic apostrophes, one UTF-16 unit each, so replacing them keeps every offset. */
const APOSTROPHES = /[’ʼ]/gu;

/** The sentences of a text that may hold a date, with typographic apostrophes made plain. */
export function candidateSentences(text: string, cue: RegExp): Piece[] {
  // l’année → l'année, as chrono and the word tables write it
  const plain = text.includes('’') || text.includes('ʼ') ? text.replace(APOSTROPHES, "'") : text;
  const quick = quickCue(cue);
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of text.matchAll(BREAK)) {
    const end = match.index + match[0].length;
    push(pieces, plain.slice(start, end), start, quick);
    start = end;
  }
  push(pieces, plain.slice(start), start, quick);
  return pieces;
}

function push(pieces: Piece[], text: string, start: number, cue: RegExp): void {
  const worded = NUMERIC_DATE.test(text) || cue.test(text);
  if (worded || YEAR.test(text)) pieces.push({ start, text, worded });
}
