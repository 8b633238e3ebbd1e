declare module 'talisman/phonetics/german/cologne.js' {
  /** Kölner Phonetik code of a word ("Selenskij" → "85684"). */
  export default function cologne(word: string): string;
}
declare module 'talisman/metrics/levenshtein.js' {
  export default function levenshtein(a: string, b: string): number;
}
