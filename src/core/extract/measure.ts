import type { Element, Node } from './dom.js';

/** Elements that start a new line of text. */
export const BLOCKS = new Set(
  'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Text figures of one element and everything under it. */
export interface Stats {
  /** Characters of text, each whitespace run counted as one. */
  text: number;
  /** Characters of that text inside links. */
  linkText: number;
  /** Commas (Latin, Arabic, CJK): prose has them, menus do not. */
  commas: number;
  /** Whether any descendant is a block element. */
  hasBlock: boolean;
  /** Descendant `<p>` elements, `<img>` elements, `<li>` elements, form controls and headings. */
  p: number;
  img: number;
  li: number;
  inputs: number;
  headingText: number;
  /** Text of the link-poor paragraph-like blocks (at least 40 characters) inside: the prose. */
  prose: number;
}

/** Paragraph-like elements; a text holder without block children counts as one too. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li', 'dd', 'td', 'th']);
export const TEXT_HOLDERS = new Set([
  'div',
  'section',
  'article',
  'span',
  'font',
  'center',
  'li',
  'dd',
  'main',
]);
const MIN_PROSE = 40;
const MAX_PROSE_LINKS = 0.3;

export type StatsMap = Map<Element, Stats>;

/** Measure every element under `root` bottom-up (recursion depth is bounded by the parser). */
export function measure(root: Element): StatsMap {
  const map: StatsMap = new Map();
  visit(root, false, map);
  return map;
}

function visit(element: Element, inLink: boolean, map: StatsMap): Stats {
  const link = inLink || element.tag === 'a';
  const stats: Stats = {
    text: 0,
    linkText: 0,
    commas: 0,
    hasBlock: false,
    p: 0,
    img: 0,
    li: 0,
    inputs: 0,
    headingText: 0,
    prose: 0,
  };
  for (const child of element.children) {
    if (typeof child === 'string') {
      const [chars, commas] = countText(child);
      stats.text += chars;
      stats.commas += commas;
      if (link) stats.linkText += chars;
      continue;
    }
    const inner = visit(child, link, map);
    stats.text += inner.text;
    stats.linkText += inner.linkText;
    stats.commas += inner.commas;
    stats.p += inner.p + (child.tag === 'p' ? 1 : 0);
    stats.img += inner.img + (child.tag === 'img' ? 1 : 0);
    stats.li += inner.li + (child.tag === 'li' ? 1 : 0);
    stats.inputs += inner.inputs + (child.tag === 'input' || child.tag === 'button' ? 1 : 0);
    stats.headingText += /^h[1-6]$/u.test(child.tag) ? inner.text : inner.headingText;
    stats.hasBlock ||= inner.hasBlock || BLOCKS.has(child.tag);
    stats.prose += inner.prose;
  }
  const paragraph = PARAGRAPH_TAGS.has(element.tag) || (TEXT_HOLDERS.has(element.tag) && !stats.hasBlock);
  if (paragraph && stats.text >= MIN_PROSE && stats.linkText <= stats.text * MAX_PROSE_LINKS)
    stats.prose = stats.text;
  map.set(element, stats);
  return stats;
}

/** Characters (whitespace runs as one) and commas of a text node. */
function countText(text: string): [number, number] {
  let chars = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) chars++;
      space = true;
      continue;
    }
    space = false;
    chars++;
    if (c === 44 || c === 0x060c || c === 0xff0c || c === 0x3001 || c === 0xfe50) commas++;
  }
  return [chars, commas];
}

/** Share of an element's text inside links. */
export function linkDensity(stats: Stats | undefined): number {
  return stats && stats.text > 0 ? stats.linkText / stats.text : 0;
}

/** The direct text of an element (not of its child elements), for quick tests. */
export function ownText(element: Element): string {
  let text = '';
  for (const child of element.children as Node[]) if (typeof child === 'string') text += child;
  return text;
}
