import { cosine } from '../embedder.js';
import type { ClaimLink, ClaimUnit } from './types.js';

/**
 * How much one shared key of each kind says about two units stating the same fact, before rarity:
 * a number or a date pins a fact down; entities name who and where; concepts and words say what
 * happened, but many sentences share them; word starts across languages are the weakest hint.
 */
const KIND_WEIGHT: Record<string, number> = { q: 1.5, d: 1.2, e: 1, c: 0.8, w: 0.6, k: 0.4 };
/** Two units must share at least this many keys: one rare name alone is no fact (a specific value is, below). */
const MIN_SHARED = 2;
/**
 * What the same exact number or date adds, shared with one more key that names something (an entity,
 * a concept or a word; not a cognate start): enough to link at the default threshold whatever else
 * the sentences say ("24 hours" and "24 Stunden" with a shared entity or concept). On eval/claims
 * such pairs state one fact 9 times in 10. A specific value (see isSpecificValue) links alone between
 * units that name something.
 */
const VALUE_ANCHOR = 0.3;
const SPECIFIC_DAY = /^d:\d{4}-\d{2}-\d{2}/;
const SPECIFIC_MIN = 100;
const PERCENT_UNITS = new Set(['percent', 'percentage_point']);
/**
 * Sentence-embedding similarity above which an embedder's vectors add evidence (the excess is added
 * to the lexical score, so a near-paraphrase alone reaches the default threshold). Unmeasured here:
 * no multilingual model can be downloaded on the machines this was built on.
 */
const EMBEDDING_FLOOR = 0.7;

interface Vector {
  unit: ClaimUnit;
  weights: Map<string, number>;
  /** Norms over the keys compared within one language (w:) and across languages (k:), with and without values (q:, d:). */
  norms: Record<'same' | 'cross' | 'sameContext' | 'crossContext', number>;
}

/** Pairs of units that speak of the same thing but give different values for one slot. */
export interface ConflictLink extends ClaimLink {
  slot: string;
}

/**
 * Links between units of different articles whose weighted evidence (rarity within the story times
 * kind weight, cosine) reaches the threshold. Words count within one language, word starts across.
 */
export function linkUnits(
  units: readonly ClaimUnit[],
  threshold: number,
  embeddings?: ReadonlyMap<string, Float32Array>,
): { links: ClaimLink[]; conflicts: ConflictLink[] } {
  const df = new Map<string, number>();
  for (const unit of units) for (const key of unit.features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const vectors = units.map((unit) => vectorOf(unit, df, units.length));
  const links: ClaimLink[] = [];
  const conflicts: ConflictLink[] = [];
  // the keys that make a fact (its subject, its verb) are often the story's most common ones, so
  // candidates come from every key: each unit counts the later units it shares keys with
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const key of vector.weights.keys()) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const sharedKeys = new Int32Array(vectors.length);
  const sharesSpecific = new Uint8Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const a = vectors[i] as Vector;
    const touched: number[] = [];
    for (const key of a.weights.keys()) {
      const specific = isSpecificValue(key);
      for (const j of postings.get(key) as number[]) {
        if (j <= i) continue;
        if (sharedKeys[j] === 0) touched.push(j);
        sharedKeys[j] = (sharedKeys[j] as number) + 1;
        if (specific) sharesSpecific[j] = 1;
      }
    }
    const meanings = embeddings ? similarMeanings(a.unit, vectors, i, embeddings) : NO_MEANINGS;
    for (const j of meanings.keys()) touched.push(j);
    for (const j of new Set(touched)) {
      const keysInCommon = sharedKeys[j] as number;
      const specific = sharesSpecific[j] === 1;
      sharedKeys[j] = 0;
      sharesSpecific[j] = 0;
      const b = vectors[j] as Vector;
      if (a.unit.article === b.unit.article) continue;
      const meaning = meanings.get(j) ?? 0;
      if (keysInCommon < MIN_SHARED && meaning === 0 && !specific) continue;
      const link = compare(a, b, false, meaning);
      if (link && link.score >= threshold) links.push(link);
      const slot = conflictingSlot(a.unit, b.unit);
      // an outlet updating its own figure is not a contradiction between sources
      if (slot === null || keysInCommon < MIN_SHARED || a.unit.source === b.unit.source) continue;
      const context = compare(a, b, true, 0);
      if (context && context.score >= threshold && context.shared.length > MIN_SHARED)
        conflicts.push({ ...context, slot });
    }
  }
  return { links: links.sort(byStrength), conflicts: conflicts.sort(byStrength) };
}

const NO_MEANINGS: ReadonlyMap<number, number> = new Map();

/** Later units whose embedding is close to this one's, with how far above the floor (see embeddingEvidence). */
function similarMeanings(
  unit: ClaimUnit,
  vectors: readonly Vector[],
  index: number,
  embeddings: ReadonlyMap<string, Float32Array>,
): Map<number, number> {
  const close = new Map<number, number>();
  for (let j = index + 1; j < vectors.length; j++) {
    const meaning = embeddingEvidence(unit, (vectors[j] as Vector).unit, embeddings);
    if (meaning > 0) close.set(j, meaning);
  }
  return close;
}

/** How far the two units' embedding similarity rises above the floor (0 without vectors). */
function embeddingEvidence(
  a: ClaimUnit,
  b: ClaimUnit,
  embeddings?: ReadonlyMap<string, Float32Array>,
): number {
  const x = embeddings?.get(a.id);
  const y = embeddings?.get(b.id);
  if (!x || !y) return 0;
  return Math.max(0, cosine(x, y) - EMBEDDING_FLOOR);
}

function byStrength(x: ClaimLink, y: ClaimLink): number {
  return y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
}

/** A slot both units give a value for, with no value in common ("24 hours" against "48 hours"). */
function conflictingSlot(a: ClaimUnit, b: ClaimUnit): string | null {
  for (const { slot } of a.values) {
    const mine = new Set(a.values.filter((v) => v.slot === slot).map((v) => v.value));
    const theirs = b.values.filter((v) => v.slot === slot).map((v) => v.value);
    if (theirs.length > 0 && !theirs.some((value) => mine.has(value))) return slot;
  }
  return null;
}

function vectorOf(unit: ClaimUnit, df: Map<string, number>, total: number): Vector {
  const weights = new Map<string, number>();
  const norms = { same: 0, cross: 0, sameContext: 0, crossContext: 0 };
  for (const [key, count] of unit.features) {
    const kind = key[0] as string;
    const weight =
      (KIND_WEIGHT[kind] ?? 0) * Math.log(1 + total / (df.get(key) ?? 1)) * (1 + Math.log(count));
    weights.set(key, weight);
    const square = weight * weight;
    const value = VALUE_KINDS.has(kind);
    if (kind !== 'k') norms.same += square;
    if (kind !== 'w') norms.cross += square;
    if (kind !== 'k' && !value) norms.sameContext += square;
    if (kind !== 'w' && !value) norms.crossContext += square;
  }
  for (const key of Object.keys(norms) as Array<keyof typeof norms>) norms[key] = Math.sqrt(norms[key]);
  return { unit, weights, norms };
}

function namesSomething(vector: Vector): boolean {
  for (const key of vector.weights.keys()) if (key[0] === 'e' || key[0] === 'c') return true;
  return false;
}

/**
 * A whole day; a fraction of at least 1 ("6.8"); a number of at least 100 that is no bare year
 * ("820", "$2,000"). A whole percentage is not: "100 percent sure".
 */
function isSpecificValue(key: string): boolean {
  if (key.startsWith('d:')) return SPECIFIC_DAY.test(key);
  if (!key.startsWith('q:')) return false;
  const split = key.indexOf(':', 2);
  const value = Number(key.slice(2, split));
  const unit = key.slice(split + 1);
  if (!Number.isFinite(value)) return false;
  if (!Number.isInteger(value)) return Math.abs(value) >= 1;
  const year = unit === '' && value >= 1800 && value <= 2100;
  return !year && !PERCENT_UNITS.has(unit) && Math.abs(value) >= SPECIFIC_MIN;
}

/** Keys that state a value: left out when asking whether two units speak of the same thing. */
const VALUE_KINDS = new Set(['q', 'd']);

function compare(a: Vector, b: Vector, contextOnly: boolean, meaning: number): ClaimLink | null {
  const sameLanguage = a.unit.lang === b.unit.lang;
  const skip = sameLanguage ? 'k' : 'w';
  let dot = 0;
  const shared: Array<[string, number]> = [];
  for (const [key, weight] of a.weights) {
    if (key[0] === skip || (contextOnly && VALUE_KINDS.has(key[0] as string))) continue;
    const other = b.weights.get(key);
    if (other === undefined) continue;
    dot += weight * other;
    shared.push([key, weight * other]);
  }
  // a value alone states a fact only in units that name something ("Photo: 4 April" names nothing)
  const specific = shared.some(([key]) => isSpecificValue(key)) && namesSomething(a) && namesSomething(b);
  if (shared.length < MIN_SHARED && meaning === 0 && !specific) return null;
  const which = `${sameLanguage ? 'same' : 'cross'}${contextOnly ? 'Context' : ''}` as keyof Vector['norms'];
  const norm = a.norms[which] * b.norms[which];
  const lexical = norm === 0 || shared.length < MIN_SHARED ? 0 : dot / norm;
  // a shared value anchors with a second key that names something: a cognate word start is too weak
  const anchored =
    specific ||
    (shared.some(([key]) => VALUE_KINDS.has(key[0] as string)) &&
      shared.some(([key]) => !VALUE_KINDS.has(key[0] as string) && key[0] !== 'k'));
  return {
    a: a.unit.id,
    b: b.unit.id,
    score: lexical + meaning + (anchored ? VALUE_ANCHOR : 0),
    shared: [
      ...shared.sort((x, y) => y[1] - x[1]).map(([key]) => key),
      ...(meaning > 0 ? [`embedding:${(meaning + EMBEDDING_FLOOR).toFixed(2)}`] : []),
    ],
  };
}
