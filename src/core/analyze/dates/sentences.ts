/** A sentence that may hold a date, as chrono and the word tables read it (same length, same offsets). */
export interface Piece {
  start: number;
  text: string;
  /** It has a cue word or a numeric date, so chrono runs on it; otherwise it only has a year-like number. */
  worded: boolean;
}

/** Sentence ends: not after a digit ("13. Juni"), and only before a capital or an opening quote. */
const BREAK = /(?<![\d\s])[.!?…]+["'»”)\]]*\s+(?=[\p{Lu}"'„«“])|\n+/gu;
/** Dates written in digits only: "13.06.2024", "13.6.", "28/05/2024", "2024-06-13". */
const NUMERIC_DATE = /\d\.\d{1,2}\.|\d\/\d|\d{4}-\d\d/u;
/** A number that may be a year: 1800–2199, not part of a longer number. */
const YEAR = /(?<![\d.,])(?:1[89]|2[01])\d\d(?![\d]|[.,]\d)/u;

/** The sentences of a text that may hold a date, with typographic apostrophes made plain. */
export function candidateSentences(text: string, cue: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of text.matchAll(BREAK)) {
    const end = match.index + match[0].length;
    push(pieces, text.slice(start, end), start, cue);
    start = end;
  }
  push(pieces, text.slice(start), start, cue);
  return pieces;
}

function push(pieces: Piece[], raw: string, start: number, cue: RegExp): void {
  // l’année → l'année, as chrono and the word tables write it
  const text = raw.replace(/[’ʼ]/gu, "'");
  const worded = text.search(cue) >= 0 || NUMERIC_DATE.test(text);
  if (worded || YEAR.test(text)) pieces.push({ start, text, worded });
}
