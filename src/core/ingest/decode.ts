import { type Issue, issue, type Origin } from '../issues.js';
import {
  decodeMixedUtf8,
  decodeWith,
  FALLBACK_ENCODING,
  invalidUtf8Offset,
  utf8Stats,
  windows1252,
} from './codecs.js';
import { sniffLegacyEncoding } from './sniff-charset.js';

export { FALLBACK_ENCODING } from './codecs.js';

export interface DecodeHint {
  /** Charset declared for the bytes: by the transport (HTTP Content-Type), else by the page itself. */
  declaredCharset?: string;
  /** The page's own declaration (`<meta charset>`), tried when the transport's charset cannot read the bytes. */
  pageCharset?: string;
  /** Language the page declares (`<html lang>`): its legacy encodings are tried first when sniffing. */
  lang?: string;
  /** Only UTF-8 is acceptable (JSON): invalid bytes are an `invalid_encoding` error, never a fallback. */
  utf8Only?: boolean;
}

/** Decoded text and the encoding used, or the error issue that stopped decoding. Warnings ride along. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; issues: Issue[] }
  | { ok: false; issues: Issue[] };

const SNIFF_BYTES = 8192;
const CONTROL_RATIO = 0.1;
/** A declared multi-byte charset is kept, with replacements, while at most this share of its characters fail. */
const MAX_REPLACED_RATIO = 0.01;

/**
 * Decode the bytes of one input unit: a UTF-16 BOM, then valid UTF-8, then the declared charsets (transport,
 * then page), then a sniffed legacy encoding (windows-1252 unless the bytes read better otherwise).
 * Bytes that are mostly UTF-8 keep UTF-8, their few invalid bytes read as windows-1252.
 * @example decodeBytes(bytes, { path: 'a.html' }, htmlDecodeHint(bytes, 'iso-8859-1'))
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
      if (hint.declaredCharset && resolveLabel(hint.declaredCharset) === undefined) {
        issues.push(
          issue('encoding_fallback', 'warning', origin, { encoding, declared: hint.declaredCharset }),
        );
      }
    } else if (hint.utf8Only) {
      return fail('invalid_encoding', { encoding: 'utf-8', reason: describeInvalidUtf8(bytes) });
    } else {
      ({ encoding, text } = decodeLegacy(bytes, origin, hint, bom !== undefined, issues));
    }
  }
  if (!/\S/u.test(text)) return fail('empty_input');
  return { ok: true, text, encoding, issues };
}

/**
 * How to decode an HTML page: the transport's charset (a WARC response's Content-Type) wins over the page's
 * `<meta charset>`, which is kept as the second choice; the page's `lang` guides sniffing.
 */
export function htmlDecodeHint(bytes: Uint8Array, transportCharset?: string): DecodeHint {
  const page = sniffHtmlCharset(bytes);
  const lang = sniffHtmlLang(bytes);
  const declared = transportCharset ?? page;
  return {
    ...(declared ? { declaredCharset: declared } : {}),
    ...(transportCharset && page ? { pageCharset: page } : {}),
    ...(lang ? { lang } : {}),
  };
}

/**
 * The charset parameter of a Content-Type header, or undefined.
 * @example charsetOf('text/html; charset="ISO-8859-2"') // 'ISO-8859-2'
 */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType ?? '')?.[1];
}

/** The charset an HTML page declares in its first 2 KB (`<meta charset>` or `http-equiv` content-type). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = windows1252(bytes.subarray(0, 2048));
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return match?.[1];
}

/** The language an HTML page declares on its root element (`<html lang="pl">`), in its first 4 KB. */
export function sniffHtmlLang(bytes: Uint8Array): string | undefined {
  const head = windows1252(bytes.subarray(0, 4096));
  return /<html\b[^>]*?\blang\s*=\s*["']?\s*([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)\b/iu.exec(head)?.[1];
}

/**
 * Bytes that are not valid UTF-8: a UTF-8 BOM or mostly valid UTF-8 keeps UTF-8 (a page with a stray
 * Latin-1 byte); else the first declared charset that reads them; else the sniffed legacy encoding.
 */
function decodeLegacy(
  bytes: Uint8Array,
  origin: Origin,
  hint: DecodeHint,
  utf8Bom: boolean,
  issues: Issue[],
): { encoding: string; text: string } {
  const stats = utf8Stats(bytes);
  const mixed = (): { encoding: string; text: string } => {
    const reason = describeInvalidUtf8(bytes);
    issues.push(
      issue('invalid_encoding', 'warning', origin, {
        encoding: 'utf-8',
        reason,
        fallback: FALLBACK_ENCODING,
      }),
    );
    return { encoding: 'utf-8', text: decodeMixedUtf8(bytes) };
  };
  if (utf8Bom || stats.valid > stats.invalid) return mixed();
  const declared = [hint.declaredCharset, hint.pageCharset].map((label) => label && resolveLabel(label));
  for (const encoding of new Set(declared)) {
    if (encoding === undefined || encoding === 'utf-8') continue;
    const strict = tryDecode(encoding, bytes);
    if (strict !== null) return { encoding, text: strict };
    const text = decodeWith(encoding, false, bytes);
    if (replacedRatio(text) <= MAX_REPLACED_RATIO) {
      const reason = 'invalid byte sequences replaced';
      issues.push(issue('invalid_encoding', 'warning', origin, { encoding, reason }));
      return { encoding, text };
    }
  }
  const encoding = sniffLegacyEncoding(bytes, hint.lang);
  const params: Record<string, string> = { encoding };
  if (hint.declaredCharset) params.declared = hint.declaredCharset;
  issues.push(issue('encoding_fallback', 'warning', origin, params));
  return { encoding, text: decodeWith(encoding, false, bytes) };
}

/** Share of U+FFFD among the non-ASCII characters of a decoded text. */
function replacedRatio(text: string): number {
  let high = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    high++;
    if (code === 0xfffd) replaced++;
  }
  return high === 0 ? 0 : replaced / high;
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

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return decodeWith(encoding, true, bytes);
  } catch {
    return null;
  }
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
