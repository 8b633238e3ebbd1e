import { type Issue, issue, type Origin } from '../issues.js';

export interface DecodeHint {
  /** Charset declared by the container (HTTP header, `<meta charset>`); BOMs and valid UTF-8 win over it. */
  declaredCharset?: string;
  /** Only UTF-8 is acceptable (JSON): invalid bytes are an `invalid_encoding` error, never a fallback. */
  utf8Only?: boolean;
}

/** Decoded text and the encoding used, or the error issue that stopped decoding. Warnings ride along. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/** Encoding used when bytes are not valid UTF-8 and nothing usable is declared. */
export const FALLBACK_ENCODING = 'windows-1252';
const SNIFF_BYTES = 8192;
const CONTROL_RATIO = 0.1;

/**
 * Decode the bytes of one input unit: BOM, then valid UTF-8, then the declared charset, then windows-1252.
 * @example decodeBytes(bytes, { path: 'a.html' }, { declaredCharset: sniffHtmlCharset(bytes) })
 */
export function decodeBytes(bytes: Uint8Array, origin: Origin, hint: DecodeHint = {}): DecodeResult {
  const issues: Issue[] = [];
  const fail = (
    code: 'empty_input' | 'binary_content' | 'invalid_encoding',
    params?: Record<string, string>,
  ) => ({
    ok: false as const,
    issues: [...issues, issue(code, 'error', origin, params)],
  });
  if (bytes.length === 0) return fail('empty_input');
  const declared = hint.declaredCharset ? resolveLabel(hint.declaredCharset) : undefined;
  const bom = detectBom(bytes);
  let encoding: string;
  let text: string;
  if (bom && bom !== 'utf-8') {
    encoding = bom;
    text = decodeLenient(encoding, bytes, origin, issues);
    if (looksBinary(charCodes(text))) return fail('binary_content');
  } else {
    if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return fail('binary_content');
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) {
      encoding = 'utf-8';
      text = utf8;
    } else if (hint.utf8Only) {
      return fail('invalid_encoding', { encoding: 'utf-8', reason: describeInvalidUtf8(bytes) });
    } else if (bom) {
      encoding = bom;
      text = decodeLenient(encoding, bytes, origin, issues);
    } else if (declared && declared !== 'utf-8') {
      encoding = declared;
      text = decodeLenient(encoding, bytes, origin, issues);
    } else {
      encoding = FALLBACK_ENCODING;
      text = decodeWith(encoding, false, bytes);
      const params: Record<string, string> = { encoding };
      if (hint.declaredCharset) params.declared = hint.declaredCharset;
      issues.push(issue('encoding_fallback', 'warning', origin, params));
    }
    if (hint.declaredCharset && declared === undefined && encoding === 'utf-8') {
      issues.push(
        issue('encoding_fallback', 'warning', origin, { encoding, declared: hint.declaredCharset }),
      );
    }
  }
  if (!/\S/u.test(text)) return fail('empty_input');
  return { ok: true, text, encoding, issues };
}

/** The charset an HTML page declares in its first 2 KB (`<meta charset>` or `http-equiv` content-type). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = decoder(FALLBACK_ENCODING, false).decode(bytes.subarray(0, 2048));
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return match?.[1];
}

function detectBom(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/** The WHATWG name of a charset label, or undefined when the runtime does not know it. */
function resolveLabel(label: string): string | undefined {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // a declaration readable as ASCII cannot be UTF-16: WHATWG reads such pages as UTF-8
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

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

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return decodeWith(encoding, true, bytes);
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, fatal: boolean, bytes: Uint8Array): string {
  const text = decoder(encoding, fatal).decode(bytes);
  return encoding === FALLBACK_ENCODING ? text.replace(/[\u0080-\u009f]/gu, toWindows1252) : text;
}

/** Windows-1252 bytes 0x80-0x9F, which Node >= 20.18.3 decodes as Latin-1 (nodejs/node#60888). */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function toWindows1252(c1: string): string {
  return WINDOWS_1252_C1.charAt(c1.charCodeAt(0) - 0x80);
}

/** Decode with the chosen encoding; invalid sequences become U+FFFD and are reported as a warning. */
function decodeLenient(encoding: string, bytes: Uint8Array, origin: Origin, issues: Issue[]): string {
  const strict = tryDecode(encoding, bytes);
  if (strict !== null) return strict;
  const reason = encoding === 'utf-8' ? describeInvalidUtf8(bytes) : 'invalid byte sequences replaced';
  issues.push(issue('invalid_encoding', 'warning', origin, { encoding, reason }));
  return decodeWith(encoding, false, bytes);
}

/** NUL bytes, or many control characters other than whitespace, mean the input is not text. */
function looksBinary(sample: ArrayLike<number>): boolean {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i] as number;
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || c === 0x7f)
      control++;
  }
  return sample.length > 0 && control / sample.length > CONTROL_RATIO;
}

function charCodes(text: string): number[] {
  const end = Math.min(text.length, SNIFF_BYTES);
  const codes: number[] = [];
  for (let i = 0; i < end; i++) codes.push(text.charCodeAt(i));
  return codes;
}

function describeInvalidUtf8(bytes: Uint8Array): string {
  const at = invalidUtf8Offset(bytes);
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `invalid byte 0x${byte} at offset ${at}`;
}

/** Offset of the first byte that starts an invalid or truncated UTF-8 sequence. */
function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const [size, lo, hi] = leadRange(c);
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += size;
  }
  return i;
}

/** Sequence size and allowed range of the second byte for a lead byte (no overlongs, no surrogates). */
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
