const WORD = /([\p{L}\p{N}\p{M}\p{Co}]+)(\*?)/gu;

/**
 * Turn user input into an FTS5 query of quoted words (all required), so no input is read as FTS syntax;
 * a `*` right after a word keeps it a prefix. Returns null when the input has no words.
 */
export function toFtsQuery(input: string): string | null {
  const terms = [...input.matchAll(WORD)].map((match) => `"${match[1]}"${match[2]}`);
  return terms.length === 0 ? null : terms.join(' ');
}
