import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Readability.js 0.6 over linkedom, as the project ran it before its own extractor: the article HTML
 * rendered one line per block. Returns "" when Readability finds nothing or throws.
 */
export function readabilityText(html: string): string {
  try {
    const markup = /<body[\s>]/iu.test(html) ? html : `<body>${html}</body>`;
    const { document } = parseHTML(markup);
    const parsed = new Readability(document as never, {
      serializer: (node) => node as unknown,
    }).parse();
    return parsed?.content ? blockLines(parsed.content as never).join('\n') : '';
  } catch {
    return '';
  }
}

/** The part of a DOM `blockLines` reads (linkedom implements it; the project has no DOM lib types). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

/** Elements that start a new line of text. */
const BLOCK = new Set(
  'address article blockquote caption dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Elements whose text is never article text. */
const SKIP = new Set(
  'aside button canvas footer form head iframe nav noscript object script select style svg template textarea'.split(
    ' ',
  ),
);

/** Visible text of an element, one line per block element or `<br>`, whitespace collapsed. */
function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.localName ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') return flush();
    if (name === 'pre') {
      flush();
      for (const line of (node.textContent ?? '').split('\n'))
        lines.push(...(line.trim() ? [line.trimEnd()] : []));
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}
