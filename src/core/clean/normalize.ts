const REMOVED_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u00AD\u200B\u2060\uFEFF\u180E]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const SPACE_CHARS = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * Unicode clean-up of scraped text: NFC, line breaks unified to \n, no-break and odd spaces
 * made plain, zero-width, soft-hyphen and control characters dropped, runs of spaces folded,
 * lines trimmed and runs of blank lines folded to one.
 */
export function normalizeText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(REMOVED_CHARS, '')
    .replace(SPACE_CHARS, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Comparison key of a line: case-folded, punctuation and spacing ignored. */
export function lineKey(line: string): string {
  return line
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
