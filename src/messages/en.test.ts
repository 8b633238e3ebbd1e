import { describe, expect, test } from 'vitest';
import { storyReasonMessage } from './en.js';

describe('storyReasonMessage', () => {
  test('states the similarity against the threshold and the heaviest shared features', () => {
    const shared = { 'd:2024-06-13': 0.4, 'e:org:nato': 1.2, 'e:person:mark-rutte': 3.5, 'q:24:hour': 0.9 };
    expect(storyReasonMessage({ similarity: 0.4213, threshold: 0.1, shared })).toBe(
      'similarity 0.42 ≥ 0.1; shared: e:person:mark-rutte, e:org:nato, q:24:hour, d:2024-06-13',
    );
  });

  test('names the nearest story when an article founded a new one, and leaves out empty fields', () => {
    expect(storyReasonMessage({ similarity: 0.062, threshold: 0.1, nearest: 's-7' })).toBe(
      'similarity 0.06 < 0.1; nearest s-7',
    );
    expect(storyReasonMessage({ similarity: 0, threshold: 0.1, nearest: null })).toBe('similarity 0 < 0.1');
  });

  test('shows at most five shared features, from a list of keys or of { key } objects', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(storyReasonMessage({ shared: keys })).toBe('shared: a, b, c, d, e, +2 more');
    expect(storyReasonMessage({ shared: [{ key: 'e:org:nato', weight: 2 }] })).toBe('shared: e:org:nato');
    expect(storyReasonMessage({ shared: {} })).toBe('shared: none');
  });

  test('writes other fields as name and value, small figures with two significant digits', () => {
    expect(
      storyReasonMessage({ cohesion: 0.0042, rule: 'split-at-gap', gapDays: 9, stories: ['s-1', 's-2'] }),
    ).toBe('cohesion 0.0042; rule split-at-gap; gapDays 9; stories s-1, s-2');
    expect(storyReasonMessage({})).toBe('');
  });
});
