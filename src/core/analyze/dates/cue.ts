/**
 * A regex that matches a text exactly when the vocabulary's cue does, for `test`: a lookahead for
 * the letters its matches can start with, then its words grouped by first letter. V8 stops
 * optimising regexes once a process has compiled about 1 MB of them (the cleaning rules alone do),
 * and an unoptimised alternation tries every word at every position. Cues it cannot read are
 * returned unchanged.
 */
export function quickCue(cue: RegExp): RegExp {
  let quick = cache.get(cue);
  if (!quick) {
    const { source, flags } = cue;
    const initials = _initials(source, 0, source.length);
    quick = initials ? new RegExp(`(?=[${_escape(initials)}])(?:${_grouped(source)})`, flags) : cue;
    cache.set(cue, quick);
  }
  return quick;
}

/** The top-level alternatives, those starting with the same letter as one ("j(?:anuary|une)"). */
function _grouped(source: string): string {
  // reordering would renumber capture groups
  if (CAPTURES.test(source)) return source;
  const byLetter = new Map<string, string[]>();
  const rest: string[] = [];
  for (const [start, end] of _alternatives(source, 0, source.length)) {
    const first = source.charAt(start);
    const plain = /^\p{L}$/u.test(first) && !/^[?*+{]/u.test(source.charAt(start + 1));
    if (!plain) rest.push(source.slice(start, end));
    else byLetter.set(first, [...(byLetter.get(first) ?? []), source.slice(start + 1, end)]);
  }
  const groups = [...byLetter].map(([letter, tails]) => `${letter}(?:${tails.join('|')})`);
  return [...groups, ...rest].join('|');
}

const cache = new WeakMap<RegExp, RegExp>();
const QUANTIFIED = /^(?:[?*]|\{0[,}])/u;
const CAPTURES = /\((?!\?)|\(\?<(?![=!])|\\[1-9k]/u;
const CLASS_CHARS = /^\[([^\\\]^-]+)\]/u;

/** The characters every match of source[from, to) starts with, or null when unsure. */
function _initials(source: string, from: number, to: number): string | null {
  let out = '';
  for (const [start, end] of _alternatives(source, from, to)) {
    let at = start;
    while (source.startsWith('(?=', at) || source.startsWith('(?!', at) || source.startsWith('(?<', at)) {
      if (source.startsWith('(?<', at) && !/^\(\?<[=!]/u.test(source.slice(at, at + 4))) return null;
      at = _closing(source, at) + 1;
    }
    if (at >= end) return null;
    const char = source.charAt(at);
    let first: string | null = null;
    let next = at + 1;
    if (char === '(') {
      next = _closing(source, at) + 1;
      const inner = source.startsWith('(?:', at) ? at + 3 : at + 1;
      if (source.startsWith('(?', at) && inner === at + 1) return null;
      first = _initials(source, inner, next - 1);
    } else if (char === '[') {
      const members = CLASS_CHARS.exec(source.slice(at));
      first = members?.[1] ?? null;
      next = at + (members?.[0].length ?? 0);
    } else if (char === '\\') {
      first = source.charAt(at + 1) === 'd' ? '0123456789' : null;
      next = at + 2;
    } else if (!/[.^$|)*+?{}\uD800-\uDFFF]/u.test(char)) {
      first = char;
    }
    if (first === null || QUANTIFIED.test(source.slice(next, next + 3))) return null;
    out += first;
  }
  return out === '' ? null : [...new Set(out)].join('');
}

/** The top-level alternatives of source[from, to) as [start, end) pairs. */
function _alternatives(source: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let at = from; at < to; at++) {
    const char = source.charAt(at);
    if (char === '\\') at++;
    else if (char === '[') at = _classEnd(source, at);
    else if (char === '(') at = _closing(source, at);
    else if (char === '|') {
      out.push([start, at]);
      start = at + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** Index of the parenthesis closing the group opened at `open`. */
function _closing(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const char = source.charAt(at);
    if (char === '\\') at++;
    else if (char === '[') at = _classEnd(source, at);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
  }
  return source.length;
}

function _classEnd(source: string, open: number): number {
  for (let at = open + 1; at < source.length; at++) {
    if (source.charAt(at) === '\\') at++;
    else if (source.charAt(at) === ']') return at;
  }
  return source.length;
}

function _escape(chars: string): string {
  return chars.replace(/[\\\]^-]/gu, '\\$&');
}
