import { open, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ParallaxError } from '../../core/errors.js';
import { withParallax } from '../context.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { formatExportLine } from './export-format.js';

/** Characters gathered before one write. */
const CHUNK = 64 * 1024;

interface ExportFlags {
  db?: string;
  format?: 'jsonl';
  out?: string;
  quiet?: boolean;
}

interface Sink {
  write(chunk: string): Promise<void>;
  /** Finish: a file appears under its name only once complete. */
  close(complete: boolean): Promise<void>;
}

export function registerExport(program: Command, io: CliIO): void {
  program
    .command('export')
    .description('write every stored article with its story, one JSON line per article, in ingest order')
    .addOption(option('db'))
    .addOption(option('exportFormat'))
    .addOption(option('out'))
    .addOption(option('quiet'))
    .action(async (flags: ExportFlags) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const sink = flags.out ? await _fileSink(resolve(io.cwd, flags.out), flags.out) : _stdoutSink(io);
        let count = 0;
        let complete = false;
        try {
          let chunk = '';
          for await (const row of px.exportArticles()) {
            chunk += formatExportLine(row);
            count++;
            if (chunk.length >= CHUNK) {
              await sink.write(chunk);
              chunk = '';
            }
          }
          if (chunk) await sink.write(chunk);
          complete = true;
        } finally {
          await sink.close(complete);
        }
        if (flags.out) out.note(`exported ${count} article${count === 1 ? '' : 's'} to ${flags.out}`);
      });
    });
}

function _stdoutSink(io: CliIO): Sink {
  return {
    write: async (chunk) => {
      io.stdout.write(chunk);
    },
    close: async () => {},
  };
}

async function _fileSink(path: string, shown: string): Promise<Sink> {
  const partial = `${path}.partial`;
  const handle = await open(partial, 'w').catch((cause: unknown) => {
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new ParallaxError('usage', `cannot write ${shown} (${reason})`, {
      hint: 'name a file in an existing, writable folder with --out',
      cause,
    });
  });
  return {
    write: async (chunk) => {
      await handle.write(chunk);
    },
    close: async (complete) => {
      await handle.close();
      if (complete) await rename(partial, path);
      else await rm(partial, { force: true });
    },
  };
}
