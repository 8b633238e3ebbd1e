import { describe, expect, test } from 'vitest';
import { semanticFeatures } from './semantic.js';

/** A unit vector in 64 dimensions, turned from `base` towards a second axis by `angle` radians. */
function vector(angle: number, base = 0, other = 1): Float32Array {
  const v = new Float32Array(64);
  v[base] = Math.cos(angle);
  v[other] = Math.sin(angle);
  return v;
}

describe('semanticFeatures', () => {
  test('gives 16 band keys, the same for the same vector in every process', () => {
    const keys = semanticFeatures(vector(0.3));
    expect(keys).toHaveLength(16);
    expect(keys.every((key) => /^v:\d+:[01]{8}$/.test(key))).toBe(true);
    expect(semanticFeatures(vector(0.3))).toEqual(keys);
  });

  test('close vectors share many bands, orthogonal ones almost none', () => {
    const shared = (a: Float32Array, b: Float32Array) => {
      const keys = new Set(semanticFeatures(a));
      return semanticFeatures(b).filter((key) => keys.has(key)).length;
    };
    expect(shared(vector(0), vector(0.05))).toBeGreaterThanOrEqual(8);
    expect(shared(vector(0, 0, 1), vector(0, 2, 3))).toBeLessThanOrEqual(2);
  });
});
