import { endsLikeSentence } from '../core/clean/lines.js';

/** Words above which a line that ends with sentence punctuation reads as a sentence of prose. */
const SENTENCE_WORDS = 8;

let lastLine = '';
let lastResult = false;

/** True when a line reads as a sentence of prose; cached for the last line, since every rule tests the same line in turn. */
export function readsAsSentence(line: string): boolean {
  if (line === lastLine) return lastResult;
  lastLine = line;
  lastResult = endsLikeSentence(line) && countWords(line) > SENTENCE_WORDS;
  return lastResult;
}

/** Guard of label-like rules (menus, buttons, credits, bylines, date lines): they never match a sentence. */
export function notSentence(line: string): boolean {
  return !readsAsSentence(line);
}

function countWords(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) === 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
