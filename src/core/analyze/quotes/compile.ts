import type { SpeechVocabulary } from '../../../languages/speech/vocabulary.js';
import { joins, type Word } from './words.js';

/** A vocabulary turned into sets and phrase indexes, built once per vocabulary object. */
export interface Lexicon {
  verbs: PhraseIndex;
  sources: PhraseIndex;
  continuers: PhraseIndex;
  omitsPronouns: boolean;
  isCoordinator(word: Word): boolean;
  isRole(word: Word): boolean;
  isDeterminer(word: Word): boolean;
  isNotName(word: Word): boolean;
  isParticle(word: Word): boolean;
  isPronoun(word: Word): boolean;
  /** A word ending in a pronoun whose rest is a speech verb: "dit-il". */
  isVerbWithPronoun(word: Word): boolean;
  /** A short title written with a dot ("Dr.", "Mr."), which does not end a sentence. */
  isAbbreviation(word: Word): boolean;
}

/** First word → the phrases starting with it, each as its words, longest first. */
type PhraseIndex = Map<string, string[][]>;

const cache = new WeakMap<SpeechVocabulary, Lexicon>();
const MAX_KNOWN = 50_000;

export function compileVocabulary(vocabulary: SpeechVocabulary): Lexicon {
  let lexicon = cache.get(vocabulary);
  if (!lexicon) {
    lexicon = _compile(vocabulary);
    cache.set(vocabulary, lexicon);
  }
  return lexicon;
}

/** End (exclusive) of the longest phrase of the index starting at words[i], or -1. */
export function matchPhrase(index: PhraseIndex, words: readonly Word[], i: number): number {
  const first = words[i];
  const candidates = first ? index.get(first.lower) : undefined;
  if (!candidates) return -1;
  for (const phrase of candidates) {
    let k = 1;
    while (k < phrase.length && words[i + k]?.lower === phrase[k] && joins(words, i + k)) k++;
    if (k === phrase.length) return i + k;
  }
  return -1;
}

function _compile(v: SpeechVocabulary): Lexicon {
  const roles = new Set(v.roles);
  const suffixes = [...new Set(v.roleSuffixes)];
  const determiners = new Set(v.determiners);
  const notNames = new Set(v.notNames);
  const coordinators = new Set(v.coordinators);
  const particles = new Set(v.particles);
  const pronouns = new Set(v.pronouns.filter((p) => !p.startsWith('-')));
  const enclitics = v.pronouns.filter((p) => p.startsWith('-'));
  const verbs = _index(v.verbs);
  const singleVerbs = new Set(v.verbs.filter((verb) => !verb.includes(' ')));
  const isRoleWord = (lower: string): boolean =>
    roles.has(lower) || suffixes.some((suffix) => lower.length > suffix.length + 2 && lower.endsWith(suffix));
  // words repeat across articles: remember the answers, within a bound
  const known = new Map<string, boolean>();
  const isRole = (lower: string): boolean => {
    let role = known.get(lower);
    if (role === undefined) {
      const dash = lower.lastIndexOf('-');
      role = isRoleWord(lower) || (dash > 0 && isRoleWord(lower.slice(dash + 1)));
      if (known.size >= MAX_KNOWN) known.clear();
      known.set(lower, role);
    }
    return role;
  };
  return {
    verbs,
    sources: _index(v.sources),
    continuers: _index(v.continuers),
    omitsPronouns: v.omitsPronouns,
    isCoordinator: (word) => coordinators.has(word.lower),
    isRole: (word) => isRole(word.lower),
    isDeterminer: (word) => determiners.has(word.lower),
    isNotName: (word) => notNames.has(word.lower),
    isParticle: (word) => !word.upper && particles.has(word.lower),
    isPronoun: (word) =>
      pronouns.has(word.lower) || (enclitics.length > 0 && enclitics.some((e) => word.lower.endsWith(e))),
    isVerbWithPronoun: (word) =>
      enclitics.some((e) => word.lower.endsWith(e) && singleVerbs.has(word.lower.slice(0, -e.length))),
    isAbbreviation: (word) => word.lower.length <= 4 && roles.has(word.lower),
  };
}

function _index(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const words = phrase.split(/\s+/);
    const first = words[0] ?? '';
    const list = index.get(first) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(first, list);
  }
  return index;
}
