import type { Draft } from './local.js';

/** Between items of a list: a comma or a conjunction ("Marrakech, Ouarzazate, Azilal et Chichaoua"). */
const LIST_GAP = /^\s*(?:,|;|,?\s*(?:and|et|und|y|e|i|и|і|та|oraz|en|ou|or|oder|o))\s*$/iu;
/** Where common nouns are capitalised, a conjunction also joins a place to a noun ("die USA und Europäer"). */
const COMMA_GAP = /^\s*[,;]\s*$/u;

/** A lone unknown word listed with known places is a place too. */
export function listedPlaces(text: string, drafts: readonly Draft[], capitalizesNouns: boolean): Draft[] {
  const gap = capitalizesNouns ? COMMA_GAP : LIST_GAP;
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const isPlace = (draft: Draft | undefined) =>
    draft !== undefined && !draft.pending && draft.type === 'place';
  return sorted.map((draft, i) => {
    if (!draft.pending) return draft;
    const before = sorted[i - 1];
    const after = sorted[i + 1];
    const listed =
      (isPlace(before) && gap.test(text.slice((before as Draft).end, draft.start))) ||
      (isPlace(after) && gap.test(text.slice(draft.end, (after as Draft).start)));
    return listed ? { ...draft, type: 'place', pending: false } : draft;
  });
}
