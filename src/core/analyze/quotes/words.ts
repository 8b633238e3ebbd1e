/** A word of the text, with what separates it from the word before. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  upper: boolean;
  /** The text between the previous word (or the window start) and this one. */
  gap: string;
  /** Starts a sentence or paragraph, so its capital may just be the sentence's. */
  opens: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Characters joining two word parts: "l'eau", "Jean-Pierre", "U.S". */
const JOINERS = new Set(["'", '’', 'ʼ', '.', '-', '‐']);
const BLANK = /^[^\S\n]*$/u;
const INITIAL_GAP = /^\.[^\S\n]*$/u;
const STOP = /[.!?…\n]/;
/** Whether each UTF-16 unit is a letter, mark or digit: 0 not known yet, 1 yes, 2 no. */
const classes = new Uint8Array(65536);

function _isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = classes[code];
  if (!known) {
    known = WORD_CHAR.test(text[i] as string) ? 1 : 2;
    classes[code] = known;
  }
  return known === 1;
}

/** The words of text[from, to), with offsets into the text. */
function _wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const atParagraph = from === 0 || text[from - 1] === '\n';
  let last = from;
  let i = from;
  while (i < to) {
    if (!_isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < to &&
      (_isWordChar(text, i) || (JOINERS.has(text[i] as string) && i + 1 < to && _isWordChar(text, i + 1)))
    )
      i++;
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    const gap = last === start - 1 && text[last] === ' ' ? ' ' : text.slice(last, start);
    words.push({
      start,
      end: i,
      text: word,
      lower,
      upper: lower[0] !== word[0],
      gap,
      opens: gap !== ' ' && (STOP.test(gap) || (words.length === 0 && atParagraph && BLANK.test(gap))),
    });
    last = i;
  }
  return words;
}

/** The words of a text, tokenised one paragraph at a time on first use and shared by all windows. */
export class TextWords {
  private readonly paragraphs = new Map<number, Word[]>();

  constructor(readonly text: string) {}

  /** The words of the paragraph starting at the offset. */
  paragraph(start: number): Word[] {
    let words = this.paragraphs.get(start);
    if (!words) {
      const end = this.text.indexOf('\n', start);
      words = _wordsIn(this.text, start, end < 0 ? this.text.length : end);
      this.paragraphs.set(start, words);
    }
    return words;
  }

  /** The words lying in text[from, to) of the paragraph starting at paragraphStart; gaps start at from. */
  between(paragraphStart: number, from: number, to: number): Word[] {
    const words = this.paragraph(paragraphStart);
    const a = _firstFrom(words, from);
    let b = _firstFrom(words, to);
    if (b > a && (words[b - 1] as Word).end > to) b--;
    if (a >= b) return [];
    const found = words.slice(a, b);
    const first = found[0] as Word;
    const gap = this.text.slice(from, first.start);
    found[0] = { ...first, gap, opens: STOP.test(gap) || (from === paragraphStart && BLANK.test(gap)) };
    return found;
  }
}

/** Index of the first word starting at or after the offset. */
function _firstFrom(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether words[i] continues the phrase of words[i - 1]: only spaces between, or after an initial ("J. D."). */
export function joins(words: readonly Word[], i: number): boolean {
  const word = words[i];
  const previous = words[i - 1];
  if (!word || !previous) return false;
  if (BLANK.test(word.gap)) return true;
  return (
    INITIAL_GAP.test(word.gap) &&
    previous.upper &&
    (previous.text.length === 1 || previous.text.includes('.'))
  );
}

/** Whether a sentence ends before words[i]; an initial or abbreviation with a dot does not end one. */
export function endsSentence(words: readonly Word[], i: number, isTitle: (word: Word) => boolean): boolean {
  const word = words[i];
  if (!word || !STOP.test(word.gap)) return false;
  if (word.gap.includes('\n') || /[!?…]/.test(word.gap)) return true;
  const previous = words[i - 1];
  if (!previous) return true;
  return !(
    previous.upper &&
    (previous.text.length === 1 || previous.text.includes('.') || isTitle(previous))
  );
}
