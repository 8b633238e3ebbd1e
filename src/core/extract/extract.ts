import { dropFurniture, dropNonContent } from './clean.js';
import { type Element, findTag } from './dom.js';
import { isBodyMarker } from './hints.js';
import { findLead } from './lead.js';
import type { Stats, StatsMap } from './measure.js';
import { type PageMetadata, readMetadata } from './metadata.js';
import { type ParsedPage, parsePage } from './parse.js';
import { normalise, pruneContent } from './prune.js';
import { renderLines } from './render.js';
import { findContent } from './score.js';
import { dropPhraseBlocks, phrasesFor } from './sections.js';
import type { Extraction, ExtractionIssueCode, ExtractOptions } from './types.js';

/** Largest input read by default, in characters; larger pages are cut (`input_truncated`). */
export const MAX_INPUT_CHARS = 5_000_000;
/** Below this many characters an extraction is `short_text`. */
const SHORT_TEXT = 250;
/** Below this share of prose (link-poor paragraphs) the content is `low_text_density`: lists, menus, teasers. */
const LOW_PROSE_SHARE = 0.4;

/**
 * Extract the main text and metadata of an HTML page. Pure and bounded: input size, nesting depth and
 * inline scripts are capped or skipped, so a pathological page costs no more than a large one.
 * Readability.js is not run as a second candidate: over linkedom it alone manages ~40 pages/s on the
 * benchmark pages (linkedom's parse ~70/s), below the 100 pages/s budget; its scoring idea lives on in
 * `findContent`, on the project's own light DOM (`parsePage`, several hundred pages/s).
 * @example extractArticle(html, { url: 'https://example.org/2024/06/13/storm', referenceDate: '2024-06-14' })
 */
export function extractArticle(html: string, options: ExtractOptions = {}): Extraction {
  const issues: ExtractionIssueCode[] = [];
  const limit = options.maxChars ?? MAX_INPUT_CHARS;
  const input = html.length > limit ? html.slice(0, limit) : html;
  if (input !== html) issues.push('input_truncated');
  const page = parsePage(input);
  if (page.tooDeep > 0) issues.push('deep_nesting');
  const metadata = readMetadata(page, options);
  let found = findText(page, metadata, true);
  // pruning that empties a found container judged its text wrongly (a link roll, a recipe): keep it whole
  if (!found.text && found.content) found = findText(parsePage(input), metadata, false);
  const { text, content, nodes, figures } = found;
  if (!content) issues.push('body_fallback');
  const confidence = rate(text, figures, content !== undefined && nodes.some(isStrongContainer), issues);
  return { text, ...metadata, confidence, issues };
}

function findText(page: ParsedPage, metadata: PageMetadata, prune: boolean) {
  const body: Element = findTag(page.root, 'body') ?? page.root;
  dropNonContent(body);
  const stats = dropFurniture(body);
  const content = findContent(body, stats);
  const nodes = content ? [...findLead(content.top, body, stats), ...content.nodes] : [body];
  const figures = sum(nodes, stats);
  const title = normalise(metadata.title ?? page.title);
  if (prune) for (const node of nodes) pruneContent(node, { stats, total: figures.text, title });
  dropPhraseBlocks(nodes, phrasesFor(metadata.lang), stats);
  return { text: renderLines(nodes).join('\n'), content, nodes, figures };
}

function sum(nodes: Element[], stats: StatsMap): Pick<Stats, 'text' | 'prose' | 'linkText'> {
  const total = { text: 0, prose: 0, linkText: 0 };
  for (const node of nodes) {
    const s = stats.get(node);
    if (!s) continue;
    total.text += s.text;
    total.prose += s.prose;
    total.linkText += s.linkText;
  }
  return total;
}

function isStrongContainer(element: Element): boolean {
  return element.tag === 'article' || element.tag === 'main' || isBodyMarker(element);
}

/** Confidence from the length of the text, its share of prose, and how the container was found. */
function rate(
  text: string,
  figures: Pick<Stats, 'text' | 'prose'>,
  marked: boolean,
  issues: ExtractionIssueCode[],
): number {
  if (!text) {
    issues.push('no_text');
    return 0;
  }
  if (text.length < SHORT_TEXT) issues.push('short_text');
  const proseShare = figures.text > 0 ? figures.prose / figures.text : 0;
  if (proseShare < LOW_PROSE_SHARE) issues.push('low_text_density');
  let confidence = marked ? 0.95 : 0.85;
  confidence *= Math.min(1, Math.sqrt(text.length / 1000));
  confidence *= Math.min(1, 0.3 + proseShare);
  if (issues.includes('body_fallback')) confidence = Math.min(confidence, 0.3);
  if (issues.includes('input_truncated') || issues.includes('deep_nesting')) confidence *= 0.8;
  return Math.round(confidence * 100) / 100;
}
