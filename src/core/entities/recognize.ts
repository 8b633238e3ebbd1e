import { TextWords } from '../analyze/quotes/words.js';
import type { EntityMention, EntityType } from '../types.js';
import type { KnownEntry } from './gazetteer.js';
import type { NameLexicon } from './lexicon.js';
import { clusterMentions, type Draft, type LocalEntity } from './local.js';
import { type Segment, segmentsOf } from './segments.js';
import { isRegnal, type Token, tokensOf } from './tokens.js';

export interface RecognizedEntities {
  mentions: EntityMention[];
  /** The article's entities, indexed by EntityMention.local. */
  locals: LocalEntity[];
}

/** Share of capitalised words from which a paragraph is Title Case and its capitals say nothing. */
const TITLE_CASE = 0.7;
const MIN_TITLE_WORDS = 6;
const DEMONYM = /(?:an|ian|ean|ese|ish|ic|i)$/u;
/** Letters a demonym shares with its country's name: "russ" of Russian and Russia. */
const STEM = 4;
/** Longest run of unknown capitalised words taken for a person's name. */
const MAX_PERSON_WORDS = 4;
/** A one-word city opening a sentence is taken from this size; smaller ones share names with words. */
const BIG_CITY = 300_000;
/** A city known under this many names (languages, scripts) is a place, not a word that looks like one. */
const WELL_KNOWN = 3;

/**
 * People, organisations and places named in a cleaned article text (paragraphs separated by \n),
 * with UTF-16 offsets. Known names come from the gazetteers; others from capitals and the words
 * around them (roles, speech verbs, organisation and place words, given names); a lone word
 * without such evidence is kept only when it repeats a name found elsewhere in the article.
 */
export function recognizeEntities(text: string, lx: NameLexicon): RecognizedEntities {
  const words = new TextWords(text);
  const drafts: Draft[] = [];
  for (let start = 0; start >= 0 && start < text.length; ) {
    const paragraphWords = words.paragraph(start);
    const tokens = tokensOf(paragraphWords, {
      text,
      capitalizesNouns: lx.capitalizesNouns,
      isKnown: (form) => lx.gazetteer.lookup(form) !== null,
    });
    const titled = _isTitleCase(tokens, lx);
    for (const segment of segmentsOf(tokens, paragraphWords, lx)) {
      drafts.push(..._classify(tokens, segment, titled, lx));
    }
    const next = text.indexOf('\n', start);
    start = next < 0 ? -1 : next + 1;
  }
  return clusterMentions(text, drafts, lx);
}

function _classify(all: readonly Token[], segment: Segment, titled: boolean, lx: NameLexicon): Draft[] {
  const tokens = all.slice(segment.from, segment.to);
  const known = _lookup(tokens, segment, lx);
  if (known) return [_draft(tokens, known, false)];
  const single = tokens.length === 1 ? (tokens[0] as Token) : null;
  if (titled || segment.compound) return _known(tokens, segment, lx);
  if (single?.caps && single.text.replace(/\W/g, '').length >= 3) {
    return [_draft(tokens, _as('organization'), false)];
  }
  const lowers = tokens.map((token) => token.lower);
  const nameLike = tokens.every((token) => !token.caps || isRegnal(token));
  const given = tokens.findIndex((token, i) => i < tokens.length - 1 && lx.gazetteer.isGivenName(token.text));
  if (given > 0 && nameLike && tokens.length - given <= MAX_PERSON_WORDS) {
    // "Amtskollege Wladimir Selenskij": the words before a given name are not part of the name
    const before = { ...segment, to: segment.from + given, beforeRole: false };
    const after = { ...segment, from: segment.from + given, role: true };
    return [..._classify(all, before, titled, lx), ..._classify(all, after, titled, lx)];
  }
  const words = lowers.filter((lower) => !lx.speech.isParticle({ lower, upper: false } as never));
  const organization = lowers.some(lx.isOrganizationWord);
  const place = lowers.some(lx.isPlaceWord);
  // a common noun alone ("Kongress", "Parliament", "Brücke") names nothing without a name beside it
  const bare = words.every((lower) => lx.isOrganizationWord(lower) || lx.isPlaceWord(lower));
  if (organization && !bare) return [_draft(tokens, _as('organization'), false)];
  if (place && !bare) return [_draft(tokens, _as('place'), false)];
  if (bare) return [];
  // in German "In der Pressekonferenz betonte Biden": a noun before the verb, the speaker after it
  const speech = lx.capitalizesNouns ? single !== null && segment.spoken : segment.speaks || segment.spoken;
  if ((segment.role || speech) && nameLike && tokens.length <= MAX_PERSON_WORDS) {
    return [_draft(tokens, _as('person'), false)];
  }
  if (given === 0 && nameLike && tokens.length <= MAX_PERSON_WORDS) {
    return [_draft(tokens, _as('person'), false)];
  }
  const parts = _known(tokens, segment, lx);
  if (parts.some((part) => !part.pending)) return parts;
  if (single) {
    if (segment.placed && !single.opens && !lx.capitalizesNouns) return [_draft(tokens, _as('place'), false)];
    if (!single.opens && lx.gazetteer.isGivenName(single.text)) return [_draft(tokens, _as('person'), false)];
    return parts;
  }
  const unknown =
    !lx.capitalizesNouns && nameLike && !segment.beforeRole && !tokens.some((t) => _isDemonym(t, lx));
  if (unknown && tokens.length <= MAX_PERSON_WORDS) return [_draft(tokens, _as('person'), false)];
  return parts;
}

/** The known names inside a run of capitalised words, longest first; the words left over are pending. */
function _known(tokens: readonly Token[], segment: Segment, lx: NameLexicon): Draft[] {
  const out: Draft[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: { end: number; entry: KnownEntry } | null = null;
    for (let end = Math.min(tokens.length, i + lx.gazetteer.longest); end > i && !found; end--) {
      const entry = _lookup(tokens.slice(i, end), segment, lx);
      if (entry) found = { end, entry };
    }
    if (found) {
      // "Kherson Oblast", "Harvard University": a known name and the word that makes it something else
      const next = tokens[found.end];
      const word = next && !next.caps ? _kind(next.lower, lx) : null;
      if (word) {
        out.push(_draft(tokens.slice(i, found.end + 1), _as(word), false));
        i = found.end + 1;
        continue;
      }
      out.push(_draft(tokens.slice(i, found.end), found.entry, false));
      i = found.end;
    } else {
      out.push(_draft(tokens.slice(i, i + 1), _as('person'), true));
      i++;
    }
  }
  return out;
}

/** "Russian", "Ukrainian", "British": an adjective made from a country's name, not a name. */
function _isDemonym(token: Token, lx: NameLexicon): boolean {
  return DEMONYM.test(token.lower) && lx.gazetteer.isCountryStem(token.lower.slice(0, STEM));
}

function _kind(lower: string, lx: NameLexicon): EntityType | null {
  if (lx.isOrganizationWord(lower)) return 'organization';
  if (lx.isPlaceWord(lower)) return 'place';
  return null;
}

/** The gazetteer entry written so, or with its last word in base form ("Москвы" → "Москва"). */
function _lookup(tokens: readonly Token[], segment: Segment, lx: NameLexicon): KnownEntry | null {
  const first = tokens[0] as Token;
  if (!first.upper) return null;
  const last = tokens[tokens.length - 1] as Token;
  const surface = tokens.map((token) => token.text).join(' ');
  const entry = lx.gazetteer.lookup(surface);
  if (entry) return _plausible(entry, tokens, segment, lx) ? entry : null;
  if (first.caps) return null;
  const head = tokens
    .slice(0, -1)
    .map((token) => `${token.text} `)
    .join('');
  for (const base of lx.bases(last.text).slice(1)) {
    const inflected = lx.gazetteer.lookup(head + base);
    if (inflected && _plausible(inflected, tokens, segment, lx)) return inflected;
  }
  return null;
}

/**
 * A one-word city must not be a common word ("Reading", "Summit", "Ende"): it is taken when it is
 * big, known under several names, or after a place preposition, and at a sentence start only when big.
 */
function _plausible(entry: KnownEntry, tokens: readonly Token[], segment: Segment, lx: NameLexicon): boolean {
  const only = tokens.length === 1 ? (tokens[0] as Token) : null;
  if (!only || only.caps || entry.type === 'organization' || entry.ref.startsWith('country:')) return true;
  if (lx.isStopword(only.lower) || lx.isNotName(only.lower)) return false;
  // "Elizabeth", "Victoria", "Charlotte": a given name is a place only where a preposition says so
  if (lx.gazetteer.isGivenName(only.text)) return segment.placed;
  if (only.opens) return entry.population >= BIG_CITY;
  return entry.population >= BIG_CITY || segment.placed || new Set(entry.names).size >= WELL_KNOWN;
}

type Kind = { type: EntityType; ref: null; name: null };

function _as(type: EntityType): Kind {
  return { type, ref: null, name: null };
}

function _draft(tokens: readonly Token[], kind: Kind | KnownEntry, pending: boolean): Draft {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return {
    start: first.start,
    end: last.end,
    words: tokens.map((token) => token.text),
    type: kind.type,
    ref: kind.ref,
    label: kind.ref ? kind.name : null,
    pending,
  };
}

function _isTitleCase(tokens: readonly Token[], lx: NameLexicon): boolean {
  if (lx.capitalizesNouns) return false;
  const lettered = tokens.filter((token) => /\p{L}/u.test(token.text));
  if (lettered.length < MIN_TITLE_WORDS) return false;
  const upper = lettered.filter((token) => token.upper).length;
  return upper / lettered.length >= TITLE_CASE;
}
