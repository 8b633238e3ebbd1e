import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runParallax } from './run-cli.js';

const FIXTURES = new URL('../fixtures/html/', import.meta.url).pathname;
const BODY_START = 'Seit Donnerstag pendelt eine elektrisch betriebene Fähre zwischen Lindau und Bregenz.';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-extract-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('parallax extract', () => {
  test('prints the metadata, then the main text', async () => {
    const run = await runParallax(['extract', 'news-article.html'], { cwd: FIXTURES });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [head, text] = run.stdout.split('\n\n');
    expect(head?.split('\n')).toEqual([
      'title:      Neue Fähre verbindet Lindau und Bregenz',
      'byline:     Mara Ufer',
      'published:  2024-06-13T18:30:00+02:00',
      'modified:   2024-06-14T09:15:00+02:00',
      'site:       Seeblick Nachrichten',
      'language:   de',
      'url:        https://seeblick.example/region/2024/06/13/neue-faehre',
      'confidence: 0.85',
    ]);
    expect(text?.startsWith(BODY_START)).toBe(true);
    expect(text).not.toMatch(/Cookies|Kommentare|Meistgelesen|Impressum|Hafen Lindau wird umgebaut/u);
  });

  test('--json prints the extraction view; a gzipped page reads the same', async () => {
    const page = await readFile(join(FIXTURES, 'news-article.html'));
    await writeFile(join(dir, 'page.html.gz'), gzipSync(page));
    const plain = await runParallax(['extract', join(FIXTURES, 'news-article.html'), '--json'], { cwd: dir });
    const gzipped = await runParallax(['extract', 'page.html.gz', '--json'], { cwd: dir });
    expect(gzipped).toEqual(plain);
    const view = JSON.parse(plain.stdout);
    expect({ ...view, text: view.text.split('\n').length }).toEqual({
      title: 'Neue Fähre verbindet Lindau und Bregenz',
      byline: 'Mara Ufer',
      published: '2024-06-13T18:30:00+02:00',
      modified: '2024-06-14T09:15:00+02:00',
      site: 'Seeblick Nachrichten',
      lang: 'de',
      url: 'https://seeblick.example/region/2024/06/13/neue-faehre',
      confidence: 0.85,
      issues: [],
      text: 8,
    });
  });

  test('reads stdin with "-", taking the date from --url', async () => {
    const html =
      '<html><body><article><p>Die Fähre fährt ab Montag auch am Abend, teilte der Betreiber am Freitag in Lindau mit.</p></article></body></html>';
    const run = await runParallax(
      ['extract', '-', '--url', 'https://see.example/2024/06/14/faehre', '--json'],
      {
        cwd: dir,
        stdin: html,
      },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      title: null,
      byline: null,
      published: '2024-06-14',
      modified: null,
      site: null,
      lang: null,
      url: 'https://see.example/2024/06/14/faehre',
      confidence: 0.28,
      issues: ['short_text'],
      text: 'Die Fähre fährt ab Montag auch am Abend, teilte der Betreiber am Freitag in Lindau mit.',
    });
  });

  test('a page without an article prints why and exits 1', async () => {
    const run = await runParallax(['extract', join(FIXTURES, 'no-article.html')], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'title:      Sections | Harbour Daily',
        'language:   en',
        'confidence: 0.00',
        'issues:     body_fallback, no_text',
        '',
        '(no article text found)',
        '',
      ].join('\n'),
    );
  });

  test('a missing file is a clear error with exit code 1; a missing argument is a usage error', async () => {
    const missing = await runParallax(['extract', 'nowhere.html'], { cwd: dir });
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: '✗ nowhere.html: no such file or folder (or the pattern matched nothing)\n',
    });
    const usage = await runParallax(['extract'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("missing required argument 'file'");
  });
});
