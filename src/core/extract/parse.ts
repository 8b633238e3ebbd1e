import type { Element } from './dom.js';
import { decodeEntities } from './entities.js';
import { isBodyMarker } from './hints.js';

/** What the parser hands to the extractor: the tree, and facts it collected on the way. */
export interface ParsedPage {
  root: Element;
  /** `<meta>` and `<link>` elements, wherever they stand. */
  heads: Element[];
  /** Contents of JSON-LD scripts (each capped). */
  jsonLd: string[];
  /** Text of the first `<title>`. */
  title: string;
  /** Elements left out because they would have nested deeper than `MAX_DEPTH`. */
  tooDeep: number;
}

/** Deepest element nesting kept; deeper start tags are dropped and their text joins the deepest element. */
export const MAX_DEPTH = 160;
const MAX_JSON_LD = 256 * 1024;

const VOID = new Set(
  'area base basefont bgsound br col command embed frame hr image img input keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Elements whose content is skipped (raw text, or never article text); `script` and `title` are read. */
const SKIPPED = new Set(
  'script style textarea title xmp iframe noembed noframes noscript template svg math select'.split(' '),
);
const CLOSES_P = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt'.split(
    ' ',
  ),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SCOPE = new Set(['table', 'td', 'th', 'caption', 'button', 'html', 'body', 'object', 'marquee']);
/** Start tag → [elements it closes, elements that stop the search]. */
const IMPLIED: Record<string, [Set<string>, Set<string>]> = {
  li: [new Set(['li']), new Set(['ul', 'ol', 'menu', ...SCOPE])],
  dt: [new Set(['dd', 'dt']), new Set(['dl', ...SCOPE])],
  dd: [new Set(['dd', 'dt']), new Set(['dl', ...SCOPE])],
  tr: [new Set(['tr', 'td', 'th']), new Set(['table', 'tbody', 'thead', 'tfoot'])],
  td: [new Set(['td', 'th']), new Set(['tr', 'table'])],
  th: [new Set(['td', 'th']), new Set(['tr', 'table'])],
  option: [new Set(['option']), new Set(['select', 'datalist', ...SCOPE])],
  a: [new Set(['a']), new Set(['div', 'p', 'li', 'td', ...SCOPE])],
};
const HEAD_CONTENT = new Set(['meta', 'link', 'title', 'style', 'script', 'base', 'noscript']);

const TAG_NAME = /[a-zA-Z][^\s/>]*/uy;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu;
const endPatterns = new Map<string, RegExp>();

/**
 * Parse HTML into a light tree, bounded in depth and skipping script, style and SVG content with one scan each.
 * Implied end tags follow the HTML rules that matter for text (`p`, `li`, table cells, headings, links).
 * @example parsePage('<p>One<p>Two').root
 */
export function parsePage(html: string, inTemplate = false): ParsedPage {
  const root: Element = { tag: '#root', attrs: {}, children: [], parent: null };
  const page: ParsedPage = { root, heads: [], jsonLd: [], title: '', tooDeep: 0 };
  const stack: Element[] = [root];
  const dropped = new Map<string, number>();
  const top = () => stack[stack.length - 1] as Element;
  const text = (value: string) => {
    if (value) top().children.push(decodeEntities(value));
  };
  const closeTo = (names: Set<string>, stops: Set<string>) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = (stack[i] as Element).tag;
      if (names.has(tag)) {
        stack.length = i;
        return;
      }
      if (stops.has(tag)) return;
    }
  };
  let at = 0;
  const length = html.length;
  while (at < length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      text(html.slice(at));
      break;
    }
    if (lt > at) text(html.slice(at, lt));
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      at = end < 0 ? length : end + (comment ? 3 : 1);
      continue;
    }
    const closing = next === 47; /* / */
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = TAG_NAME.exec(html);
    if (!name) {
      text('<');
      at = lt + 1;
      continue;
    }
    const tag = name[0].toLowerCase();
    const end = tagEnd(html, TAG_NAME.lastIndex);
    at = end + 1;
    if (closing) {
      const skipped = dropped.get(tag);
      if (skipped) dropped.set(tag, skipped - 1);
      else if (tag !== 'body' && tag !== 'html') {
        for (let i = stack.length - 1; i > 0; i--)
          if ((stack[i] as Element).tag === tag) {
            stack.length = i;
            break;
          }
      }
      continue;
    }
    const attrs = readAttributes(html, TAG_NAME.lastIndex, end);
    if (SKIPPED.has(tag)) {
      const close = skipRawText(html, tag, at);
      const content = html.slice(at, close.start);
      at = close.end;
      if (tag === 'title' && !page.title) page.title = decodeEntities(content);
      else if (tag === 'script' && /ld\+json/iu.test(attrs.type ?? '') && content.length <= MAX_JSON_LD)
        page.jsonLd.push(content);
      // an HTML template without placeholders inside an article body marker is that body, rendered by a
      // script; one level only, so that templates nested in templates cost no more than their text
      else if (
        !inTemplate &&
        tag === 'script' &&
        isRenderedBody(attrs, content, top()) &&
        stack.length < MAX_DEPTH / 2
      )
        graft(top(), parsePage(content, true).root);
      continue;
    }
    if (top().tag === 'head' && !HEAD_CONTENT.has(tag)) stack.pop();
    if (tag === 'body') closeTo(HEAD, EMPTY);
    if (CLOSES_P.has(tag)) closeTo(P, SCOPE);
    if (HEADINGS.has(tag) && HEADINGS.has(top().tag)) stack.pop();
    const implied = IMPLIED[tag];
    if (implied) closeTo(implied[0], implied[1]);
    const element: Element = { tag, attrs, children: [], parent: top() };
    if (tag === 'meta' || tag === 'link') page.heads.push(element);
    if (stack.length >= MAX_DEPTH && !VOID.has(tag)) {
      page.tooDeep++;
      dropped.set(tag, (dropped.get(tag) ?? 0) + 1);
      continue;
    }
    top().children.push(element);
    if (!VOID.has(tag) && html.charCodeAt(end - 1) !== 47) stack.push(element);
  }
  return page;
}

const EMPTY = new Set<string>();
const TEMPLATE = /^text\/(?:template|html|x-template)$/iu;
const PLACEHOLDER = /\{\{|<%|\$\{/u;

function isRenderedBody(attrs: Record<string, string>, content: string, parent: Element): boolean {
  return TEMPLATE.test(attrs.type ?? '') && isBodyMarker(parent) && !PLACEHOLDER.test(content);
}

function graft(parent: Element, fragment: Element): void {
  const wrapper: Element = { tag: 'div', attrs: {}, children: fragment.children, parent };
  for (const child of wrapper.children) if (typeof child !== 'string') child.parent = wrapper;
  parent.children.push(wrapper);
}
const P = new Set(['p']);
const HEAD = new Set(['head']);

/** Index of the `>` ending a tag, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if ((c === 34 || c === 39) && afterEquals) quote = c;
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) afterEquals = c === 61;
  }
  return html.length;
}

function readAttributes(html: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (to - from < 2) return attrs;
  const source = html.slice(from, to);
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
    const key = (m[1] as string).toLowerCase();
    if (!(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Where the raw content of a skipped element ends, and where parsing resumes. */
function skipRawText(html: string, tag: string, from: number): { start: number; end: number } {
  let pattern = endPatterns.get(tag);
  if (!pattern) {
    pattern = new RegExp(`</${tag}[\\s/>]`, 'giu');
    endPatterns.set(tag, pattern);
  }
  pattern.lastIndex = from;
  const found = pattern.exec(html);
  if (!found) return { start: html.length, end: html.length };
  const close = html.indexOf('>', found.index);
  return { start: found.index, end: close < 0 ? html.length : close + 1 };
}
