import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runParallax } from './run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-bad-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const GOOD =
  'Die Stadtwerke von Brekka haben am Montag einen neuen Windpark mit zwölf Anlagen in Betrieb genommen.\n';

describe('bad input', () => {
  test('reports each bad input on one line, ingests the rest, and exits 1 with a summary', async () => {
    const bad = join(dir, 'bad');
    await mkdir(bad);
    await writeFile(join(bad, 'good.txt'), GOOD);
    await writeFile(join(bad, 'empty.txt'), '');
    await writeFile(
      join(bad, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff]),
    );
    await writeFile(
      join(bad, 'latin1.txt'),
      Buffer.from(
        'Der B\xfcrgermeister er\xf6ffnete am Montag die neue Br\xfccke \xfcber den Fluss Elv.',
        'latin1',
      ),
    );
    await writeFile(
      join(bad, 'menu.html'),
      '<html><body><nav><a href="/">Home</a></nav><footer>© 2025</footer></body></html>',
    );
    await writeFile(join(bad, 'feed.jsonl'), `{"id":"ok","text":${JSON.stringify(GOOD)}}\n{"id": broken}\n`);
    await writeFile(join(bad, 'notes.pdf'), '%PDF-1.4');
    await writeFile(join(bad, 'huge.txt'), '');
    await truncate(join(bad, 'huge.txt'), 50 * 1024 * 1024);

    const run = await runParallax(['ingest', 'bad', 'missing-folder', '--db', 'x.db', '--json'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect({ ...summary, issues: undefined, bytesRead: undefined }).toEqual({
      ingested: 3,
      updated: 0,
      unchanged: 0,
      duplicates: 1,
      failed: 7,
      warnings: 1,
      skipped: 0,
      byLanguage: { de: 3 },
      issueCounts: {
        binary_content: 1,
        empty_input: 1,
        encoding_fallback: 1,
        file_too_large: 1,
        invalid_json: 1,
        no_article_text: 1,
        path_not_found: 1,
        unsupported_format: 1,
      },
      issues: undefined,
      bytesRead: undefined,
    });
    const where = summary.issues.map((i: { code: string; origin: { path: string; line?: number } }) =>
      [i.code, i.origin.line ? `${i.origin.path}:${i.origin.line}` : i.origin.path].join(' '),
    );
    expect(where.sort()).toEqual(
      [
        'binary_content bad/binary.txt',
        'empty_input bad/empty.txt',
        'encoding_fallback bad/latin1.txt',
        'file_too_large bad/huge.txt',
        'invalid_json bad/feed.jsonl:2',
        'no_article_text bad/menu.html',
        'path_not_found missing-folder',
        'unsupported_format bad/notes.pdf',
      ].sort(),
    );
    const latin1 = JSON.parse(
      (await runParallax(['show', 'latin1.txt', '--db', 'x.db', '--json'], { cwd: dir })).stdout,
    );
    expect(latin1.text).toBe('Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss Elv.');
  });

  test('prints one human line per failure', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    const run = await runParallax(['ingest', 'empty.txt', 'nowhere.txt', '--db', 'x.db'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      stdout:
        'ingested 0, updated 0, unchanged 0, duplicates 0, failed 2\nfailed:\n' +
        '  empty.txt: empty: nothing to ingest\n' +
        '  nowhere.txt: no such file or folder (or the pattern matched nothing)\n',
      stderr:
        '✗ empty.txt: empty: nothing to ingest\n✗ nowhere.txt: no such file or folder (or the pattern matched nothing)\n',
    });
  });
});

describe('usage', () => {
  test('exits 2 on an unknown command or a missing argument, 0 on --help', async () => {
    expect((await runParallax(['frobnicate'], { cwd: dir })).code).toBe(2);
    expect((await runParallax(['ingest'], { cwd: dir })).code).toBe(2);
    expect((await runParallax(['articles', '--limit', 'zero'], { cwd: dir })).code).toBe(2);
    const help = await runParallax(['ingest', '--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: parallax ingest [options] <paths...>');
  });

  test('explains how to fix a missing database or an unknown article id', async () => {
    const missing = await runParallax(['articles', '--db', 'none.db'], { cwd: dir });
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(
        /^\[parallax\] no database at .*none\.db\n {2}hint: ingest articles first/,
      ),
    });
    await writeFile(join(dir, 'a.txt'), GOOD);
    await runParallax(['ingest', 'a.txt', '--db', 'x.db', '-q'], { cwd: dir });
    const unknown = await runParallax(['show', 'b.txt', '--db', 'x.db'], { cwd: dir });
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: '[parallax] no article with id "b.txt"\n  hint: list ids with `parallax articles`\n',
    });
  });

  test('takes the database from PARALLAX_DB', async () => {
    await writeFile(join(dir, 'a.txt'), GOOD);
    const env = { PARALLAX_DB: join(dir, 'env.db') };
    await runParallax(['ingest', 'a.txt', '-q'], { cwd: dir, env });
    const listed = await runParallax(['articles', '--json'], { cwd: dir, env });
    expect(JSON.parse(listed.stdout).map((a: { id: string }) => a.id)).toEqual(['a.txt']);
  });
});
