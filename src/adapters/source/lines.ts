/** One non-blank line of a byte stream, or the length of a line too long to keep. */
export type RawLine =
  | { number: number; bytes: Uint8Array; end: number }
  | { number: number; tooLarge: number; end: number };

/**
 * Split a byte stream on "\n" without decoding it, skipping blank lines; a line longer than
 * maxLineBytes is counted, not kept, so memory stays bounded by one line plus one chunk.
 * `number` is 1-based; `end` is the byte offset just after the line's terminator.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let number = 0;
  let offset = 0;
  const finish = (): RawLine | undefined => {
    number++;
    const line =
      length > maxLineBytes
        ? { number, tooLarge: length, end: offset }
        : nonBlank(join(parts, length), number, offset);
    parts = [];
    length = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const stop = newline < 0 ? chunk.length : newline;
      length += stop - start;
      if (length <= maxLineBytes && stop > start) parts.push(chunk.subarray(start, stop));
      else if (length > maxLineBytes) parts = [];
      offset += stop - start;
      if (newline < 0) break;
      offset++;
      start = newline + 1;
      const line = finish();
      if (line) yield line;
    }
  }
  if (length > 0) {
    const line = finish();
    if (line) yield line;
  }
}

function join(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The line without a trailing "\r", or undefined when it holds only spaces and tabs. */
function nonBlank(bytes: Uint8Array, number: number, end: number): RawLine | undefined {
  let stop = bytes.length;
  if (bytes[stop - 1] === 0x0d) stop--;
  for (let i = 0; i < stop; i++) {
    const c = bytes[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return { number, bytes: bytes.subarray(0, stop), end };
  }
  return undefined;
}
