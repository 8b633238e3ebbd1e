import type { Command } from 'commander';
import { openFileSources } from '../../adapters/source/index.js';
import type { FileKind } from '../../core/ingest/index.js';
import { formatIssue } from '../../messages/en.js';
import { withParallax } from '../context.js';
import { formatSummary } from '../format.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { createProgress } from '../progress.js';

interface IngestFlags {
  db?: string;
  json?: boolean;
  quiet?: boolean;
  format?: FileKind;
  maxSize?: number;
  embedder?: string;
}

export function registerIngest(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('read articles from files, folders, globs or stdin (-), clean, analyse and store them')
    .argument('<paths...>', 'files, folders (read recursively), glob patterns, or - for stdin')
    .addOption(option('db'))
    .addOption(option('format'))
    .addOption(option('maxSize'))
    .addOption(option('embedder'))
    .addOption(option('json'))
    .addOption(option('quiet'))
    .action(async (paths: string[], flags: IngestFlags) => {
      setExit(await ingest(paths, flags, io));
    });
}

export async function ingest(paths: string[], flags: IngestFlags, io: CliIO): Promise<number> {
  const out = createOutput(io, flags);
  return withParallax(
    io,
    flags.db,
    async (px) => {
      const plan = await openFileSources(paths, {
        cwd: io.cwd,
        stdin: io.stdin,
        ...(flags.maxSize ? { maxDocumentBytes: Math.round(flags.maxSize * 1024 * 1024) } : {}),
        ...(flags.format ? { format: flags.format } : {}),
      });
      const progress = createProgress(out);
      const summary = await px.ingest(plan, {
        inputs: paths,
        onProgress: progress.update,
        onIssue: (item) => {
          if (item.severity === 'error' && !out.json) {
            progress.stop();
            out.note(`✗ ${formatIssue(item)}`);
          }
        },
      });
      progress.stop();
      if (out.json) out.data(summary);
      else for (const line of formatSummary(summary)) out.line(line);
      return summary.failed > 0 ? 1 : 0;
    },
    { create: true, ...(flags.embedder ? { embedder: flags.embedder } : {}) },
  );
}
