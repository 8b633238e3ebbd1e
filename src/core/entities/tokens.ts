import { joins, type Word } from '../analyze/quotes/words.js';

/** A word as names see it: elided articles ("l'", "dell'") and possessive "'s" cut off. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  upper: boolean;
  /** Written in capitals only, two letters or more ("NATO", "FSB"). */
  caps: boolean;
  /** Starts a sentence or paragraph, so its capital may just be the sentence's. */
  opens: boolean;
  /** Only spaces (or an initial's dot) separate it from the token before. */
  joined: boolean;
  /** The name part of a compound ("NATO" of "NATO-Gipfel", "US" of "US-led"): a name only when known. */
  compound: boolean;
  /** Ends in a possessive ("Prigozhin's"): the name ends here. */
  possessive: boolean;
}

const ELISION = /^(?:[ldjnsmtc]|qu|dell|dall|nell|sull|all|gl|un)['’](?=\p{Lu})/iu;
const POSSESSIVE = /['’]s?$/u;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\.?$/;
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

export interface TokenOptions {
  /** The text the words' offsets point into. */
  text: string;
  /** Ordinal numbers take a dot ("Karl III."). */
  ordinalDot: boolean;
  /** Common nouns are capitalised: the last part of "Ukraine-Krieg" is a noun, not a name. */
  capitalizesNouns: boolean;
  /** Whether a hyphenated word is a name as a whole ("Saint-Pétersbourg", "Rostow-am-Don"). */
  isKnown(text: string): boolean;
  /** A lower-case word inside place names ("на" of "Ростов-на-Дону"). */
  isPlaceConnector(lower: string): boolean;
}

export function tokensOf(words: readonly Word[], options: TokenOptions): Token[] {
  const tokens: Token[] = [];
  words.forEach((word, i) => {
    let start = word.start;
    let text = word.text;
    let opens = word.opens || _opensQuote(options.text, words[i - 1], word);
    const quoted = text.includes("'") || text.includes('’');
    const elided = quoted ? ELISION.exec(text) : null;
    if (elided) {
      start += elided[0].length;
      text = text.slice(elided[0].length);
      opens = false;
    }
    const possessive = quoted ? POSSESSIVE.exec(text) : null;
    const owns = possessive !== null && possessive.index > 1;
    if (owns) text = text.slice(0, possessive?.index);
    const joined = !elided && joins(words, i) && !tokens[tokens.length - 1]?.possessive;
    const upper = _isUpper(text);
    const part = upper ? _compoundPart(text, options) : null;
    if (part !== null) text = part;
    else if (upper && options.text[start + text.length] === '.') {
      // "U.S." keeps its last dot, which the word splitter leaves out; so does "Karl III." where ordinals take one
      if (INITIALS.test(text) || (options.ordinalDot && ROMAN.test(text))) text += '.';
    }
    tokens.push(_token(start, text, opens, joined, part !== null, owns, upper));
  });
  return tokens;
}

/** A quoted sentence opens after a colon: 'he said: "Now is the time…"'. */
const QUOTE_OPENING = /[:.!?]\s*["«„“‘']$/u;

const QUOTES = new Set(['"', '«', '„', '“', '‘', "'"]);

function _opensQuote(text: string, previous: Word | undefined, word: Word): boolean {
  if (previous === undefined || !QUOTES.has(text[word.start - 1] ?? '')) return false;
  return QUOTE_OPENING.test(text.slice(previous.end, word.start));
}

/** The leading name of a compound that is not a name as a whole, or null. */
function _compoundPart(text: string, options: TokenOptions): string | null {
  if (!text.includes('-') && !text.includes('‐')) return null;
  if (options.isKnown(text)) return null;
  const parts = text.split(/[-‐]/);
  const inner = parts.slice(1, -1);
  if (_isUpper(parts[0] ?? '') && _isUpper(parts[parts.length - 1] ?? '') && inner.length > 0) {
    if (inner.every((part) => _isUpper(part) || options.isPlaceConnector(part))) return null;
  }
  const named: string[] = [];
  for (const part of parts) {
    if (!_isUpper(part)) break;
    named.push(part);
  }
  if (named.length === 0) return null;
  if (named.length === parts.length && !options.capitalizesNouns) return null;
  if (named.length === parts.length) named.pop();
  return named.length > 0 ? named.join('-') : null;
}

function _token(
  start: number,
  text: string,
  opens: boolean,
  joined: boolean,
  compound: boolean,
  possessive: boolean,
  upper: boolean,
): Token {
  const lower = text.toLowerCase();
  let caps = false;
  if (upper && text.length >= 2 && text.toUpperCase() === text) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    caps = letters.length >= 2 && letters !== letters.toLowerCase();
  }
  return { start, end: start + text.length, text, lower, upper, caps, opens, joined, compound, possessive };
}

function _isUpper(text: string): boolean {
  return text !== '' && text[0] !== text[0]?.toLowerCase();
}

/** A regnal number after a name: "Elizabeth II", "Charles III". */
export function isRegnal(token: Token): boolean {
  return isRegnalNumber(token.text);
}

/** A regnal number as written, in capitals: "II", "III.". */
export function isRegnalNumber(text: string): boolean {
  return ROMAN.test(text);
}
