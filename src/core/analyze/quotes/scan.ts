/** A top-level pair of quotation marks found in the text. */
export interface RawQuote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** Opening marks of continued paragraphs inside a multi-paragraph quote: not part of the words. */
  continuations: number[];
  /** Bounds of the paragraph(s) the quote stands in. */
  paragraphStart: number;
  paragraphEnd: number;
}

interface Frame {
  mark: string;
  at: number;
  continuations: number[];
  /** Quotes closed inside this one: reported only if this one never closes. */
  inner: RawQuote[];
}

/** Opening mark → the marks that close it. */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '‚': '‘’',
  '‘': '’',
  '"': '"',
  "'": "'",
  '”': '”',
  '「': '」',
  '『': '』',
};
/** Marks that may open a quote only where the context says so (they also close or are apostrophes). */
const AMBIGUOUS = new Set(['"', "'", '”', '‘']);
/** Marks that reopen a quote at the start of each paragraph it continues into. */
const CONTINUES: Record<string, string> = { '“': '“', '„': '„»', '«': '«»', '»': '»', '"': '"' };
const MARK = /["'«»‹›“”„‚‘’「」『』\n]/g;
/** Deeper nesting is noise; capping it keeps the scan linear on runs of unclosed marks. */
const MAX_DEPTH = 6;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const SENTENCE_END = /[.!?…]/;
const HAS_WORD = /[\p{L}\p{N}]/u;

const isWord = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || c === '\n' || SPACE.test(c);

/**
 * The top-level quotations of a text, in order. Marks are paired per style with a small stack;
 * an unclosed quote ends at its paragraph unless the next paragraph reopens it (a marked block).
 */
export function scanQuotes(text: string): RawQuote[] {
  const found: RawQuote[] = [];
  const stack: Frame[] = [];
  const breaks: number[] = [];
  const keep = (quote: RawQuote): void => {
    if (_hasWords(text, quote)) found.push(quote);
  };
  const emit = (quote: RawQuote): void => {
    const top = stack.at(-1);
    if (top) top.inner.push(quote);
    else keep(quote);
  };
  MARK.lastIndex = 0;
  for (let match = MARK.exec(text); match; match = MARK.exec(text)) {
    const i = match.index;
    const c = match[0];
    if (c === '\n') {
      breaks.push(i);
      const reopen = _continuation(text, i, stack);
      if (reopen >= 0) {
        stack[0]?.continuations.push(reopen);
        MARK.lastIndex = reopen + 1;
      } else {
        for (const frame of stack.splice(0)) for (const quote of frame.inner) emit(quote);
      }
      continue;
    }
    const before = text[i - 1];
    const after = text[i + 1];
    if ((c === "'" || c === '’' || c === '‘') && isWord(before) && isWord(after)) continue;
    const closing = _closable(stack, c, before, after);
    if (closing >= 0) {
      const frame = stack[closing] as Frame;
      stack.length = closing;
      emit({
        start: frame.at,
        end: i + 1,
        continuations: frame.continuations,
        paragraphStart: 0,
        paragraphEnd: 0,
      });
    } else if (c in CLOSERS && _opens(c, before, after)) {
      if (stack.length === MAX_DEPTH) (stack.shift() as Frame).inner.forEach(keep);
      stack.push({ mark: c, at: i, continuations: [], inner: [] });
    }
  }
  for (const frame of stack.splice(0)) for (const quote of frame.inner) emit(quote);
  breaks.push(text.length);
  _placeInParagraphs(found, breaks);
  return found;
}

/** Index of the frame the mark closes, or -1. */
function _closable(stack: Frame[], c: string, before: string | undefined, after: string | undefined): number {
  if ((c === "'" || c === '’') && (isSpace(before) || isWord(after))) return -1;
  for (let k = stack.length - 1; k >= 0; k--) {
    if (CLOSERS[(stack[k] as Frame).mark]?.includes(c)) return k;
  }
  return -1;
}

function _opens(c: string, before: string | undefined, after: string | undefined): boolean {
  // a French closer without its opener, or a low comma, is not an opening mark
  if (c === '»' || c === '›' || c === '‚') return !isSpace(after);
  if (!AMBIGUOUS.has(c)) return true;
  if (isSpace(after) || (c !== '"' && after !== undefined && after >= '0' && after <= '9')) return false;
  return !isWord(before);
}

/** Where the paragraph after the break reopens the one open quote, or -1. */
function _continuation(text: string, at: number, stack: Frame[]): number {
  const frame = stack[0];
  if (stack.length !== 1 || !frame) return -1;
  let last = at - 1;
  while (last > frame.at && SPACE.test(text[last] ?? '')) last--;
  if (!SENTENCE_END.test(text[last] ?? '')) return -1;
  let next = at + 1;
  while (text[next] === ' ' || text[next] === '\t') next++;
  return CONTINUES[frame.mark]?.includes(text[next] ?? '\n') ? next : -1;
}

function _hasWords(text: string, quote: RawQuote): boolean {
  const inner = text.slice(quote.start + 1, quote.end - 1).trim();
  const single = "'‘‚".includes(text[quote.start] ?? '');
  return HAS_WORD.test(inner) && (!single || inner.length > 1);
}

/** Sets paragraph bounds; quotes are in order and never overlap, so one pass over the breaks suffices. */
function _placeInParagraphs(quotes: RawQuote[], breaks: number[]): void {
  let b = 0;
  let start = 0;
  for (const quote of quotes) {
    while ((breaks[b] ?? Number.POSITIVE_INFINITY) < quote.start) start = (breaks[b++] as number) + 1;
    quote.paragraphStart = start;
    let e = b;
    while ((breaks[e] ?? Number.POSITIVE_INFINITY) < quote.end) e++;
    quote.paragraphEnd = breaks[e] ?? quote.end;
  }
}
