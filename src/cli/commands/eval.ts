import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { toEvaluationView } from '../../contract/evaluation-view.js';
import { ParallaxError } from '../../core/errors.js';
import { scoreClustering } from '../../core/evaluate/index.js';
import { withParallax } from '../context.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { formatEvaluation } from './eval-format.js';
import { matchGoldLabels, parseGoldLabels } from './eval-labels.js';

interface EvalFlags {
  labels: string;
  db?: string;
  json?: boolean;
}

export function registerEval(program: Command, io: CliIO): void {
  program
    .command('eval')
    .description(
      'score the stories against gold labels: B-cubed and pairwise precision, recall and F1, also for cross-lingual pairs only',
    )
    .addOption(option('labels').makeOptionMandatory())
    .addOption(option('db'))
    .addOption(option('json'))
    .action(async (flags: EvalFlags) => {
      const out = createOutput(io, flags);
      const gold = parseGoldLabels(await _readLabels(io, flags.labels), flags.labels);
      await withParallax(io, flags.db, async (px) => {
        const match = await matchGoldLabels(gold, px.exportArticles());
        if (match.documents.length === 0) {
          throw new ParallaxError(
            'not_found',
            `none of the ${gold.size} ids in ${flags.labels} is a stored article`,
            {
              hint: 'ingest the labelled articles into this database first (their ids must match), or name another with --db',
            },
          );
        }
        const view = toEvaluationView({ ...match, labels: gold.size }, scoreClustering(match.documents));
        if (out.json) return out.data(view);
        for (const line of formatEvaluation(view)) out.line(line);
      });
    });
}

async function _readLabels(io: CliIO, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ParallaxError(
      missing ? 'not_found' : 'input_failed',
      missing ? `no labels file at ${file}` : `could not read ${file}: ${(cause as Error).message}`,
      { hint: 'name a JSONL file of {"id": …, "story": …} lines with --labels', cause },
    );
  }
}
