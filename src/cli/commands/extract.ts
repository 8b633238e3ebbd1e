import type { Command } from 'commander';
import { openFileSources } from '../../adapters/source/index.js';
import { toExtractionView } from '../../contract/extraction-view.js';
import { extractArticle } from '../../core/extract/index.js';
import { decodeBytes, sniffHtmlCharset } from '../../core/ingest/decode.js';
import { formatIssue } from '../../messages/en.js';
import { type CliIO, createOutput, type Output } from '../io.js';
import { option } from '../options.js';

interface ExtractFlags {
  url?: string;
  json?: boolean;
  quiet?: boolean;
}

export function registerExtract(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('print the main text and metadata of one HTML page (.html, .htm, .gz, or - for stdin)')
    .argument('<file>', 'an HTML file (optionally .gz-compressed), or - for stdin')
    .addOption(option('pageUrl'))
    .addOption(option('json'))
    .addOption(option('quiet'))
    .action(async (file: string, flags: ExtractFlags) => {
      setExit(await extract(file, flags, io));
    });
}

/** Extract one page; exit code 1 when it cannot be read or holds no article text. */
export async function extract(file: string, flags: ExtractFlags, io: CliIO): Promise<number> {
  const out = createOutput(io, flags);
  const plan = await openFileSources([file], { cwd: io.cwd, stdin: io.stdin, format: 'html' });
  for await (const unit of plan.units) {
    if (unit.kind !== 'document') {
      if ('issue' in unit) out.error(`✗ ${formatIssue(unit.issue)}`);
      return 1;
    }
    if (unit.format !== 'html') {
      out.error(`✗ ${file}: not an HTML page (extract reads .html, .htm, their .gz, or - for stdin)`);
      return 2;
    }
    const declared = sniffHtmlCharset(unit.bytes);
    const decoded = decodeBytes(unit.bytes, unit.origin, declared ? { declaredCharset: declared } : {});
    if (!decoded.ok) {
      for (const item of decoded.issues) out.error(`✗ ${formatIssue(item)}`);
      return 1;
    }
    for (const item of decoded.issues) out.note(`! ${formatIssue(item)}`);
    const view = toExtractionView(extractArticle(decoded.text, flags.url ? { url: flags.url } : {}));
    if (out.json) out.data(view);
    else printView(out, view);
    return view.text === '' ? 1 : 0;
  }
  return 1;
}

function printView(out: Output, view: ReturnType<typeof toExtractionView>): void {
  const rows: Array<[string, string | null]> = [
    ['title', view.title],
    ['byline', view.byline],
    ['published', view.published],
    ['modified', view.modified],
    ['site', view.site],
    ['language', view.lang],
    ['url', view.url],
    ['confidence', view.confidence.toFixed(2)],
    ['issues', view.issues.length > 0 ? view.issues.join(', ') : null],
  ];
  for (const [label, value] of rows) if (value !== null) out.line(`${`${label}:`.padEnd(12)}${value}`);
  out.line();
  out.line(view.text || '(no article text found)');
}
