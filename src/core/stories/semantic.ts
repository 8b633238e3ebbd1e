/**
 * Sentence embeddings as story features: random-hyperplane hashing turns a vector into band keys
 * ("v:3:10110010") that articles with close vectors share, so an embedder adds evidence to the same
 * similarity as entities and numbers instead of replacing it: the share of an article's bands a
 * story has adds to their lexical similarity, and a model that sees two texts apart takes nothing away.
 */

/** Bands per vector and bits per band: vectors at cosine 0.9 share about a third of the bands, at 0.5 one in 25. */
const BANDS = 16;
const BITS = 8;
/**
 * What all of an article's bands found in a story add to its similarity: near-paraphrases (a third of
 * the bands) add about 0.15, enough to join on their own at the default threshold; unrelated texts
 * (one band in 25) add 0.02. Unmeasured on a real multilingual model: none can be downloaded here.
 */
const SEMANTIC_WEIGHT = 0.5;

const planes = new Map<number, Float32Array[]>();

/** Whether a feature key is a band of an embedding. */
export function isSemanticKey(key: string): boolean {
  return key.startsWith('v:');
}

/** The share of the article's (or story's) bands that the story carries, times SEMANTIC_WEIGHT; 0 without bands. */
export function semanticAgreement(
  vector: ReadonlyMap<string, number>,
  features: Readonly<Record<string, number>>,
): number {
  let bands = 0;
  let shared = 0;
  for (const key of vector.keys()) {
    if (!isSemanticKey(key)) continue;
    bands++;
    if ((features[key] ?? 0) > 0) shared++;
  }
  return bands === 0 ? 0 : (SEMANTIC_WEIGHT * shared) / bands;
}

/** The band keys of an L2-normalised embedding. */
export function semanticFeatures(vector: Float32Array): string[] {
  const hyperplanes = _planes(vector.length);
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let bits = '';
    for (let bit = 0; bit < BITS; bit++) {
      const plane = hyperplanes[band * BITS + bit] as Float32Array;
      let dot = 0;
      for (let i = 0; i < vector.length; i++) dot += (vector[i] as number) * (plane[i] as number);
      bits += dot >= 0 ? '1' : '0';
    }
    keys.push(`v:${band}:${bits}`);
  }
  return keys;
}

/** Hyperplanes drawn from a fixed seed, so every process hashes one vector to the same keys. */
function _planes(dimensions: number): Float32Array[] {
  let found = planes.get(dimensions);
  if (!found) {
    const next = _random(dimensions);
    found = Array.from({ length: BANDS * BITS }, () => {
      const plane = new Float32Array(dimensions);
      for (let i = 0; i < dimensions; i++) plane[i] = _gaussian(next);
      return plane;
    });
    planes.set(dimensions, found);
  }
  return found;
}

function _random(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) + 0.5) / 4294967296;
  };
}

function _gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
}
