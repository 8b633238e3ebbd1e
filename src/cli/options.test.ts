import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runCli } from './main.js';
import { option } from './options.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env: { PARALLAX_DB: '/nonexistent/parallax.db' },
    cwd: '/',
  });
  return { code, stdout, stderr };
}

describe('--since', () => {
  const since = (value: string) => option('since').parseArg?.(value, undefined);

  test('keeps a date as given and turns an ISO time into UTC', () => {
    expect(since('2024-06-13')).toBe('2024-06-13');
    expect(since('2024-06-13T08:00Z')).toBe('2024-06-13T08:00:00.000Z');
    expect(since('2024-06-13T10:00:30+02:00')).toBe('2024-06-13T08:00:30.000Z');
    expect(since('2024-06-13T08:00')).toBe('2024-06-13T08:00:00.000Z');
  });

  test.each(['yesterday', '13.06.2024', '2024-02-30', '2024-06-13T25:00Z', '2024-6-1'])(
    'rejects %s as a usage error',
    async (value) => {
      const result = await run(['stories', '--since', value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `error: option '--since <date>' argument '${value}' is invalid. expected a date (YYYY-MM-DD) or an ISO time`,
      );
    },
  );
});

describe('usage errors of the story commands', () => {
  test('export accepts only jsonl as --format', async () => {
    const result = await run(['export', '--format', 'csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'csv' is invalid. Allowed choices are jsonl.");
  });

  test('eval needs --labels', async () => {
    const result = await run(['eval']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: required option '--labels <file>' not specified");
  });

  test('eval names a labels file that does not exist', async () => {
    const result = await run(['eval', '--labels', '/nonexistent/gold.jsonl']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '[parallax] no labels file at /nonexistent/gold.jsonl\n' +
        '  hint: name a JSONL file of {"id": …, "story": …} lines with --labels\n',
    });
  });
});
