import type { Element, Node } from './dom.js';
import { BLOCKS } from './measure.js';

/**
 * Visible text of elements, one line per block element or `<br>`, whitespace collapsed; `<pre>` keeps its lines.
 * @example renderLines([parsePage('<p>a<br>b</p>').root]) // ['a', 'b']
 */
export function renderLines(roots: Element[]): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (typeof node === 'string') {
      current += node;
      return;
    }
    const tag = node.tag;
    if (tag === 'br' || tag === 'hr') return flush();
    if (tag === 'img') return;
    if (tag === 'pre') {
      flush();
      for (const line of textContent(node).split('\n')) if (line.trim()) lines.push(line.trimEnd());
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    else if (tag === 'td' || tag === 'th') current += ' ';
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  for (const root of roots) {
    walk(root);
    flush();
  }
  return lines;
}

function textContent(node: Node): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  let text = '';
  for (const child of node.children) text += textContent(child);
  return text;
}
