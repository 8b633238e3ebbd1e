import type { SpeechVocabulary } from '../../../languages/speech/vocabulary.js';
import type { QuoteMention, Span } from '../../types.js';
import { sentenceStart, speakerAfterQuote, speakerBeforeQuote, subjectOf } from './attribute.js';
import { compileVocabulary, type Lexicon, matchPhrase } from './compile.js';
import type { Mention } from './names.js';
import { People } from './people.js';
import { type RawQuote, scanQuotes } from './scan.js';
import { TextWords } from './words.js';

/** How far before and after a quote its speech tag is looked for. */
const WINDOW = 160;
/** Longest speech tag between two quotes of one speaker: “A,” he said on Monday. “B.” */
const MAX_TAG = 14;
/** Between a closing mark and its speech tag: a comma and or a dash ("», — сказал"). */
const TAIL_GAP = /^[^\S\n]*,?[^\S\n]*(?:[—–-][^\S\n]*)?$/u;
/** Between a lead and its quote: a colon or comma, maybe a dash. */
const LEAD_GAP = /^[^\S\n]*[:,]?[^\S\n]*(?:[—–-][^\S\n]*)?$/u;

/** What every step reads: the text, its words, the vocabulary and the people named so far. */
interface Context {
  text: string;
  words: TextWords;
  lx: Lexicon;
  people: People;
}

interface Attributed {
  quote: RawQuote;
  speaker: Span | null;
  fromTail: boolean;
}

/**
 * Direct quotes of a cleaned article text (paragraphs separated by \n) and their speakers when
 * the text names them, with UTF-16 offsets into the text.
 * @example extractQuotes('“Yes,” Biden said.', getSpeechVocabulary('en'))[0]?.speaker?.text // 'Biden'
 */
export function extractQuotes(
  text: string,
  vocabulary: SpeechVocabulary,
  words: TextWords = new TextWords(text),
): QuoteMention[] {
  const lx = compileVocabulary(vocabulary);
  const cx: Context = { text, words, lx, people: new People(words, lx) };
  const quotes = scanQuotes(text);
  const done: Attributed[] = [];
  quotes.forEach((quote, q) => {
    const previous = done[q - 1];
    const tail = _tail(cx, quote, quotes[q + 1]);
    // a name wins over a pronoun: "Biden said: “…,” he added."
    const lead = tail?.kind === 'name' ? null : _lead(cx, quote, previous?.quote);
    const mention = tail?.kind === 'name' ? tail : lead?.kind === 'name' ? lead : (tail ?? lead);
    let speaker = mention ? _resolve(cx, mention, quote.start) : null;
    if (!mention && previous && _continues(cx, previous, quote, quotes[q + 1])) speaker = previous.speaker;
    done.push({ quote, speaker, fromTail: tail !== null });
  });
  return done.map(({ quote, speaker }) => ({
    start: quote.start,
    end: quote.end,
    text: text.slice(quote.start, quote.end),
    quote: _words(text, quote),
    speaker,
  }));
}

function _tail({ text, words, lx }: Context, quote: RawQuote, next: RawQuote | undefined): Mention | null {
  const end = Math.min(quote.paragraphEnd, next?.start ?? text.length, quote.end + WINDOW);
  const tail = words.between(_lastParagraph(text, quote), quote.end, end);
  const first = tail[0];
  if (!first || !TAIL_GAP.test(first.gap)) return null;
  // “We won.” Biden said …: a full stop inside and nothing joining after it starts a new sentence
  if (/[.…]$/.test(_words(text, quote)) && !/[,—–-]/.test(first.gap)) return null;
  return speakerAfterQuote(tail, lx);
}

function _lead(cx: Context, quote: RawQuote, previous: RawQuote | undefined): Mention | null {
  const { text } = cx;
  const floor = Math.max(quote.paragraphStart, previous?.end ?? 0);
  const lead = _leadWords(cx, quote.paragraphStart, floor, quote.start);
  if (lead) return lead.mention;
  // a paragraph that is all quote, led in by the previous paragraph ending in a colon
  const first = quote.paragraphStart > 0 && (previous?.end ?? 0) <= quote.paragraphStart;
  if (!first || text.slice(quote.paragraphStart, quote.start).trim() !== '') return null;
  const end = quote.paragraphStart - 1;
  if (!/:\s*$/.test(text.slice(Math.max(0, end - 4), end))) return null;
  const paragraph = text.lastIndexOf('\n', end - 1) + 1;
  return _leadWords(cx, paragraph, Math.max(paragraph, previous?.end ?? 0), end)?.mention ?? null;
}

/** The speaker named in the sentence before a quote, null when that sentence names none. */
function _leadWords(
  { text, words: all, lx, people }: Context,
  paragraph: number,
  floor: number,
  end: number,
): { mention: Mention | null } | null {
  let words = all.between(paragraph, Math.max(floor, end - WINDOW), end);
  words = words.slice(sentenceStart(words, lx));
  const last = words.at(-1);
  if (!last) return null;
  const gap = text.slice(last.end, end);
  if (!LEAD_GAP.test(gap)) return null;
  const colon = gap.includes(':');
  const isPerson = (name: Mention): boolean => name.kind === 'name' && people.knows(name);
  const mention = speakerBeforeQuote(
    words,
    lx,
    colon ? 'colon' : gap.includes(',') ? 'comma' : 'none',
    isPerson,
  );
  if (mention || !colon) return { mention };
  return { mention: subjectOf(words, lx, isPerson) };
}

/** The previous quote's speaker goes on speaking: after its speech tag, or led in by "adding". */
function _continues(cx: Context, previous: Attributed, quote: RawQuote, next: RawQuote | undefined): boolean {
  if (previous.speaker === null) return false;
  if (previous.fromTail && _continuesSpeech(cx, previous.quote, quote, next)) return true;
  if (previous.quote.paragraphEnd !== quote.paragraphEnd) return false;
  // “A,” Sullivan said, adding, “B.” / Sullivan said: “A,” adding: “B.”
  const words = cx.words.between(quote.paragraphStart, previous.quote.end, quote.start);
  if (words.length > MAX_TAG || sentenceStart(words, cx.lx) !== 0) return false;
  const tag = words.findIndex((_, i) => matchPhrase(cx.lx.continuers, words, i) === words.length);
  return tag >= 0 && LEAD_GAP.test(cx.text.slice(words.at(-1)?.end ?? 0, quote.start));
}

/** “A,” he said. “B.”: a quote forming the sentence right after the previous quote's speech tag. */
function _continuesSpeech(
  { text, words: all, lx }: Context,
  previous: RawQuote,
  quote: RawQuote,
  next: RawQuote | undefined,
): boolean {
  if (previous.paragraphEnd !== quote.paragraphEnd) return false;
  const words = all.between(quote.paragraphStart, previous.end, quote.start);
  if (words.length > MAX_TAG || sentenceStart(words, lx) !== 0) return false;
  if (!/[.!?…]/.test(text.slice(words.at(-1)?.end ?? previous.end, quote.start))) return false;
  const after = text.slice(quote.end, Math.min(quote.paragraphEnd, next?.start ?? text.length));
  return /^[\s.!?…]*$/.test(after) || (/[.!?…]$/.test(_words(text, quote)) && !/^\s*[,—–-]/.test(after));
}

function _resolve({ text, people }: Context, mention: Mention, at: number): Span | null {
  if (mention.kind === 'name') {
    people.add(mention);
    return { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) };
  }
  const person = people.lastBefore(at);
  return person ? { start: person.start, end: person.end, text: text.slice(person.start, person.end) } : null;
}

/** Start of the paragraph a quote ends in: a later one than it starts in for a marked block. */
function _lastParagraph(text: string, quote: RawQuote): number {
  return quote.continuations.length === 0 ? quote.paragraphStart : text.lastIndexOf('\n', quote.end) + 1;
}

/** The quoted words: inside the marks, without the marks reopening continued paragraphs. */
function _words(text: string, quote: RawQuote): string {
  let words = '';
  let from = quote.start + 1;
  for (const mark of quote.continuations) {
    words += text.slice(from, mark);
    from = mark + 1;
  }
  return (words + text.slice(from, quote.end - 1)).trim();
}
