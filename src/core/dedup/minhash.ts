import { fnv1a } from './hash.js';

/** Signature length and banding: 16 bands of 4 rows find pairs with Jaccard ≥ 0.7 with p > 0.98. */
export const MINHASH_SIZE = 64;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
const SHINGLE = 3;

// permutation k is h -> (A[k] * h + B[k]) mod 2^32 with odd A[k]: cheap, and enough for MinHash estimates
const A = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15) | 1);
const B = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x85ebca6b + i * 0x27d4eb2f));

function mix(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** MinHash signature over word 3-shingles; texts with fewer words than a shingle get an empty signature. */
export function minhash(words: readonly string[]): Uint32Array {
  if (words.length < SHINGLE) return new Uint32Array(0);
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const base = mix(fnv1a(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = (Math.imul(A[k] as number, base) + (B[k] as number)) >>> 0;
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  return signature;
}

/** LSH band keys of a signature; two texts sharing a key are near-duplicate candidates. */
export function bandKeys(signature: Uint32Array): string[] {
  if (signature.length !== MINHASH_SIZE) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (signature[b * ROWS + r] as number), 0x01000193);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== MINHASH_SIZE || b.length !== MINHASH_SIZE) return 0;
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}
