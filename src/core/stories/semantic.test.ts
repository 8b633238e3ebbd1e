import { describe, expect, test } from 'vitest';
import { semanticAgreement, semanticFeatures } from './semantic.js';

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

describe('semanticAgreement', () => {
  const bands = (v: Float32Array) => new Map(semanticFeatures(v).map((key): [string, number] => [key, 1]));
  const story = (v: Float32Array) => Object.fromEntries([...bands(v), ['e:person:lena-brandvik', 2]]);

  test('adds half the share of the article’s bands the story carries: 0.5 for the same text', () => {
    expect(semanticAgreement(bands(vector(0.3)), story(vector(0.3)))).toBe(0.5);
  });

  test('adds nothing when the model sees the texts apart, or when there is no model', () => {
    expect(semanticAgreement(bands(vector(0, 0, 1)), story(vector(0, 2, 3)))).toBeLessThanOrEqual(0.07);
    expect(semanticAgreement(new Map([['e:person:lena-brandvik', 1]]), story(vector(0.3)))).toBe(0);
  });
});
