import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockLines } from '../../src/core/ingest/parse-html.js';

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
