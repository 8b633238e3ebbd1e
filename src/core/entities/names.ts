import anyAscii from 'any-ascii';
import levenshtein from 'talisman/metrics/levenshtein.js';
import cologne from 'talisman/phonetics/german/cologne.js';

/**
 * A name folded to lower-case ASCII words: scripts transliterated, diacritics, apostrophes and
 * hyphens gone. "Зеленський" → "zelenskiy", "Rütte" → "rutte", "Maison-Blanche" → "maison blanche".
 */
export function foldName(name: string): string {
  let folded = folds.get(name);
  if (folded === undefined) {
    folded = anyAscii(name)
      .toLowerCase()
      .replace(/['’ʼ`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(name, folded);
  }
  return folded;
}

/** Names repeat across articles: folded forms are remembered, within a bound. */
const folds = new Map<string, string>();
const MAX_FOLDS = 100_000;

/** Spelling-insensitive form of one folded word: the letters transliterations disagree on, unified. */
export function looseWord(word: string): string {
  return _remember(loose, word, _loose);
}

function _loose(word: string): string {
  return word
    .replace(/^[jy]e/, 'e')
    .replace(/^y([aeiou])/, 'i$1')
    .replace(/tsch|tch/g, 'ch')
    .replace(/sch|sh|zh|sz|rz/g, 's')
    .replace(/[kc]h/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|c|q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/[jy]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Phonetic code (Kölner Phonetik) of a folded word's loose form: one code for Selenskij, Zelenskyy and Зеленський. */
export function phoneticWord(word: string): string {
  return _remember(phonetic, word, (w) => cologne(looseWord(w)) || w);
}

const loose = new Map<string, string>();
const phonetic = new Map<string, string>();

/** Names repeat across articles: keys are remembered, within the same bound as folded forms. */
function _remember(cache: Map<string, string>, word: string, compute: (word: string) => string): string {
  let value = cache.get(word);
  if (value === undefined) {
    value = compute(word);
    if (cache.size >= MAX_FOLDS) cache.clear();
    cache.set(word, value);
  }
  return value;
}

/** Shortest phonetic code two renderings of one given name must share from their first sound. */
const MIN_SHARED_SOUNDS = 3;

/**
 * Whether two folded given names are one name rendered in two languages: the phonetic code of
 * one starts with the other's (Charles 4758, Karl 475, Carlos 4758, Carlo 475). Loose on purpose,
 * so only for names that something else ties together, such as a monarch's regnal number.
 */
export function sameGivenAcrossLanguages(a: string, b: string): boolean {
  const [ca, cb] = [cologne(a), cologne(b)];
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.length >= MIN_SHARED_SOUNDS && long.startsWith(short);
}

/** Whether two folded given names sound alike in full (Carlo and Karl, not Charlotte and Karl). */
export function sameGivenSound(a: string, b: string): boolean {
  const code = cologne(a);
  return code.length >= MIN_SHARED_SOUNDS && code === cologne(b);
}

/** Blocking key of a given name that its renderings in other languages share (see sameGivenAcrossLanguages). */
export function givenNameKey(word: string): string {
  return cologne(word).slice(0, MIN_SHARED_SOUNDS);
}

/**
 * The readings of a name whose words each have alternatives (base forms, phonetic codes): one
 * alternative per word, joined by spaces, in order, at most `most` of them.
 * @example joinedReadings([['Wielkiej', 'Wielka'], ['Brytanii', 'Brytania']], 16)[3] // 'Wielka Brytania'
 */
export function joinedReadings(alternatives: readonly (readonly string[])[], most: number): string[] {
  let readings = [''];
  alternatives.forEach((forms, i) => {
    readings = readings
      .flatMap((head) => forms.map((form) => (i === 0 ? form : `${head} ${form}`)))
      .slice(0, most);
  });
  return readings;
}

/** Phonetic key of a whole name, word by word. */
export function phoneticKey(name: string): string {
  return foldName(name).split(' ').map(phoneticWord).join(' ');
}

/**
 * Whether two folded words are spellings of one name: the same phonetic code and at most one
 * edit in four on their loose forms (Selenskij ~ Zelenskyy, Kiew ~ Kyiv, not Rutte ~ Rüttgers).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const la = looseWord(a);
  const lb = looseWord(b);
  if (la === lb) return true;
  if (phoneticWord(a) !== phoneticWord(b)) return false;
  const shorter = Math.min(la.length, lb.length);
  if (shorter <= 2) return false;
  return levenshtein(la, lb) <= Math.max(1, Math.floor(shorter / 4));
}

/**
 * Whether two folded surnames are one name, one of them maybe inflected: "baidena" (Байдена) and
 * "biden" differ by a case ending of one or two letters on top of the spelling.
 */
export function sameSurname(a: string, b: string): boolean {
  if (sameWord(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  for (let cut = 1; cut <= 2 && long.length - cut >= short.length; cut++) {
    if (sameWord(long.slice(0, -cut), short)) return true;
  }
  return false;
}

/** Whether two names are spellings of one another, word by word. */
export function sameName(a: string, b: string): boolean {
  const wa = foldName(a).split(' ');
  const wb = foldName(b).split(' ');
  return wa.length === wb.length && wa.every((word, i) => sameWord(word, wb[i] as string));
}

/** Whether the text is in Latin script (canonical labels prefer it). */
export function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\p{N}\s.'’-]+$/u.test(text);
}
