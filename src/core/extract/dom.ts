/** An element of the extractor's own light DOM; text nodes are plain strings (entities decoded). */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | null;
}

export type Node = Element | string;

/** Per-element text figures, filled bottom-up by `measure`. */
export interface Stats {
  /** Characters of visible text (whitespace runs counted as one). */
  text: number;
  /** Characters of that text inside links. */
  linkText: number;
  /** Paragraph-like blocks (`p`, `pre`, text-only `div`s…) with at least 80 characters. */
  paragraphs: number;
  /** Commas and their script equivalents: prose has them, menus do not. */
  commas: number;
}

export const isElement = (node: Node): node is Element => typeof node !== 'string';

/** Class and id of an element, lower-cased, as one string for pattern tests. */
export function classAndId(element: Element): string {
  const { class: cls, id } = element.attrs;
  if (cls === undefined && id === undefined) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** Every element under `root` in document order (iterative: depth is bounded by the parser anyway). */
export function* descendants(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (element !== root) yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i] as Node;
      if (typeof child !== 'string') stack.push(child);
    }
  }
}

/** First element under `root` (itself included) whose tag is `tag`. */
export function findTag(root: Element, tag: string): Element | undefined {
  if (root.tag === tag) return root;
  for (const element of descendants(root)) if (element.tag === tag) return element;
  return undefined;
}

/** All text under a node, whitespace collapsed. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (typeof n === 'string') parts.push(n);
    else for (const child of n.children) walk(child);
  };
  walk(node);
  return collapse(parts.join(''));
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Detach an element from its parent. */
export function removeElement(element: Element): void {
  const siblings = element.parent?.children;
  if (!siblings) return;
  const at = siblings.indexOf(element);
  if (at >= 0) siblings.splice(at, 1);
  element.parent = null;
}
