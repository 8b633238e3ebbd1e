import { segment } from 'sentencex';
import type { LanguageProfile } from '../../languages/profile.js';
import type { Sentence } from '../types.js';

/** A part that ends in a word, then a number of one or two digits and a dot: "als 31.". */
const ORDINAL_END = /(\p{L}+)\s+\d{1,2}\.\s*$/u;

/** Split cleaned text (one paragraph per line) into sentences with offsets into it. */
export function splitSentences(text: string, profile: LanguageProfile, headlineInText: boolean): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const isHeadline = headlineInText && paragraph === 0;
    const parts = isHeadline ? [line] : joinOrdinals(segment(profile.code, line), profile);
    let cursor = 0;
    for (const part of parts) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      const at = line.indexOf(trimmed, cursor);
      const start = at >= 0 ? at : cursor;
      cursor = start + trimmed.length;
      sentences.push({
        start: offset + start,
        end: offset + start + trimmed.length,
        text: trimmed,
        paragraph,
        headline: isHeadline,
      });
    }
    offset += line.length + 1;
    paragraph++;
  }
  return sentences;
}

/**
 * Where ordinals take a dot, "als 31." and "Mitglied …" are one sentence: a part ending in a short
 * number and a dot after a word that leads an ordinal ("als", "zum") joins the next part.
 */
function joinOrdinals(parts: readonly string[], profile: LanguageProfile): string[] {
  const { ordinalDot, ordinalLeads } = profile.quantities;
  if (!ordinalDot || ordinalLeads.length === 0) return [...parts];
  const joined: string[] = [];
  for (const part of parts) {
    const lead = ORDINAL_END.exec(joined.at(-1) ?? '')?.[1];
    if (lead && ordinalLeads.includes(lead.toLowerCase())) joined[joined.length - 1] += part;
    else joined.push(part);
  }
  return joined;
}
