/** The streams and environment a CLI run may touch; injected so tests capture them. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Call `handler` once on the first interrupt (Ctrl-C) instead of dying; returns a function that undoes it. */
  onInterrupt?: (handler: () => void) => () => void;
}

/** Where a command's human output goes and how loud it is. */
export interface Output {
  io: CliIO;
  json: boolean;
  quiet: boolean;
  /** A line of human-readable result on stdout (suppressed in JSON mode). */
  line(text?: string): void;
  /** A machine-readable result on stdout. */
  data(value: unknown): void;
  /** A note on stderr (suppressed by --quiet). */
  note(text: string): void;
  /** An error line on stderr (never suppressed). */
  error(text: string): void;
}

export function createOutput(io: CliIO, flags: { json?: boolean; quiet?: boolean }): Output {
  const json = flags.json === true;
  const quiet = flags.quiet === true;
  return {
    io,
    json,
    quiet,
    line: (text = '') => {
      if (!json) io.stdout.write(`${text}\n`);
    },
    data: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (text) => {
      if (!quiet) io.stderr.write(`${text}\n`);
    },
    error: (text) => io.stderr.write(`${text}\n`),
  };
}
