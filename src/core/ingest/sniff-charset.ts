import { decodeWith, FALLBACK_ENCODING } from './codecs.js';

/** Legacy encodings of pages in a language, first most common (after WHATWG's locale defaults). */
const BY_LANGUAGE: Record<string, readonly string[]> = {
  ar: ['windows-1256'],
  fa: ['windows-1256'],
  be: ['windows-1251', 'koi8-r'],
  bg: ['windows-1251'],
  kk: ['windows-1251'],
  mk: ['windows-1251'],
  ru: ['windows-1251', 'koi8-r'],
  sr: ['windows-1251', 'windows-1250'],
  uk: ['windows-1251', 'koi8-u'],
  bs: ['windows-1250', 'iso-8859-2'],
  cs: ['windows-1250', 'iso-8859-2'],
  hr: ['windows-1250', 'iso-8859-2'],
  hu: ['iso-8859-2', 'windows-1250'],
  pl: ['iso-8859-2', 'windows-1250'],
  ro: ['windows-1250', 'iso-8859-2'],
  sk: ['windows-1250', 'iso-8859-2'],
  sl: ['windows-1250', 'iso-8859-2'],
  el: ['windows-1253', 'iso-8859-7'],
  he: ['windows-1255'],
  iw: ['windows-1255'],
  et: ['windows-1257'],
  lt: ['windows-1257'],
  lv: ['windows-1257'],
  tr: ['windows-1254'],
  th: ['windows-874'],
  vi: ['windows-1258'],
  ja: ['shift_jis', 'euc-jp', 'iso-2022-jp'],
  ko: ['euc-kr'],
  zh: ['gbk', 'big5'],
  'zh-tw': ['big5', 'gbk'],
  'zh-hk': ['big5', 'gbk'],
};
/** Tried when the page names no language: Western, Central European and Cyrillic single-byte encodings. */
const DEFAULT_CANDIDATES = [FALLBACK_ENCODING, 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r'];
/** Quotes, dashes and unit signs that touch words in Western text: as much evidence as a letter would be. */
const TYPOGRAPHY = /[«»‹›„“”‘’‚–—…·²³°€£©®™§¿¡]/u;
/** Lead of the first candidate over the others: a fixed part plus a share of the non-ASCII bytes. */
const MARGIN = 2;
const MARGIN_SHARE = 0.05;
/** Enough text to tell encodings apart; sniffing never reads more. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * The legacy encoding that reads non-UTF-8 bytes most plausibly: the page language's encodings first, then
 * windows-1252, Central European and Cyrillic ones; a tie goes to the earlier candidate.
 * @example sniffLegacyEncoding(polishBytes, 'pl') // 'iso-8859-2'
 */
export function sniffLegacyEncoding(bytes: Uint8Array, lang?: string): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const tag = lang?.toLowerCase().replace('_', '-');
  const preferred = tag ? (BY_LANGUAGE[tag] ?? BY_LANGUAGE[tag.split('-')[0] ?? ''] ?? []) : [];
  const [first = FALLBACK_ENCODING, ...others] = new Set([...preferred, ...DEFAULT_CANDIDATES]);
  // the first candidate wins unless another reads clearly better: Spanish "¿Qué" must not turn Polish "żQué"
  let best = first;
  let bestScore = plausibility(decodeWith(first, false, sample)) + MARGIN + MARGIN_SHARE * highBytes(sample);
  for (const encoding of others) {
    const score = plausibility(decodeWith(encoding, false, sample));
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

function highBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte >= 0x80) count++;
  return count;
}

/**
 * How much decoded text looks like writing: +1 per non-ASCII letter in a word and per quote, dash or unit sign
 * touching a word; −2 per replacement or C1 control
 * character; −3 per symbol, digit or inverted mark between two letters ("mo¿e"), per letter of another script glued to an ASCII
 * letter ("Mьller"), and per accented Latin letter in a run of three or more ("Ìîñêâà"); −2 per capital
 * after a small letter ("мОСКВА", "żQué").
 */
function plausibility(decoded: string): number {
  const text = withoutScripts(decoded);
  let score = 0;
  let latinRun = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      latinRun = 0;
      continue;
    }
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (code === 0xfffd || code <= 0x9f) {
      score -= 2;
    } else if (/\p{L}/u.test(char)) {
      // a letter standing alone ("© 2024" read as "Š 2024") is no evidence either way
      if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) score += 1;
      const latin = /\p{Script=Latin}/u.test(char);
      latinRun = latin ? latinRun + 1 : 0;
      if (latinRun >= 3) score -= 3;
      if (!latin && (isAsciiLetter(before) || isAsciiLetter(after))) score -= 3;
      if (/\p{Lu}/u.test(char) && /\p{Ll}/u.test(before)) score -= 2;
      if (/\p{Ll}/u.test(char) && /^[A-Z]$/u.test(after)) score -= 2;
    } else if (/[\p{S}\p{N}¿¡]/u.test(char) && /\p{L}/u.test(before) && /\p{L}/u.test(after)) {
      score -= 3;
    } else if (TYPOGRAPHY.test(char) && (/\p{L}/u.test(before) || /\p{L}/u.test(after))) {
      score += 1;
    }
    if (!/\p{L}/u.test(char)) latinRun = 0;
  }
  return score;
}

/** Opening tags of elements whose text is not writing (group 1 set for a script), and their closing tags. */
const HIDDEN_OPEN = /<(?:(script)|style)\b/giu;
const SCRIPT_CLOSE = /<\/script\s*>/giu;
const STYLE_CLOSE = /<\/style\s*>/giu;

/**
 * The text with `<script>` and `<style>` elements (obfuscated strings, not writing) replaced by a space; one
 * left open runs to the end. Linear: every search starts where the previous one stopped.
 */
function withoutScripts(text: string): string {
  let out = '';
  let from = 0;
  HIDDEN_OPEN.lastIndex = 0;
  for (let open = HIDDEN_OPEN.exec(text); open; open = HIDDEN_OPEN.exec(text)) {
    out += `${text.slice(from, open.index)} `;
    const close = open[1] ? SCRIPT_CLOSE : STYLE_CLOSE;
    const tagEnd = text.indexOf('>', HIDDEN_OPEN.lastIndex);
    close.lastIndex = tagEnd + 1;
    if (tagEnd < 0 || !close.exec(text)) return out;
    from = close.lastIndex;
    HIDDEN_OPEN.lastIndex = from;
  }
  return out + text.slice(from);
}

function isAsciiLetter(char: string): boolean {
  return /^[A-Za-z]$/u.test(char);
}
