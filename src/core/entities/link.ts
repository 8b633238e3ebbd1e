import type { EntityMention, EntityRecord, EntityType } from '../types.js';
import type { LocalEntity } from './local.js';
import { foldName, isLatin, phoneticWord, sameWord } from './names.js';

/** The entity records the linker can see: those found by key in the archive, and those it made. */
export interface EntityRegistry {
  byKeys(keys: readonly string[]): EntityRecord[];
  has(id: string): boolean;
  put(record: EntityRecord): void;
}

/** One surname record wins over the others when it has this many times their mentions. */
const DOMINANT = 3;

/** Blocking keys of an article's entity: its gazetteer reference, else phonetic keys of its name. */
export function entityKeys(local: LocalEntity): string[] {
  if (local.ref) return [`ref:${local.ref}`];
  const keys = [`${local.type}:${local.words.map((forms) => phoneticWord(forms[0] ?? '')).join(' ')}`];
  if (local.type === 'person') {
    for (const form of local.words[local.words.length - 1] ?? []) keys.push(`surname:${phoneticWord(form)}`);
  }
  return [...new Set(keys)];
}

/**
 * Links an article's entities to entity records, creating or extending records in the registry,
 * and returns the mentions with their entity ids. A surname alone joins a person only when one
 * person with that surname dominates; full names must agree on every word, so two people who
 * share a surname stay apart.
 */
export function linkEntities(
  mentions: readonly EntityMention[],
  locals: readonly LocalEntity[],
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
    registry.put(_extend(record, local, keys, counts, lang));
    return record.id;
  });
  return mentions.map((mention) => ({ ...mention, entity: ids[mention.local] ?? null }));
}

function _match(local: LocalEntity, candidates: readonly EntityRecord[]): EntityRecord | null {
  if (local.ref) return candidates.find((record) => record.ref === local.ref) ?? null;
  const fitting = candidates.filter((record) => record.type === local.type && record.ref === null);
  if (local.type !== 'person') {
    return fitting.find((record) => _names(record).some((words) => _sameWords(words, local.words))) ?? null;
  }
  const full = fitting.filter((record) =>
    _fullNames(record).some((words) => _samePerson(words, local.words)),
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
  if (!first) return null;
  if (!second || _mentions(first) >= DOMINANT * _mentions(second)) return first;
  return ranked.find((record) => _fullNames(record).length === 0) ?? null;
}

function _create(local: LocalEntity, registry: EntityRegistry): EntityRecord {
  const base = local.ref ? local.ref.toLowerCase() : `${_prefix(local.type)}:${_slug(local.name)}`;
  let id = base;
  for (let n = 2; registry.has(id); n++) id = `${base}-${n}`;
  return { id, type: local.type, name: local.label ?? local.name, ref: local.ref, keys: [], variants: [] };
}

function _extend(
  record: EntityRecord,
  local: LocalEntity,
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
  return { ...merged, name: local.ref ? record.name : _canonical(merged) };
}

/** The most used full form, preferring names in Latin script and English usage. */
function _canonical(record: EntityRecord): string {
  let best = record.name;
  let score = -1;
  for (const variant of record.variants) {
    const words = variant.name.split(' ').length;
    const value =
      variant.mentions *
      (words > 1 ? 3 : 1) *
      (isLatin(variant.name) ? 1 : 0.1) *
      (variant.lang === 'en' ? 1.5 : 1);
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

function _fullNames(record: EntityRecord): string[][] {
  return _names(record).filter((words) => words.length > 1);
}

function _sameWords(words: readonly string[], forms: readonly string[][]): boolean {
  return words.length === forms.length && words.every((word, i) => _anySame([word], forms[i] ?? []));
}

/** Same surname and same given name (or its initial). */
function _samePerson(words: readonly string[], forms: readonly string[][]): boolean {
  if (words.length < 2 || forms.length < 2) return false;
  const surname = _anySame([words[words.length - 1] ?? ''], forms[forms.length - 1] ?? []);
  const first = words[0] ?? '';
  const given = (forms[0] ?? []).some(
    (form) =>
      sameWord(first, form) ||
      (first.length === 1 && form.startsWith(first)) ||
      (form.length === 1 && first.startsWith(form)),
  );
  return surname && given;
}

function _anySame(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameWord(x, y)));
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
