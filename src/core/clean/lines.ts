/** A line of the normalised text with its offsets. */
export interface Line {
  index: number;
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (const text_ of text.split('\n')) {
    lines.push({ index: index++, text: text_, start, end: start + text_.length });
    start += text_.length + 1;
  }
  return lines;
}

const SENTENCE_END = /[.!?…]["'»«“”„’)\]]*$/u;

/** Whether a line ends like a sentence rather than like a link title or a label. */
export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
