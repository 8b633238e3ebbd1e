import type { Word } from '../analyze/quotes/words.js';
import type { NameLexicon } from './lexicon.js';
import { isRegnal, type Token } from './tokens.js';

/** Capitalised words that may be a name, with what the words around them say. */
export interface Segment {
  /** Token indexes [from, to) of the paragraph. */
  from: number;
  to: number;
  /** A role or title stands right before it ("Präsident", "president", "King"). */
  role: boolean;
  /** A place preposition stands right before it ("in", "nach", "в"). */
  placed: boolean;
  /** A speech verb follows it ("said", "sagte"). */
  speaks: boolean;
  /** A speech verb stands right before it ("erklärte Biden", "said Sullivan"). */
  spoken: boolean;
  /** Its first word opens a sentence, so its capital may be the sentence's. */
  opens: boolean;
  /** The name part of a compound ("NATO-Gipfel"): a name only when known. */
  compound: boolean;
  /** A role follows it ("National Security Adviser", "Japanese Prime Minister"): it qualifies the role. */
  beforeRole: boolean;
}

/**
 * The candidate names of a paragraph: runs of capitalised words (particles and regnal numbers
 * allowed inside), cut at roles, titles and words that are never names.
 */
export function segmentsOf(tokens: readonly Token[], words: readonly Word[], lx: NameLexicon): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!token.upper) {
      i++;
      continue;
    }
    if (token.compound) {
      out.push(_segment(tokens, words, lx, i, i + 1, false));
      i++;
      continue;
    }
    const end = _runEnd(tokens, i, lx);
    const previous = words[i - 1];
    let role =
      previous !== undefined &&
      !token.opens &&
      (lx.speech.isRole(previous) || lx.isAliasWord(previous.lower));
    let from = i;
    for (let k = i; k <= end; k++) {
      const word = tokens[k];
      const cut = k === end || _cuts(word as Token, k === i, lx);
      if (!cut) continue;
      const [a, b] = _trimParticles(tokens, from, k);
      if (b > a)
        out.push({
          ..._segment(tokens, words, lx, a, b, role),
          beforeRole: k < end && _isRole(tokens[k], lx),
        });
      role = k < end && _isRole(word, lx);
      from = k + 1;
    }
    i = end;
  }
  return out;
}

function _runEnd(tokens: readonly Token[], i: number, lx: NameLexicon): number {
  let j = i + 1;
  while (j < tokens.length) {
    const token = tokens[j] as Token;
    if (!token.joined || token.compound || isRegnal(tokens[j - 1] as Token)) break;
    if (token.upper || isRegnal(token)) {
      j++;
      continue;
    }
    const joint = _jointEnd(tokens, i, j, lx);
    if (joint === j) break;
    j = joint;
  }
  return j;
}

/**
 * End of the lower-case words at tokens[j] and the capitalised word after them when they join one
 * name: a known name ("Rostov sul Don"), a connector after an organisation or place word ("Ministry
 * of Foreign Affairs"), a place connector after a known city ("Rostow am Don"), or name particles
 * ("Ursula von der Leyen"; in German only after a given name, where "der" is mostly an article).
 * Returns j when they do not.
 */
function _jointEnd(tokens: readonly Token[], i: number, j: number, lx: NameLexicon): number {
  const token = tokens[j] as Token;
  const previous = tokens[j - 1] as Token;
  const next = tokens[j + 1];
  if (_connectsKnown(tokens, i, j, lx)) return j + 2;
  const head = lx.isOrganizationWord(previous.lower) || lx.isPlaceWord(previous.lower);
  if (head && lx.isNameConnector(token.lower) && next?.upper && next.joined && !next.compound) return j + 2;
  const joint = _placeJoint(tokens, j, lx);
  if (joint > j) return joint;
  if (lx.capitalizesNouns && !lx.gazetteer.isGivenName(previous.text)) return j;
  let k = j;
  while (k < tokens.length && k - j < 3 && _isParticle(tokens[k] as Token, lx) && tokens[k]?.joined) k++;
  const after = tokens[k];
  if (k === j || !after?.upper || !after.joined || after.compound) return j;
  return k + 1;
}

/** A lower-case word inside a known name: "Rostow am Don", "Rostov sul Don". */
function _connectsKnown(tokens: readonly Token[], i: number, j: number, lx: NameLexicon): boolean {
  const next = tokens[j + 1];
  if (!next?.upper || !next.joined || !tokens[j]?.joined) return false;
  const phrase = tokens
    .slice(i, j + 2)
    .map((token) => token.text)
    .join(' ');
  return lx.gazetteer.lookup(phrase) !== null;
}

/** End of "am Don" after a known city ("Rostow am Don", "Frankfurt an der Oder"), or j when none. */
function _placeJoint(tokens: readonly Token[], j: number, lx: NameLexicon): number {
  const city = tokens[j - 1] as Token;
  let k = j;
  while (
    k < tokens.length &&
    k - j < 2 &&
    tokens[k]?.joined &&
    lx.isPlaceConnector((tokens[k] as Token).lower)
  )
    k++;
  const next = tokens[k];
  if (k === j || !next?.upper || !next.joined || next.compound || !lx.isKnown(city.text)) return j;
  if (lx.isNotName(next.lower) || lx.isCalendarWord(next.lower) || lx.isKnown(next.text)) return j;
  return k + 1;
}

/** Particles belong inside names only: "von der Leyen", not "der Ukraine" after a cut role. */
function _trimParticles(tokens: readonly Token[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && !(tokens[a] as Token).upper) a++;
  while (b > a && !(tokens[b - 1] as Token).upper && !isRegnal(tokens[b - 1] as Token)) b--;
  return [a, b];
}

function _isRole(token: Token | undefined, lx: NameLexicon): boolean {
  return token !== undefined && !token.caps && lx.speech.isRole(token as unknown as Word);
}

function _isParticle(token: Token, lx: NameLexicon): boolean {
  return lx.speech.isParticle(token as unknown as Word);
}

/** Whether the word is no part of a name: a role, a title, a determiner, a word that is never a name. */
function _cuts(token: Token, first: boolean, lx: NameLexicon): boolean {
  // "sul" of "Rostov sul Don" is inside the run only where it joins a place's name
  if (token.caps || lx.isKnown(token.text) || (!first && lx.isPlaceConnector(token.lower))) return false;
  const word = token as unknown as Word;
  if (lx.speech.isRole(word) || lx.isNotName(token.lower)) return true;
  if (first && token.opens && (lx.isStopword(token.lower) || lx.speech.isDeterminer(word))) return true;
  return false;
}

function _segment(
  tokens: readonly Token[],
  words: readonly Word[],
  lx: NameLexicon,
  from: number,
  to: number,
  role: boolean,
): Segment {
  const first = tokens[from] as Token;
  const before = tokens[from - 1];
  return {
    from,
    to,
    role,
    placed: before !== undefined && !before.upper && lx.isPlacePreposition(before.lower),
    speaks: lx.speaksAt(words, to),
    spoken: from > 0 && !(tokens[from - 1] as Token).upper && lx.speaksAt(words, from - 1),
    opens: first.opens,
    compound: first.compound,
    beforeRole: false,
  };
}
