import { Command } from 'commander';
import { registerArticles } from './commands/articles.js';
import { registerDemo } from './commands/demo.js';
import { registerEntities } from './commands/entities.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerFeeds } from './commands/feeds.js';
import { registerIngest } from './commands/ingest.js';
import { registerStories } from './commands/stories.js';
import { registerStory } from './commands/story.js';
import { registerWatch } from './commands/watch.js';
import type { CliIO } from './io.js';

export const VERSION = '0.1.0';

export function createProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('parallax')
    .description('Turn a raw, multilingual pile of news coverage into stories, on your own machine.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  registerIngest(program, io, setExit);
  registerArticles(program, io);
  registerEntities(program, io);
  registerStories(program, io);
  registerStory(program, io);
  registerExport(program, io);
  registerExtract(program, io, setExit);
  registerEval(program, io);
  registerDemo(program, io);
  registerWatch(program, io, setExit);
  registerFeeds(program, io);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  }
  return program;
}
