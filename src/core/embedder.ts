/**
 * The port for an optional neural sentence embedder. The engine works without one: a missing embedder means
 * lexical evidence only, and an embedder's similarity adds to that evidence, it never replaces it.
 */
export interface Embedder {
  /** Model identity, for caching: the same id means the same model and settings, so the same vectors. */
  readonly id: string;
  /** Length of every vector that `embed` returns. */
  readonly dimensions: number;
  /** One L2-normalised vector per text, in input order. An empty input gives an empty output. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Frees the model. `embed` fails after it; calling `close` twice is harmless. */
  close(): Promise<void>;
}

/**
 * Cosine similarity in [-1, 1]. For the L2-normalised vectors an `Embedder` returns this is their dot product;
 * it still divides by the norms so that it is right for any vectors. A zero vector has similarity 0 to anything.
 */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) {
    throw new RangeError(`cosine: vectors differ in length (${a.length} vs ${b.length})`);
  }
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return 0;
  const value = dot / Math.sqrt(normA * normB);
  // Rounding can push identical vectors a hair past 1.
  return Math.max(-1, Math.min(1, value));
}
