import { CommanderError } from 'commander';
import { isParallaxError } from '../core/errors.js';
import type { CliIO } from './io.js';
import { createProgram } from './program.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Run the CLI with the given arguments and streams; returns the process exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let code = EXIT_OK;
  const program = createProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

/** The one place that maps errors to exit codes and messages. */
function exitCodeFor(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
    if (error.code === 'commander.help') return EXIT_OK;
    return EXIT_USAGE;
  }
  if (isParallaxError(error)) {
    io.stderr.write(`${error.message}\n`);
    if (error.hint) io.stderr.write(`  hint: ${error.hint}\n`);
    return error.code === 'usage' || error.code === 'config_invalid' ? EXIT_USAGE : EXIT_FAILED;
  }
  io.stderr.write(
    `[parallax] unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT_FAILED;
}
