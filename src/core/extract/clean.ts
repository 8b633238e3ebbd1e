import { classAndId, descendants, type Element, isElement } from './dom.js';
import {
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  isBodyMarker,
  isHidden,
  MAYBE,
  NEVER_CONTENT,
  STRONG_UNLIKELY,
  UNLIKELY,
} from './hints.js';
import { linkDensity, measure, type Stats, type StatsMap } from './measure.js';

/** Tags whose class/id never makes them furniture: they are the document or declare the main content. */
const PROTECTED = new Set(['html', 'body', 'article', 'main', '#root']);
/** A furniture-looking container holding at least this share of the page's text is a page wrapper: kept. */
const WRAPPER_SHARE = 0.5;
/** …and, for furniture by tag, at least this much prose (a page that is only a menu stays a menu). */
const WRAPPER_PROSE = 500;
/** A `<header>` with this much prose carries a lead paragraph. */
const LEAD_PROSE = 80;

/** Remove elements that never hold text (controls, media, hidden elements) in place. */
export function dropNonContent(element: Element): void {
  const kept = [];
  for (const child of element.children) {
    if (isElement(child)) {
      if ((NEVER_CONTENT.has(child.tag) && child.tag !== 'img') || isHidden(child)) continue;
      dropNonContent(child);
    }
    kept.push(child);
  }
  element.children = kept;
}

/**
 * Remove page furniture: navigation, asides, headers and footers, forms, figures, ARIA furniture landmarks,
 * and containers whose class or id names boilerplate (comments, share bars, related links, ads …), except
 * when one of them wraps most of the page's text. Returns the statistics of the cleaned tree.
 */
export function dropFurniture(body: Element): StatsMap {
  const before = measure(body);
  const total = before.get(body)?.text ?? 0;
  const holders = markerAncestors(body);
  const walk = (element: Element, inTable: boolean) => {
    const kept = [];
    for (const child of element.children) {
      if (isElement(child)) {
        const stats = before.get(child) as Stats;
        const furniture = isFurniture(child, inTable, stats, holders);
        // a furniture element holding most of the page (an unclosed <header>, a page-wide <form>) wraps it
        const wrapper =
          stats.text >= total * WRAPPER_SHARE && (furniture === 'class' || stats.prose >= WRAPPER_PROSE);
        if (furniture && !wrapper) continue;
        walk(child, inTable || child.tag === 'table' || child.tag === 'code' || child.tag === 'pre');
      }
      kept.push(child);
    }
    element.children = kept;
  };
  walk(body, false);
  return measure(body);
}

/** Elements that contain a schema.org/CMS article-body marker: never furniture. */
function markerAncestors(body: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const element of descendants(body)) {
    if (!isBodyMarker(element)) continue;
    for (let up = element.parent; up && !holders.has(up); up = up.parent) holders.add(up);
  }
  return holders;
}

/** Furniture by its tag or ARIA role, by its class or id, or not furniture. */
function isFurniture(
  element: Element,
  inTable: boolean,
  stats: Stats,
  holders: Set<Element>,
): 'tag' | 'class' | undefined {
  if (PROTECTED.has(element.tag) || holders.has(element) || isBodyMarker(element)) return undefined;
  // ASP.NET and similar sites wrap the whole page in one <form>
  if (element.tag === 'form' && stats.p >= 3) return undefined;
  // an article's <header> often holds its lead paragraph; title, byline and date in it are pruned later
  if (element.tag === 'header' && stats.prose >= LEAD_PROSE) return undefined;
  if (FURNITURE_TAGS.has(element.tag)) return 'tag';
  const role = element.attrs.role;
  if (role !== undefined && FURNITURE_ROLES.has(role)) return 'tag';
  if (inTable || element.tag === 'a') return undefined;
  const names = classAndId(element);
  if (names === '' || !UNLIKELY.test(names) || MAYBE.test(names)) return undefined;
  // a weak hint ("social-sticky") on a box of several link-poor paragraphs is a wrapper, not furniture
  const strong = STRONG_UNLIKELY.test(names) || stats.p < 3 || linkDensity(stats) > 0.25;
  return strong ? 'class' : undefined;
}
