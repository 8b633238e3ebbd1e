import { classAndId, type Element, isElement, textOf } from './dom.js';
import { INLINE_JUNK } from './hints.js';
import { linkDensity, type StatsMap } from './measure.js';

/** Class/id words of an article's lead (standfirst) and subheadline. */
const LEAD =
  /(?:^|[\s_-])(?:lead|intro|excerpt|standfirst|deck|abstract|summary|subtitle|sub-?headline|subline|preface|teaser-?text|teaser-?intro|leader)(?:$|[\s_-])/u;
/** How many ancestors of the content are searched for a lead before it. */
const LEAD_LEVELS = 4;
const MIN_LEAD = 20;
const MAX_LEAD = 1000;

/**
 * The lead of the article: short link-poor blocks named as a lead, or the `h2`/`p` right after the headline,
 * that stand before the content within its nearest ancestors (not past an `article` or `main`).
 */
export function findLead(top: Element, body: Element, stats: StatsMap): Element[] {
  const leads: Element[] = [];
  let current = top;
  for (let level = 0; level < LEAD_LEVELS; level++) {
    const parent = current.parent;
    if (!parent || parent === body || parent.tag === '#root') break;
    const at = parent.children.indexOf(current);
    for (let i = at - 1; i >= 0; i--) {
      const sibling = parent.children[i];
      if (sibling !== undefined && isElement(sibling)) collectLeads(sibling, stats, leads);
    }
    if (parent.tag === 'article' || parent.tag === 'main') break;
    current = parent;
  }
  // a lead repeated for another screen size is read once
  const seen = new Set<string>();
  return leads.reverse().filter((lead) => {
    const text = textOf(lead);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** Leads inside `element`, pushed last first (the caller reverses). */
function collectLeads(element: Element, stats: StatsMap, leads: Element[]): void {
  const s = stats.get(element);
  if (!s || s.text < MIN_LEAD) return;
  if (isLead(element, stats) && s.text <= MAX_LEAD && linkDensity(s) < 0.3) {
    leads.push(element);
    return;
  }
  if (s.text > MAX_LEAD * 3) return;
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i];
    if (child !== undefined && isElement(child)) collectLeads(child, stats, leads);
  }
}

function isLead(element: Element, stats: StatsMap): boolean {
  const names = classAndId(element);
  if (names !== '' && INLINE_JUNK.test(names)) return false;
  if (names !== '' && LEAD.test(names)) return true;
  if (element.tag !== 'h2' && element.tag !== 'p') return false;
  const siblings = element.parent?.children ?? [];
  for (let i = siblings.indexOf(element) - 1; i >= 0; i--) {
    const before = siblings[i];
    // a headline that is a link is the site's logo, and the line after it a tagline
    if (before !== undefined && isElement(before))
      return before.tag === 'h1' && linkDensity(stats.get(before)) < 0.5;
  }
  return false;
}
