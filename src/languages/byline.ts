import type { BoilerplateRule } from './profile.js';
import { AGENCY, casedRule, caseless, labelLike } from './rules.js';

/** The words a language writes bylines with; each field is a lower-case regex alternation. */
export interface BylineWords {
  /** Before names: "by", "reporting by", "von". */
  labels: string;
  /** Before names, after a colon: "text", "autor". */
  colonLabels: string;
  /** Before agencies only: "with", "mit Material von". */
  agencyLabels: string;
  /** Between two credits: "and", "avec". */
  joiners: string;
  /** A role after a name, optionally followed by a place preposition: "envoyé spécial". */
  roles?: string;
  /** Before a place after a name: "in", "à". */
  at: string;
  /** Words standing for agencies in general: "agencies", "Agenturen". */
  agencies?: string;
  /** Capitalised words that start title-case phrases rather than names: "the", "our". */
  notNames?: string;
}

const PARTICLE = '(?:d[aeiou]|d[eo]s|del(?:la)?|la|le|van|von|der|den|ter|ten|y|bin|al|el)';
// a letter of a name: not \p{L}, whose many ranges make each use costly to compile
const NAME_CHAR = String.raw`[^\s\d.,;:!?()[\]{}«»"“”„/|&+*=<>@#%–—-]`;
const WORD = String.raw`\p{Lu}(?:\.|${NAME_CHAR}(?:${NAME_CHAR}|-(?=${NAME_CHAR}))*)`;
/** Where a list of credits ends: before a segment separator, a closing bracket or the line end. */
const LIST_END = String.raw`(?=\s*[;,)]|[\s|–—-]*$)`;

// Groups repeat with * behind a lookahead, never with + or {m,n}: the regexp compiler copies a
// group once per counted repetition, and nested counts made each byline pattern half a megabyte.

/** Capitalised words, particles allowed between them: "Jan de Vries", "New York". */
function _words(word: string): string {
  return `(?=\\p{Lu})(?:${word}(?:\\s+(?:${PARTICLE}\\s+)*(?=\\S)|(?!${NAME_CHAR})))*`;
}

/** A capitalised name of two or more words, particles allowed between them: "Jan de Vries". */
export function personName(notNames = ''): string {
  const word = notNames ? `(?!(?:${caseless(notNames)})(?!${NAME_CHAR}))${WORD}` : WORD;
  return `(?=\\S+\\s+(?:${PARTICLE}\\s+)*\\p{Lu})${_words(word)}`;
}

/** Items, each followed by a separator or the end of the list; at least one. */
function _list(item: string, separator: string): string {
  return `(?=[^\\s;,)])(?:${item}(?:${separator}|${LIST_END}))*`;
}

/**
 * A byline or wire credit line: "By Jane Doe and John Roe", "Par X, envoyé spécial à Y",
 * "Autor: Jan Kowalski", "(Reporting by X; editing by Y)", "(Mit Material von dpa)".
 * Names must be capitalised words or agencies, so "By Tuesday, all were rescued." stays.
 */
/** The longest credit line the pattern accepts. */
const MAX_BYLINE = 160;

export function bylineRule(words: BylineWords): BoilerplateRule {
  const agency = `(?:${caseless(AGENCY)}${words.agencies ? `|${caseless(words.agencies)}` : ''})(?!${NAME_CHAR})`;
  const role = words.roles ? `(?:(?:${caseless(words.roles)})(?=[\\s,;)|–—-]|$)\\s*)?` : '';
  const tail = `(?:(?:\\s*,\\s*|\\s+)(?=\\S)${role}(?:(?:${caseless(words.at)})\\s+)?(?:${_words(WORD)})?)?`;
  const joiners = caseless(words.joiners);
  const joiner = `(?:\\s*,\\s*(?:(?:${joiners})\\s+)?|\\s+(?:${joiners})\\s+)`;
  const credits = _list(`(?:${personName(words.notNames)}|${agency})${tail}`, joiner);
  const labels = `(?:${caseless(words.labels)})\\s+|(?:${caseless(words.colonLabels)})\\s*:\\s*`;
  const agencies = `(?:${caseless(words.agencyLabels)})\\s*:?\\s*${_list(agency, joiner)}`;
  // a label in capitals ("POR ESO INFORMAR ES") opens a shouted headline, not a byline
  const segment = `(?![^\\s\\p{Ll}]{2})(?:(?:${labels})${credits}|${agencies})`;
  const segments = `(?:${segment}(?:\\s*[;,]\\s*|(?=\\)?[\\s|–—-]*$)))*`;
  const pattern = casedRule(
    'byline',
    `^[\\s»›•·*–—-]*\\(?(?=[^\\s()|–—-])${segments}\\)?[\\s|–—-]*$(?<=^.{3,160})`,
  );
  return labelLike({ ...pattern, maxLength: MAX_BYLINE });
}
