import { type Element, isElement, removeElement, textOf } from './dom.js';
import { BLOCKS, linkDensity, type StatsMap } from './measure.js';
import { type PagePhrases, PHRASES } from './phrases.js';

export interface CompiledPhrases {
  breaks: Set<string>;
  lines: Set<string>;
  prefixes: RegExp;
  calls: RegExp;
}

const compiled = new Map<string, CompiledPhrases>();
/** A section break in the last part of the content ends the article: everything after it goes. */
const END_SHARE = 0.6;
const MAX_BREAK_CHARS = 60;
const MAX_PREFIXED_CHARS = 300;
const MAX_CALL_CHARS = 400;

/**
 * The phrases of the page's language plus English; of every language when the page declares none. Prefixes
 * (a word and a colon) are taken from every language: declared languages are often wrong, and they are specific.
 */
export function phrasesFor(lang: string | undefined): CompiledPhrases {
  const code = lang?.slice(0, 2).toLowerCase();
  const key = code && code in PHRASES ? code : '*';
  let found = compiled.get(key);
  if (!found) {
    const sets = key === '*' ? Object.values(PHRASES) : [PHRASES[key], PHRASES.en];
    const pick = (kind: keyof PagePhrases) => sets.flatMap((set) => set?.[kind] ?? []);
    const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const prefixes = Object.values(PHRASES).flatMap((set) => set.prefixes);
    found = {
      breaks: new Set(pick('breaks')),
      lines: new Set(pick('lines')),
      prefixes: new RegExp(`^(?:${prefixes.map(escapeRegExp).join('|')})\\s*:`, 'u'),
      calls: new RegExp(`^(?:${pick('calls').map(escapeRegExp).join('|') || '(?!)'})(?:$|[^\\p{L}])`, 'u'),
    };
    compiled.set(key, found);
  }
  return found;
}

/** Lower case, without surrounding punctuation, arrows, bullets and counts ("Kommentare (12)"). */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(\d+\)|\[\d+\]/gu, '')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/gu, ' ');
}

/**
 * Remove boilerplate blocks named by phrases: whole-line furniture, prefixed teaser and credit lines, and
 * section breaks ("Related articles", "Mehr zum Thema") with the link lists or everything that follows them.
 */
export function dropPhraseBlocks(roots: Element[], phrases: CompiledPhrases, stats: StatsMap): void {
  const blocks: Array<{ element: Element; text: string }> = [];
  const collect = (element: Element) => {
    let leaf = true;
    for (const child of element.children) {
      if (isElement(child) && (BLOCKS.has(child.tag) || child.tag === 'br')) leaf = false;
    }
    if (leaf || /^h[1-6]$/u.test(element.tag)) {
      const text = textOf(element);
      if (text) blocks.push({ element, text });
      return;
    }
    for (const child of element.children) if (isElement(child)) collect(child);
  };
  for (const root of roots) collect(root);
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  let seen = 0;
  for (const { element, text } of blocks) {
    seen += text.length;
    if (!element.parent) continue;
    const key = phraseKey(text);
    if (phrases.lines.has(key)) removeElement(element);
    else if (text.length <= MAX_PREFIXED_CHARS && phrases.prefixes.test(text.toLowerCase()))
      removeElement(element);
    else if (text.length <= MAX_BREAK_CHARS && phrases.breaks.has(key)) {
      cutAfter(element, roots, seen / Math.max(1, total) >= END_SHARE, stats);
    } else if (text.length <= MAX_CALL_CHARS && phrases.calls.test(key)) {
      // a call to subscribe or support near the end closes the article; elsewhere it is one stray block
      if (seen / Math.max(1, total) >= END_SHARE) cutAfter(element, roots, true, stats);
      else removeElement(element);
    }
  }
}

/** Remove a section break and what follows it: everything at the end, else the links and short lines after it. */
function cutAfter(element: Element, roots: Element[], atEnd: boolean, stats: StatsMap): void {
  let box = element;
  while (box.parent && !roots.includes(box) && textOf(box.parent) === textOf(box)) box = box.parent;
  const parent = box.parent;
  if (roots.includes(box) || !parent) {
    box.children = [];
    return;
  }
  const siblings = parent.children;
  const at = siblings.indexOf(box);
  removeElement(box);
  while (at < siblings.length) {
    const next = siblings[at];
    if (next === undefined) break;
    if (!atEnd && isElement(next)) {
      const s = stats.get(next);
      const prose = s && s.text >= 100 && linkDensity(s) < 0.3 && next.tag !== 'ul' && next.tag !== 'ol';
      if (prose) break;
    }
    siblings.splice(at, 1);
  }
}
