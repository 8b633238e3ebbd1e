import { type Element, textOf } from './dom.js';
import { classWeight, isBodyMarker } from './hints.js';
import { linkDensity, type Stats, type StatsMap, TEXT_HOLDERS } from './measure.js';

/** Elements scored as paragraphs; a `div`/`section` without block children counts as one too. */
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TAG_BASE: Record<string, number> = {
  div: 5,
  article: 8,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
const MIN_PARAGRAPH = 25;
/** A short block repeated this often is a control label ("Rate this image" per slide), not prose. */
const MAX_REPEATS = 3;
const MAX_REPEATED_CHARS = 120;
const ANCESTOR_LEVELS = 5;

export interface Content {
  /** The best-scored container. */
  top: Element;
  score: number;
  /** `top` and the siblings that continue it, in document order. */
  nodes: Element[];
}

/**
 * Choose the main-content container, Readability-style: every paragraph scores (1 + commas + length/100, at
 * most 3 for length) for its parent, half for its grandparent and less further up; containers start from a
 * tag base and their class/id weight, and a schema.org/CMS body marker doubles as a strong hint. The final
 * score is discounted by link density; siblings that continue the winner join it.
 */
export function findContent(body: Element, stats: StatsMap): Content | undefined {
  const scores = new Map<Element, number>();
  const paragraphs: Element[] = [];
  for (const [element, s] of stats) {
    if (s.text < MIN_PARAGRAPH) continue;
    if (!PARAGRAPHS.has(element.tag) && !(TEXT_HOLDERS.has(element.tag) && !s.hasBlock)) continue;
    if (element.tag !== 'p' && element.tag !== 'pre' && linkDensity(s) > 0.5) continue;
    paragraphs.push(element);
  }
  const repeated = repeatedText(paragraphs, stats);
  const init = (element: Element) => {
    let score = scores.get(element);
    if (score === undefined) {
      // a class hint counts in full only for a box with some text: "image-text" on a caption is no article
      const bonus = classWeight(element) + (isBodyMarker(element) ? 40 : 0);
      const text = (stats.get(element)?.text ?? 0) - (repeated.get(element) ?? 0);
      score = (TAG_BASE[element.tag] ?? 0) + (bonus > 0 ? bonus * Math.min(1, text / 500) : bonus);
      scores.set(element, score);
    }
    return score;
  };
  for (const element of paragraphs) {
    const s = stats.get(element) as Stats;
    if (repeated.get(element) === s.text) continue;
    const value = 1 + s.commas + Math.min(Math.floor(s.text / 100), 3);
    let ancestor = element.parent;
    for (let level = 0; ancestor && ancestor !== body.parent && level < ANCESTOR_LEVELS; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, init(ancestor) + value / divider);
      ancestor = ancestor.parent;
    }
  }
  let top: Element | undefined;
  let best = 0;
  const final = new Map<Element, number>();
  for (const [element, score] of scores) {
    const value = score * (1 - linkDensity(stats.get(element)));
    final.set(element, value);
    if (value > best) {
      best = value;
      top = element;
    }
  }
  if (!top) return undefined;
  top = climb(top, body, final, best);
  top = widen(top, body, stats);
  const score = final.get(top) ?? best;
  return { top, score, nodes: withSiblings(top, score, final, stats) };
}

/**
 * Short paragraphs whose text occurs `MAX_REPEATS` times or more (a label on every slide of a gallery), and
 * for each of them and their ancestors the characters of such repeated text they hold.
 */
function repeatedText(paragraphs: Element[], stats: StatsMap): Map<Element, number> {
  const byText = new Map<string, Element[]>();
  for (const element of paragraphs) {
    if ((stats.get(element)?.text ?? 0) > MAX_REPEATED_CHARS) continue;
    const text = textOf(element);
    const same = byText.get(text);
    if (same) same.push(element);
    else byText.set(text, [element]);
  }
  const repeated = new Map<Element, number>();
  for (const same of byText.values()) {
    if (same.length < MAX_REPEATS) continue;
    for (const element of same) {
      const chars = stats.get(element)?.text ?? 0;
      for (let e: Element | null = element; e; e = e.parent) repeated.set(e, (repeated.get(e) ?? 0) + chars);
    }
  }
  return repeated;
}

/** Move up when a parent scores nearly as well (the article was split into several scored blocks). */
function climb(top: Element, body: Element, final: Map<Element, number>, best: number): Element {
  let current = top;
  let last = best;
  const threshold = best / 3;
  for (
    let parent = current.parent;
    parent && parent !== body && parent.tag !== '#root';
    parent = parent.parent
  ) {
    const score = final.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > last) {
      current = parent;
      break;
    }
    last = score;
  }
  while (current.parent && current.parent !== body && current.parent.children.length === 1)
    current = current.parent;
  return current;
}

/**
 * Move up while the parent adds mostly prose: articles built of many components (one wrapper per paragraph,
 * deeper than the scores propagate) are then taken whole, while a parent that adds menus or teasers is not.
 */
function widen(top: Element, body: Element, stats: StatsMap): Element {
  let current = top;
  for (
    let parent = current.parent;
    parent && parent !== body && parent.tag !== '#root';
    parent = parent.parent
  ) {
    const inner = stats.get(current);
    const outer = stats.get(parent);
    if (!inner || !outer) break;
    const gain = outer.prose - inner.prose;
    const added = outer.text - inner.text;
    const noise = added - gain - (outer.headingText - inner.headingText);
    if (added > 0 && (gain <= 0 || noise * 2 > gain || (noise > 0 && gain < inner.prose * 0.2))) break;
    current = parent;
  }
  return current;
}

function withSiblings(top: Element, score: number, final: Map<Element, number>, stats: StatsMap): Element[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, score * 0.2);
  const nodes: Element[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === 'string') continue;
    if (sibling === top) {
      nodes.push(sibling);
      continue;
    }
    const sameClass = sibling.attrs.class && sibling.attrs.class === top.attrs.class ? score * 0.2 : 0;
    const own = final.get(sibling);
    if (own !== undefined && own + sameClass >= threshold) {
      nodes.push(sibling);
      continue;
    }
    if (sibling.tag !== 'p') continue;
    const s = stats.get(sibling);
    if (!s) continue;
    const density = linkDensity(s);
    if (s.text > 80 && density < 0.25) nodes.push(sibling);
  }
  return nodes;
}
