import { segment } from 'sentencex';
import type { Sentence } from '../types.js';

/** Split cleaned text (one paragraph per line) into sentences with offsets into it. */
export function splitSentences(text: string, lang: string, headlineInText: boolean): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const isHeadline = headlineInText && paragraph === 0;
    const parts = isHeadline ? [line] : segment(lang, line);
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
