import { classAndId, type Element, isElement, textOf } from './dom.js';
import { classWeight, INLINE_JUNK, isBodyMarker } from './hints.js';
import { linkDensity, type Stats, type StatsMap } from './measure.js';

/** Containers judged as a whole: kept or dropped by their link density, lists, forms and images. */
const CONDITIONAL = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'dl',
  'table',
  'form',
  'fieldset',
  'aside',
  'header',
]);
const LISTS = new Set(['ul', 'ol', 'dl']);
/** Never pruned by a class hint: they declare content. */
const PROSE_BOXES = new Set(['article', 'main']);
/** A box with this much prose is text, whatever its class says. */
const MAX_JUNK_PROSE = 600;

export interface PruneContext {
  stats: StatsMap;
  /** Text characters of the whole chosen content, to size what a "small box" is. */
  total: number;
  /** Normalised page title: a heading repeating it is the headline, not body text. */
  title: string;
}

/** Remove boxes inside the chosen content that are not its text (in place). */
export function pruneContent(root: Element, context: PruneContext): void {
  const kept = [];
  for (const child of root.children) {
    if (isElement(child)) {
      if (isJunk(child, context)) continue;
      pruneContent(child, context);
    }
    kept.push(child);
  }
  root.children = kept;
}

function isJunk(element: Element, context: PruneContext): boolean {
  const stats = context.stats.get(element);
  if (!stats) return false;
  if (stats.text === 0) return element.tag !== 'br' && element.tag !== 'img' && element.tag !== 'hr';
  const names = classAndId(element);
  // "tag-…"/"category-…" classes of a WordPress <article> name its topics, not a tag bar
  const box = !PROSE_BOXES.has(element.tag) && !isBodyMarker(element) && stats.prose < MAX_JUNK_PROSE;
  if (box && names !== '' && INLINE_JUNK.test(names) && stats.text < context.total * 0.3) return true;
  if (/^h[1-6]$/u.test(element.tag)) return isTitle(element, context.title) || classWeight(element) < 0;
  if (CONDITIONAL.has(element.tag)) return dropConditionally(element, stats);
  return false;
}

function isTitle(heading: Element, title: string): boolean {
  if (!title) return false;
  const text = normalise(textOf(heading));
  return text.length > 0 && (text === title || (text.length > 15 && title.includes(text)));
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Readability's conditional cleaning, adapted: little prose and many links, controls or images. */
function dropConditionally(element: Element, s: Stats): boolean {
  const weight = classWeight(element);
  if (weight < 0 && s.text < 1000 && s.prose < MAX_JUNK_PROSE) return true;
  if (s.commas >= 10) return false;
  const isList = LISTS.has(element.tag);
  const density = linkDensity(s);
  const p = s.p;
  if (s.img > 1 && p / s.img < 0.5 && s.text < 200) return true;
  if (!isList && s.li > p + 3 && density > 0.3) return true;
  if (s.inputs > Math.floor(p / 3) && s.inputs > 0) return true;
  if (isList && density > 0.5) return true;
  if (!isList && weight < 25 && density > 0.25 && s.text < 2000) return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}
