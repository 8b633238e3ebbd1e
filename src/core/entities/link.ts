import type { EntityMention, EntityRecord, EntityType } from '../types.js';
import type { Candidate, LocalEntity } from './local.js';
import {
  foldName,
  givenNameKey,
  isLatin,
  joinedReadings,
  looseWord,
  phoneticWord,
  sameGivenAcrossLanguages,
  sameGivenSound,
  sameSurname,
  sameWord,
} from './names.js';
import { isRegnalNumber } from './tokens.js';

/** The entity records the linker can see: those found by key in the archive, and those it made. */
export interface EntityRegistry {
  byKeys(keys: readonly string[]): EntityRecord[];
  has(id: string): boolean;
  put(record: EntityRecord): void;
}

/** What the linker needs of an article: its entities, and lone words the archive may know. */
export interface ArticleEntities {
  locals: readonly LocalEntity[];
  candidates: readonly Candidate[];
}

/** One surname record wins over the others when it has this many times their mentions. */
const DOMINANT = 3;
/** A lone word becomes a mention of an archive entity seen at least this often. */
const KNOWN = 2;

/** Blocking keys of an article's entity: its gazetteer reference, else phonetic keys of its name. */
export function entityKeys(local: LocalEntity): string[] {
  if (local.ref) {
    // "Wagner" of "Söldnergruppe Wagner": a known entity's one-word names find it for a lone word (see _known)
    const words = local.names.map(foldName).filter((name) => name !== '' && !name.includes(' '));
    return [`ref:${local.ref}`, ...new Set(words.map((word) => `${local.type}:${phoneticWord(word)}`))];
  }
  const keys = [`${local.type}:${local.words.map((forms) => phoneticWord(forms[0] ?? '')).join(' ')}`];
  // "Opactwie Westminsterskim": a place or organisation is found by its words' base forms too
  if (local.type !== 'person')
    keys.push(...readings(local.words).map((reading) => `${local.type}:${reading}`));
  if (local.type === 'person') {
    for (const form of local.words[local.words.length - 1] ?? []) keys.push(`surname:${phoneticWord(form)}`);
    const given = local.words[0]?.[0] ?? '';
    if (local.words.length === 1 || _isRegnal(local.words)) keys.push(`given:${givenNameKey(given)}`);
    // "Utkin Dmitriy": lists put the surname first
    const first = phoneticWord(local.words[0]?.[0] ?? '');
    if (local.words.length === 2 && first.length >= 3) keys.push(`surname:${first}`);
  }
  return [...new Set(keys)];
}

/** Most phonetic readings of a name used as keys, one base form per word. */
const MAX_READINGS = 8;

function readings(words: readonly (readonly string[])[]): string[] {
  return joinedReadings(
    words.map((forms) => [...new Set(forms.map(phoneticWord))]),
    MAX_READINGS,
  );
}

/** Keys of the records a lone word could name: a person's surname, a one-word place or organisation. */
export function candidateKeys(candidates: readonly Candidate[]): string[] {
  const codes = new Set(candidates.flatMap((candidate) => candidate.forms.map(phoneticWord)));
  return [...codes].flatMap((code) => [`surname:${code}`, `place:${code}`, `organization:${code}`]);
}

/**
 * Links an article's entities to entity records, creating or extending records in the registry,
 * and returns the mentions with their entity ids. A surname alone joins a person only when one
 * person with that surname dominates; full names must agree on every word, so two people who
 * share a surname stay apart.
 */
export function linkEntities(
  mentions: readonly EntityMention[],
  { locals, candidates }: ArticleEntities,
  lang: string | null,
  registry: EntityRegistry,
): EntityMention[] {
  const ids = locals.map((local) => {
    const keys = entityKeys(local);
    const record = _match(local, registry.byKeys(keys)) ?? _create(local, registry);
    const counts = new Map<string, number>();
    for (const mention of mentions) {
      if (mention.local === local.index) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
    }
    registry.put(_extend(record, keys, counts, lang));
    return record.id;
  });
  const linked = mentions.map((mention) => ({ ...mention, entity: ids[mention.local] ?? null }));
  const confirmed = _confirm(candidates, ids, locals.length, lang, registry);
  return [...linked, ...confirmed].sort((a, b) => a.start - b.start);
}

/**
 * Lone capitalised words the article gave no evidence for ("überreichte Starmer dem …") that are
 * the surname of one dominant person the archive knows by full name. Archive evidence: an article
 * read before the person was known stays without it.
 */
function _confirm(
  candidates: readonly Candidate[],
  ids: readonly string[],
  next: number,
  lang: string | null,
  registry: EntityRegistry,
): EntityMention[] {
  const out: EntityMention[] = [];
  const added = new Map<string, number>();
  for (const candidate of candidates) {
    const record = _known(candidate, registry.byKeys(candidateKeys([candidate])));
    if (!record) continue;
    const local =
      ids.indexOf(record.id) >= 0 ? ids.indexOf(record.id) : (added.get(record.id) ?? next + added.size);
    added.set(record.id, local);
    out.push({
      start: candidate.start,
      end: candidate.end,
      text: candidate.text,
      type: record.type,
      name: candidate.text,
      ref: record.ref,
      local,
      entity: record.id,
    });
    registry.put(_extend(record, [], new Map([[candidate.text, 1]]), lang));
  }
  return out;
}

function _known(candidate: Candidate, records: readonly EntityRecord[]): EntityRecord | null {
  // a lone word is weak evidence: a surname's spelling may vary, but not its first letter ("Утрий" is no "Itri")
  const surname = (word: string) =>
    candidate.forms.some((form) => form[0] === word[0] && sameWord(form, word));
  // and a place's or organisation's not at all ("Tuż" is no "TASS")
  const loose = new Set(candidate.forms.map(looseWord));
  const fits = records.filter((record) => {
    if (_mentions(record) < KNOWN) return false;
    if (record.type === 'person') return _fullNames(record).some(({ words }) => surname(words.at(-1) ?? ''));
    // "Balmoral", "Wagner": a place or organisation that articles in several languages name by this one word
    const languages = new Set(
      record.variants
        .filter(({ name }) => {
          const words = foldName(name).split(' ');
          return words.length === 1 && loose.has(looseWord(words[0] ?? ''));
        })
        .map((variant) => variant.lang),
    );
    return languages.size >= KNOWN;
  });
  const ranked = [...fits].sort((a, b) => _mentions(b) - _mentions(a));
  const [first, second] = ranked;
  if (!first || (second && _mentions(first) < DOMINANT * _mentions(second))) return null;
  return first;
}

function _match(local: LocalEntity, candidates: readonly EntityRecord[]): EntityRecord | null {
  if (local.ref) return candidates.find((record) => record.ref === local.ref) ?? null;
  const fitting = candidates.filter((record) => record.type === local.type && record.ref === null);
  if (local.type !== 'person') {
    return fitting.find((record) => _names(record).some((words) => _sameWords(words, local.words))) ?? null;
  }
  const latin = isLatin(local.name);
  const full = fitting.filter((record) =>
    _fullNames(record).some(({ words, latin: other }) => _samePerson(words, local.words, latin !== other)),
  );
  if (full.length > 0) return _mostMentioned(full);
  const surname = local.words[local.words.length - 1] ?? [];
  const bySurname = fitting.filter((record) =>
    _names(record).some((words) => _anySame([words[words.length - 1] ?? ''], surname)),
  );
  if (local.words.length > 1) {
    return bySurname.find((record) => _fullNames(record).length === 0) ?? null;
  }
  const ranked = [...bySurname].sort((a, b) => _mentions(b) - _mentions(a));
  const [first, second] = ranked;
  if (!first) return _monarch(local.words[0] ?? [], fitting);
  if (!second || _mentions(first) >= DOMINANT * _mentions(second)) return first;
  return ranked.find((record) => _fullNames(record).length === 0) ?? null;
}

/** "Carlo", "Karol": a royal named by the given name alone is the one dominant monarch of that name. */
function _monarch(forms: readonly string[], records: readonly EntityRecord[]): EntityRecord | null {
  const named = records.filter((record) =>
    _fullNames(record).some(
      ({ words }) =>
        _isRegnal(words.map((word) => [word])) && forms.some((form) => sameGivenSound(words[0] ?? '', form)),
    ),
  );
  const [first, second] = [...named].sort((a, b) => _mentions(b) - _mentions(a));
  if (!first || _mentions(first) < KNOWN) return null;
  return second && _mentions(first) < DOMINANT * _mentions(second) ? null : first;
}

function _isRegnal(words: readonly (readonly string[])[]): boolean {
  // folded names are lower case: "iii" of "Charles III"
  return words.length === 2 && isRegnalNumber((words[1]?.[0] ?? '').toUpperCase());
}

function _create(local: LocalEntity, registry: EntityRegistry): EntityRecord {
  const base = local.ref ? local.ref.toLowerCase() : `${_prefix(local.type)}:${_slug(local.name)}`;
  let id = base;
  for (let n = 2; registry.has(id); n++) id = `${base}-${n}`;
  return { id, type: local.type, name: local.label ?? local.name, ref: local.ref, keys: [], variants: [] };
}

function _extend(
  record: EntityRecord,
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  lang: string | null,
): EntityRecord {
  const variants = record.variants.map((variant) => ({ ...variant }));
  for (const [name, mentions] of counts) {
    const known = variants.find((variant) => variant.name === name && variant.lang === lang);
    if (known) known.mentions += mentions;
    else variants.push({ name, lang, mentions });
  }
  const merged = { ...record, keys: [...new Set([...record.keys, ...keys])], variants };
  return { ...merged, name: record.ref ? record.name : _canonical(merged) };
}

/** One short word in capitals is an acronym ("NATO", "ISRO"), not a name shouted by a dateline. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * The most used full name in Latin script, English usage counting extra; a surname alone only without
 * one; a name written in capitals (a dateline's "KERROW POINT") only when there is no other.
 */
function _canonical(record: EntityRecord): string {
  let best = record.name;
  let score = -1;
  for (const variant of record.variants) {
    const full = variant.name.split(' ').length > 1 ? 2 : 0;
    const latin = isLatin(variant.name) ? 1 : 0;
    const shouted = variant.name === variant.name.toLocaleUpperCase() && !ACRONYM.test(variant.name);
    const cased = shouted ? 0 : 4;
    const usage = variant.mentions * (variant.lang === 'en' ? 1.5 : 1);
    const value = (cased + full + latin) * 1e6 + usage;
    if (value > score) {
      best = variant.name;
      score = value;
    }
  }
  return best;
}

function _names(record: EntityRecord): string[][] {
  return record.variants.map((variant) => foldName(variant.name).split(' '));
}

function _fullNames(record: EntityRecord): { words: string[]; latin: boolean }[] {
  return record.variants
    .map((variant) => ({ words: foldName(variant.name).split(' '), latin: isLatin(variant.name) }))
    .filter(({ words }) => words.length > 1);
}

function _sameWords(words: readonly string[], forms: readonly string[][]): boolean {
  return words.length === forms.length && words.every((word, i) => _anySame([word], forms[i] ?? []));
}

/**
 * Same surname and a compatible given name: the same spelling or phonetic code ("Jewgeni",
 * "Ievgen"), an initial, or any given name across scripts ("Джо" and "Joe" transliterate
 * apart); a list written surname first ("Utkin Dmitriy") counts too. A monarch's regnal number
 * ties the given name's renderings in other languages ("Charles III", "Karl III.", "Carlos III").
 */
function _samePerson(words: readonly string[], forms: readonly string[][], scripts: boolean): boolean {
  if (words.length < 2 || forms.length < 2) return false;
  const regnal = _isRegnal(words.map((word) => [word]));
  const given = (first: string, candidates: readonly string[], anyAcrossScripts = true) =>
    (scripts && anyAcrossScripts) ||
    (regnal && candidates.some((form) => sameGivenAcrossLanguages(first, form))) ||
    candidates.some(
      (form) =>
        sameWord(first, form) ||
        phoneticWord(first) === phoneticWord(form) ||
        (first.length === 1 && form.startsWith(first)) ||
        (form.length === 1 && first.startsWith(form)),
    );
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  const straight = _anySameSurname([last], forms[forms.length - 1] ?? []) && given(first, forms[0] ?? []);
  const reversed =
    words.length === 2 &&
    forms.length === 2 &&
    _anySame([first], forms[1] ?? []) &&
    given(last, forms[0] ?? [], false);
  return straight || reversed;
}

function _anySame(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameWord(x, y)));
}

function _anySameSurname(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameSurname(x, y)));
}

function _mentions(record: EntityRecord): number {
  return record.variants.reduce((sum, variant) => sum + variant.mentions, 0);
}

function _mostMentioned(records: readonly EntityRecord[]): EntityRecord {
  return records.reduce((a, b) => (_mentions(b) > _mentions(a) ? b : a));
}

function _prefix(type: EntityType): string {
  return type === 'organization' ? 'org' : type;
}

function _slug(name: string): string {
  return foldName(name).replace(/ /g, '-') || 'unnamed';
}
