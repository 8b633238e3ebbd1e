import { describe, expect, test } from 'vitest';
import { words } from '../analyze/tokens.js';
import { bandKeys, findDuplicate, hashText, minhash, similarity } from './index.js';

const wire =
  'Rescue teams pulled 212 passengers from the burning ferry Nordlys off the coast of Halvik on Tuesday night. ' +
  'The coast guard said the fire started in the engine room shortly after ten o’clock. ' +
  'Fourteen people died and dozens were treated for smoke inhalation in the town hospital. ' +
  'The ferry operator said it would cooperate fully with the investigation.';
const edited =
  'Rescue teams pulled 212 passengers from the burning ferry Nordlys off the coast of Halvik late on Tuesday. ' +
  'The coast guard said the fire started in the engine room shortly after ten o’clock. ' +
  'Fourteen people died and dozens were treated for smoke inhalation in the town hospital.';
const otherReport =
  'A passenger ferry caught fire near Halvik, and the coast guard evacuated everyone it could reach. ' +
  'Officials have not yet said what caused the blaze, which broke out during the crossing to Skarvik. ' +
  'Hospital staff in Halvik said they had treated several dozen people.';

function candidate(id: string, text: string, duplicateOf: string | null = null) {
  return { id, duplicateOf, contentHash: hashText(words(text).join(' ')), minhash: minhash(words(text)) };
}

describe('near-duplicate detection', () => {
  test('rates a lightly edited wire copy as near-identical and another report of the event as different', () => {
    const base = minhash(words(wire));
    expect(similarity(base, minhash(words(edited)))).toBeGreaterThan(0.6);
    expect(similarity(base, minhash(words(otherReport)))).toBeLessThan(0.2);
  });

  test('links a copy to the first-seen original, following an earlier copy back to its root', () => {
    const stored = [candidate('a', wire), candidate('b', wire, 'a')];
    expect(findDuplicate({ id: 'c', ...pick(candidate('c', edited)) }, stored.slice(1))).toEqual({
      of: 'a',
      kind: 'near',
      similarity: expect.any(Number),
    });
  });

  test('prefers an exact copy and ignores the article itself', () => {
    const stored = [candidate('x', otherReport), candidate('a', wire)];
    expect(findDuplicate({ id: 'a', ...pick(candidate('a', wire)) }, stored)).toBeNull();
    expect(findDuplicate({ id: 'b', ...pick(candidate('b', wire)) }, stored)).toEqual({
      of: 'a',
      kind: 'exact',
      similarity: 1,
    });
  });

  test('gives short texts no signature and no band keys', () => {
    expect(bandKeys(minhash(['two', 'words']))).toEqual([]);
    expect(bandKeys(minhash(words(wire)))).toHaveLength(16);
  });
});

function pick(c: ReturnType<typeof candidate>) {
  return { contentHash: c.contentHash, minhash: c.minhash };
}
