import type { KnownEntry } from './gazetteer.js';
import type { NameLexicon } from './lexicon.js';
import { joinedReadings } from './names.js';
import type { Segment } from './segments.js';
import type { Token } from './tokens.js';

/** A one-word city opening a sentence is taken from this size; smaller ones share names with words. */
const BIG_CITY = 300_000;
/** A city known under this many names (languages, scripts) is a place, not a word that looks like one. */
const WELL_KNOWN = 3;

/** The gazetteer entry written so, or with its last word in base form ("Москвы" → "Москва"). */
export function lookupKnown(tokens: readonly Token[], segment: Segment, lx: NameLexicon): KnownEntry | null {
  const first = tokens[0] as Token;
  if (!first.upper) return null;
  const surface = tokens.map((token) => token.text).join(' ');
  const entry = lx.gazetteer.lookup(surface);
  if (entry) return _plausible(entry, tokens, segment, lx) ? entry : null;
  if (first.caps && tokens.length === 1) return null;
  for (const form of _inflections(tokens, lx)) {
    const inflected = lx.gazetteer.lookup(form);
    if (inflected && _plausible(inflected, tokens, segment, lx)) return inflected;
  }
  return null;
}

/** Most base-form readings of a name tried: "Wielkiej Brytanii" → "Wielka Brytania" needs both words. */
const MAX_READINGS = 16;

/** The name read with its words in base forms (every word inflects in Slavic languages), surface excluded. */
function _inflections(tokens: readonly Token[], lx: NameLexicon): string[] {
  // past three words only the surface is read, which is no inflection
  if (tokens.length > 3) return [];
  return joinedReadings(
    tokens.map((token) => lx.bases(token.text)),
    MAX_READINGS,
  ).slice(1);
}

/**
 * A one-word city must not be a common word ("Reading", "Summit", "Ende"): it is taken when it is
 * big, known under several names, or after a place preposition, and at a sentence start only when big.
 */
function _plausible(entry: KnownEntry, tokens: readonly Token[], segment: Segment, lx: NameLexicon): boolean {
  const only = tokens.length === 1 ? (tokens[0] as Token) : null;
  if (!only || only.caps || entry.type === 'organization' || entry.ref.startsWith('country:')) return true;
  // "Queen Victoria", "President Lincoln": after a title, a city's name is a person's
  if (lx.isStopword(only.lower) || lx.isNotName(only.lower) || segment.role) return false;
  // "Elizabeth", "Victoria", "Charlotte": a given name is a place only where a preposition says so
  if (lx.gazetteer.isGivenName(only.text)) return segment.placed || entry.population >= BIG_CITY;
  // "Sale sul trono …" is no "Salé": opening a sentence, a city must be written as the gazetteer writes it
  if (only.opens && !entry.names.some((name) => name.toLowerCase() === only.lower)) return false;
  if (only.opens || lx.capitalizesNouns)
    return entry.population >= BIG_CITY || (!only.opens && segment.placed);
  return entry.population >= BIG_CITY || segment.placed || new Set(entry.names).size >= WELL_KNOWN;
}
