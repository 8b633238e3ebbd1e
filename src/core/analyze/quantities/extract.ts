import type { QuantityVocabulary } from '../../../languages/quantities/vocabulary.js';
import type { QuantityMention } from '../../types.js';
import { ANCHOR, compile } from './compile.js';
import { isMasked, joinRanges, maskedSpans } from './ranges.js';
import { type Draft, readDigits, readWords } from './read-anchor.js';

const YEARS = new Map([
  ['decade', 10],
  ['century', 100],
]);

/**
 * Numbers and quantities in a text, normalised across languages with the language's vocabulary:
 * money (ISO code), percent, durations, counts with the counted noun, and ordinals.
 * Years standing alone and days of dates are left to the date extractor.
 * @example extractQuantities('£6bn', en)[0] // { value: 6e9, kind: 'money', unit: 'GBP', … }
 */
export function extractQuantities(text: string, vocabulary: QuantityVocabulary): QuantityMention[] {
  const m = compile(vocabulary);
  const masked = maskedSpans(text);
  const drafts: Draft[] = [];
  const anchor = m.anchor;
  anchor.lastIndex = 0;
  for (let match = anchor.exec(text); match; match = anchor.exec(text)) {
    const digits = match[ANCHOR.num] !== undefined;
    if (digits && isMasked(masked, match.index + match[0].length - 1)) continue;
    const draft = digits ? readDigits(text, match, m) : readWords(text, match, m);
    if (draft) {
      drafts.push(draft);
      anchor.lastIndex = Math.max(anchor.lastIndex, draft.end);
    }
  }
  joinRanges(drafts, text, m);
  return drafts.map((draft) => _mention(draft, text));
}

function _mention(draft: Draft, text: string): QuantityMention {
  const { start, end, kind, counted } = draft;
  const years = kind === 'duration' && draft.unit !== null ? YEARS.get(draft.unit) : undefined;
  const factor = draft.scale * (years ?? 1);
  // multiplying by a scale can leave float noise: 0.1 * 3 = 0.30000000000000004
  const value = factor === 1 ? draft.raw : Number((draft.raw * factor).toPrecision(12));
  const unit = years === undefined ? draft.unit : 'year';
  return { start, end, text: text.slice(start, end), value, kind, unit, counted };
}
