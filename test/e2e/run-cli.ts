import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured streams, as a user would from `cwd`. */
export async function runParallax(
  argv: string[],
  options: { cwd: string; stdin?: string; env?: Record<string, string> },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {},
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}
