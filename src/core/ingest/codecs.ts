/** Encoding used when bytes are not valid UTF-8 and nothing usable is declared or sniffed. */
export const FALLBACK_ENCODING = 'windows-1252';

const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

/** A cached decoder: creating one per JSONL line would cost more than decoding the line. */
function decoder(encoding: string, fatal: boolean): InstanceType<typeof TextDecoder> {
  const key = `${encoding}:${fatal}`;
  let found = decoders.get(key);
  if (!found) {
    found = new TextDecoder(encoding, { fatal });
    decoders.set(key, found);
  }
  return found;
}

/** Decode bytes; `fatal` throws on invalid sequences instead of writing U+FFFD. */
export function decodeWith(encoding: string, fatal: boolean, bytes: Uint8Array): string {
  const text = decoder(encoding, fatal).decode(bytes);
  return encoding === FALLBACK_ENCODING ? text.replace(/[\u0080-\u009f]/gu, toWindows1252) : text;
}

/** Bytes read as windows-1252 (every byte maps to one character). */
export function windows1252(bytes: Uint8Array): string {
  return decodeWith(FALLBACK_ENCODING, false, bytes);
}

/** Windows-1252 bytes 0x80-0x9F, which Node >= 20.18.3 decodes as Latin-1 (nodejs/node#60888). */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function toWindows1252(c1: string): string {
  return WINDOWS_1252_C1.charAt(c1.charCodeAt(0) - 0x80);
}

/** Valid multi-byte UTF-8 sequences and invalid bytes: mostly valid sequences mean UTF-8 with strays. */
export function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const size = sequenceLength(bytes, i);
    if (size > 0) valid++;
    else invalid++;
    i += Math.max(size, 1);
  }
  return { valid, invalid };
}

/** UTF-8 whose invalid bytes are read as windows-1252: a UTF-8 page with a pasted Latin-1 fragment. */
export function decodeMixedUtf8(bytes: Uint8Array): string {
  const utf8 = decoder('utf-8', false);
  let out = '';
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const size = sequenceLength(bytes, i);
    if (size > 0) {
      i += size;
      continue;
    }
    out += utf8.decode(bytes.subarray(start, i)) + windows1252(bytes.subarray(i, i + 1));
    i++;
    start = i;
  }
  return out + utf8.decode(bytes.subarray(start));
}

/** Offset of the first byte that starts an invalid or truncated UTF-8 sequence (the length when none). */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const size = sequenceLength(bytes, i);
    if (size === 0) return i;
    i += size;
  }
  return i;
}

/** Length of the valid UTF-8 sequence starting at a non-ASCII byte, or 0 (no overlongs, no surrogates). */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const [size, lo, hi] = leadRange(bytes[at] as number);
  for (let k = 1; k < size; k++) {
    const next = bytes[at + k];
    const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (next === undefined || next < min || next > max) return 0;
  }
  return size;
}

/** Sequence size and allowed range of the second byte for a lead byte. */
function leadRange(c: number): [number, number, number] {
  if (c >= 0xc2 && c <= 0xdf) return [2, 0x80, 0xbf];
  if (c === 0xe0) return [3, 0xa0, 0xbf];
  if (c === 0xed) return [3, 0x80, 0x9f];
  if (c >= 0xe1 && c <= 0xef) return [3, 0x80, 0xbf];
  if (c === 0xf0) return [4, 0x90, 0xbf];
  if (c === 0xf4) return [4, 0x80, 0x8f];
  if (c >= 0xf1 && c <= 0xf3) return [4, 0x80, 0xbf];
  return [0, 0, 0];
}
