import type { DuplicateCandidate } from '../store.js';
import { similarity } from './minhash.js';

export { hashText, shortHash } from './hash.js';
export { bandKeys, MINHASH_SIZE, minhash, similarity } from './minhash.js';

/**
 * Estimated Jaccard of word 3-shingles above which two articles are one text republished:
 * wire copy with a changed word or a dropped sentence stays above it, two reports of one event do not.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

export interface DuplicateMatch {
  /** The first-seen article this one copies (never itself a duplicate). */
  of: string;
  kind: 'exact' | 'near';
  similarity: number;
}

/**
 * Pick the first-seen original among stored candidates: an exact content match wins,
 * else the earliest candidate whose signature is similar enough. Candidates come in ingest order.
 */
export function findDuplicate(
  article: { id: string; contentHash: string; minhash: Uint32Array },
  candidates: readonly DuplicateCandidate[],
): DuplicateMatch | null {
  const others = candidates.filter((c) => c.id !== article.id);
  const exact = others.find((c) => c.contentHash === article.contentHash);
  if (exact) return { of: exact.duplicateOf ?? exact.id, kind: 'exact', similarity: 1 };
  for (const candidate of others) {
    const score = similarity(article.minhash, candidate.minhash);
    if (score >= NEAR_DUPLICATE_THRESHOLD) {
      return { of: candidate.duplicateOf ?? candidate.id, kind: 'near', similarity: score };
    }
  }
  return null;
}
