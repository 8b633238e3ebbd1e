import { type Lexicon, matchPhrase } from './compile.js';
import { type Mention, nameOf, PRONOUN, runBack, runFrom, skipTitles, speakerAfter } from './names.js';
import { endsSentence, joins, type Word } from './words.js';

const CLAUSE_BREAK = /[,;:()–—]/;
const MAX_TAIL = 14;
const MAX_SUBJECT = 10;
/** Words allowed between a lead's verb and the quote: "told reporters in Brussels on Monday". */
const MAX_OBJECT = 6;

/**
 * The speaker in the words right after a quote: "said Sullivan", "Sullivan said", "sagte er",
 * "so Selenskij", "a-t-il déclaré", "Jake Sullivan, the adviser, said".
 */
export function speakerAfterQuote(all: readonly Word[], lx: Lexicon): Mention | null {
  const words = all.slice(0, _sentenceEnd(all, lx));
  const first = words[0];
  if (!first) return null;
  const verbEnd = matchPhrase(lx.verbs, words, 0);
  if (verbEnd > 0) {
    const after = speakerAfter(words, verbEnd, lx);
    if (after) return after.mention;
    return lx.omitsPronouns && verbEnd === words.length ? PRONOUN : null;
  }
  if (lx.isVerbWithPronoun(first)) return PRONOUN;
  const sourceEnd = matchPhrase(lx.sources, words, 0);
  if (sourceEnd > 0) return speakerAfter(words, sourceEnd, lx)?.mention ?? null;
  for (let k = 1; k < Math.min(words.length, MAX_SUBJECT); k++) {
    if (matchPhrase(lx.verbs, words, k) < 0 && !lx.isVerbWithPronoun(words[k] as Word)) continue;
    return _subject(words, k, lx, 'tail') ?? _appositive(words, lx);
  }
  return null;
}

/**
 * The speaker in the clause leading into a quote: "Biden sagte: „…“", "Am Montag sagte Scholz:",
 * "according to Sullivan, “…”", or "Olaf Scholz: „…“" when the lead is a name and a colon
 * (a single word only when it names a known person, so "Fazit: „…“" stays unattributed).
 */
export function speakerBeforeQuote(
  words: readonly Word[],
  lx: Lexicon,
  mark: 'colon' | 'comma' | 'none',
  isPerson: (name: Mention) => boolean,
): Mention | null {
  const n = words.length;
  if (n === 0) return null;
  if (mark === 'colon') {
    const { at } = skipTitles(words, 0, lx);
    const end = runFrom(words, at, lx);
    const name =
      end === n && end - at <= 5 && !lx.isNotName(words[at] as Word) ? nameOf(words, at, n, lx) : null;
    if (name && (end - at > 1 || isPerson(name))) return name;
  }
  let verb = -1;
  let verbEnd = -1;
  for (let k = Math.max(0, n - MAX_SUBJECT); k < n; k++) {
    const end = matchPhrase(lx.verbs, words, k);
    if (end > 0) {
      verb = k;
      verbEnd = end;
      k = end - 1;
    } else if (lx.isVerbWithPronoun(words[k] as Word)) {
      verb = k;
      verbEnd = -1;
    }
  }
  if (verb >= 0) {
    // "Biden said the deal, which critics call “a disaster”": the verb leads elsewhere
    if (!_leadsToQuote(words, verbEnd < 0 ? verb + 1 : verbEnd, lx, mark !== 'none')) return null;
    if (verbEnd < 0) return PRONOUN;
    const before = verb > 0 ? _subject(words, verb, lx, 'lead') : null;
    if (before) return before;
    // "Zelenskyy welcomed the deal, but stressed, “…”": the second verb shares the sentence's subject
    const previous = words[verb - 1];
    if (previous && lx.isCoordinator(previous)) return subjectOf(words, lx, isPerson);
    const after = speakerAfter(words, verbEnd, lx);
    return after && _lastInClause(words, after.end) ? after.mention : null;
  }
  for (let k = 0; k < n; k++) {
    const end = matchPhrase(lx.sources, words, k);
    const after = end > 0 ? speakerAfter(words, end, lx) : null;
    // "Volgens Rutte is het „…“": a source opening the sentence covers all of it
    if (after && (k === 0 || _lastInClause(words, after.end))) return after.mention;
  }
  return null;
}

/**
 * The subject of a lead sentence that names a person without a speech verb
 * ("Er dankte …:"): a pronoun, a name after a role, or a name the caller knows as a person.
 */
export function subjectOf(
  words: readonly Word[],
  lx: Lexicon,
  isPerson: (name: Mention) => boolean,
): Mention | null {
  const first = words[0];
  if (!first) return null;
  if (lx.isPronoun(first)) return PRONOUN;
  const found = speakerAfter(words, 0, lx, false);
  if (found?.mention.kind !== 'name') return null;
  return found.role || isPerson(found.mention) ? found.mention : null;
}

/** Index of the first word after the last sentence end. */
export function sentenceStart(words: readonly Word[], lx: Lexicon): number {
  for (let i = words.length - 1; i > 0; i--) if (endsSentence(words, i, lx.isAbbreviation)) return i;
  return 0;
}

function _sentenceEnd(words: readonly Word[], lx: Lexicon): number {
  let i = 1;
  while (i < words.length && i < MAX_TAIL && !endsSentence(words, i, lx.isAbbreviation)) i++;
  return Math.min(i, words.length);
}

/** The speaker right before the verb at words[verb]: a pronoun or a name. */
function _subject(words: readonly Word[], verb: number, lx: Lexicon, place: 'lead' | 'tail'): Mention | null {
  if (!joins(words, verb)) return null;
  const previous = words[verb - 1] as Word;
  if (lx.isPronoun(previous)) return PRONOUN;
  const start = runBack(words, verb, lx);
  if (start === verb || lx.isNotName(words[start] as Word)) return null;
  if (!_cleanPrefix(words, start, lx, place === 'lead')) return null;
  return nameOf(words, start, verb, lx);
}

/**
 * No function word between the clause start and words[start]: "Am Montag sagte" is not a subject.
 * After a quote the subject must open the tag, so a clause break before it fails too.
 */
function _cleanPrefix(words: readonly Word[], start: number, lx: Lexicon, clauses: boolean): boolean {
  for (let j = start - 1; j >= 0; j--) {
    if (CLAUSE_BREAK.test((words[j + 1] as Word).gap)) return clauses;
    if (lx.isNotName(words[j] as Word)) return false;
  }
  return true;
}

/** "Jake Sullivan, the national security adviser, said": the name opens the tag, a comma follows. */
function _appositive(words: readonly Word[], lx: Lexicon): Mention | null {
  const { at } = skipTitles(words, 0, lx);
  const end = runFrom(words, at, lx);
  const next = words[end];
  if (end === at || !next || !next.gap.includes(',') || lx.isNotName(words[at] as Word)) return null;
  return nameOf(words, at, end, lx);
}

/**
 * Few words and no clause break between words[from] and the quote. Without a colon or comma
 * before the quote at most one word may follow, and not an article: "Biden said the “plan”".
 */
function _leadsToQuote(words: readonly Word[], from: number, lx: Lexicon, punctuated: boolean): boolean {
  const rest = words.length - from;
  if (rest > (punctuated ? MAX_OBJECT : 1)) return false;
  if (!punctuated && rest === 1 && lx.isDeterminer(words[from] as Word)) return false;
  for (let k = from + 1; k < words.length; k++) if (CLAUSE_BREAK.test((words[k] as Word).gap)) return false;
  return true;
}

function _lastInClause(words: readonly Word[], end: number): boolean {
  const next = words[end];
  return !next || CLAUSE_BREAK.test(next.gap);
}
