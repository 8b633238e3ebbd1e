import type { Lexicon } from './compile.js';
import { joins, type Word } from './words.js';

/** Who a pattern points at: a name as written, or a pronoun to resolve. */
export type Mention = { kind: 'name'; start: number; end: number } | { kind: 'pronoun' };

export const PRONOUN: Mention = { kind: 'pronoun' };
const MAX_RUN = 8;

/** End (exclusive) of the run of capitalised words (particles allowed inside) starting at words[i]. */
export function runFrom(words: readonly Word[], i: number, lx: Lexicon): number {
  let j = i;
  while (j - i < MAX_RUN && (j === i || joins(words, j))) {
    const word = words[j];
    if (!word) break;
    if (word.upper) j++;
    else if (lx.isParticle(word) && _continues(words, j + 1, lx)) j++;
    else break;
  }
  return j;
}

/** Start of the run of capitalised words that ends just before words[end]. */
export function runBack(words: readonly Word[], end: number, lx: Lexicon): number {
  let j = end;
  while (end - j < MAX_RUN && j > 0) {
    const word = words[j - 1] as Word;
    const last = j === end;
    if (!last && !joins(words, j)) break;
    if (word.upper || (!last && lx.isParticle(word))) j--;
    else break;
  }
  while (j < end && !(words[j] as Word).upper) j++;
  return j;
}

/**
 * The name in the run words[a, b): what follows its last role, title or function word
 * ("US-Präsident Joe Biden" → "Joe Biden"), or null when nothing name-like is left.
 */
export function nameOf(words: readonly Word[], a: number, b: number, lx: Lexicon): Mention | null {
  let from = a;
  for (let k = b - 1; k >= a; k--) {
    const word = words[k] as Word;
    if (
      lx.isRole(word) ||
      lx.isNotName(word) ||
      lx.isPronoun(word) ||
      (k === a && word.opens && lx.isDeterminer(word))
    ) {
      from = k + 1;
      break;
    }
  }
  while (from < b && !(words[from] as Word).upper) from++;
  const first = words[from];
  const last = words[b - 1];
  if (from >= b || !first || !last || !last.upper) return null;
  return { kind: 'name', start: first.start, end: last.end };
}

/**
 * Index after the determiners and roles starting at words[i], and whether a role was among them.
 * A capitalised determiner is skipped only where it opens a sentence ("Le président …"), else it
 * is part of a name ("Marine Le Pen").
 */
export function skipTitles(words: readonly Word[], i: number, lx: Lexicon): { at: number; role: boolean } {
  let at = i;
  let role = false;
  while (at < words.length && (at === i || _joinsTitle(words, at, lx))) {
    const word = words[at] as Word;
    const isRole = lx.isRole(word);
    if (!isRole && !(lx.isDeterminer(word) && (!word.upper || word.opens))) break;
    role ||= isRole;
    at++;
  }
  return { at, role };
}

/**
 * The speaker written from words[i] on, after a verb or "according to": determiners and roles,
 * then a name or a pronoun ("sagte US-Präsident Joe Biden", "a déclaré le président Macron", "sagte er").
 */
export function speakerAfter(
  words: readonly Word[],
  i: number,
  lx: Lexicon,
  adjacent = true,
): { mention: Mention; role: boolean; end: number } | null {
  if (adjacent && !joins(words, i)) return null;
  let j = i;
  let role = false;
  for (let round = 0; round < 3; round++) {
    const titles = skipTitles(words, j, lx);
    const word = words[titles.at];
    if (!word || (titles.at > j && !_joinsTitle(words, titles.at, lx))) return null;
    role ||= titles.role;
    j = titles.at;
    if (lx.isPronoun(word)) return { mention: PRONOUN, role, end: j + 1 };
    // an adjective between a role and the name: "le président français Emmanuel Macron"
    if (titles.role && !word.upper && !lx.isNotName(word) && words[j + 1]?.upper && joins(words, j + 1)) j++;
    const end = runFrom(words, j, lx);
    if (end === j || lx.isNotName(words[j] as Word)) return null;
    const next = words[end];
    if (next && !next.upper && joins(words, end) && lx.isRole(next)) {
      // a capitalised modifier before a role: "de Amerikaanse president Joe Biden"
      j = end;
      continue;
    }
    const later = role && end === j + 1 ? _nameAfterGenitive(words, end, lx) : -1;
    if (later >= 0) {
      // an organisation after the role: "командувач Сил оборони Олександр Сирський"
      j = later;
      continue;
    }
    const name = nameOf(words, j, end, lx);
    return name ? { mention: name, role: role || hasRole(words, j, end, lx), end } : null;
  }
  return null;
}

/** Whether a word of words[a, b) is a role. */
export function hasRole(words: readonly Word[], a: number, b: number, lx: Lexicon): boolean {
  for (let k = a; k < b; k++) if (lx.isRole(words[k] as Word)) return true;
  return false;
}

/** Where a capitalised run starts after one or two plain lower-case words from words[i], or -1. */
function _nameAfterGenitive(words: readonly Word[], i: number, lx: Lexicon): number {
  for (let k = i; k < i + 3; k++) {
    const word = words[k];
    if (!word || !joins(words, k)) return -1;
    if (word.upper) return k > i ? k : -1;
    if (lx.isNotName(word) || lx.isDeterminer(word) || lx.isParticle(word) || lx.isPronoun(word)) return -1;
  }
  return -1;
}

/** Like joins, and also across the dot of an abbreviated title: "Rep. Alexandria Ocasio-Cortez". */
function _joinsTitle(words: readonly Word[], i: number, lx: Lexicon): boolean {
  const previous = words[i - 1];
  return (
    joins(words, i) ||
    (previous !== undefined && /^\.\s+$/.test((words[i] as Word).gap) && lx.isAbbreviation(previous))
  );
}

function _continues(words: readonly Word[], i: number, lx: Lexicon): boolean {
  const word = words[i];
  if (!word || !joins(words, i)) return false;
  return word.upper || (lx.isParticle(word) && _continues(words, i + 1, lx));
}
